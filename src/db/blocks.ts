// The ordered blocks of an issue. Positions are fractional keys (core/order-key): inserting or moving
// one block writes that one row and never renumbers its neighbours.
import { Dexie } from 'dexie';
import { keyBetween } from '../core/order-key';
import type { Block, HeadingBlock, PickBlock, TextBlock } from '../core/types';
import { db, newId } from './db';

export type HeadingLevel = HeadingBlock['level'];

/** An insertion index meaning "after the last block", whatever the list holds by then. */
export const AT_END = Number.POSITIVE_INFINITY;

/** The blocks of `issueId` in the order they render. */
export function listBlocks(issueId: string): Promise<Block[]> {
  return db.blocks
    .where('[issueId+order]')
    .between([issueId, Dexie.minKey], [issueId, Dexie.maxKey])
    .toArray();
}

/** The order key that puts a block at `index` of `siblings` (clamped to the list's ends). */
function orderAt(siblings: readonly Block[], index: number): string {
  const at = Math.max(0, Math.min(index, siblings.length));
  return keyBetween(siblings[at - 1]?.order ?? null, siblings[at]?.order ?? null);
}

/**
 * Puts a pick into an issue at `index` and takes it out of the inbox, in one transaction.
 * A pick belongs to one issue at a time: a block it already had elsewhere is removed.
 */
export function insertPickBlock(issueId: string, pickId: string, index: number): Promise<PickBlock> {
  return db.transaction('rw', db.blocks, db.picks, async () => {
    const pick = await db.picks.get(pickId);
    if (!pick) throw new Error(`No pick ${pickId}`);
    await db.blocks.where('pickId').equals(pickId).delete();
    const block: PickBlock = {
      id: newId(),
      issueId,
      order: orderAt(await listBlocks(issueId), index),
      type: 'pick',
      pickId,
    };
    await db.blocks.add(block);
    await db.picks.update(pickId, { issueId, updatedAt: Date.now() });
    return block;
  });
}

type NewBlock = DistributiveOmit<TextBlock | HeadingBlock, 'id' | 'issueId' | 'order'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Adds a text or heading block at `index` of the issue, in one transaction. */
function insertBlock<B extends TextBlock | HeadingBlock>(issueId: string, index: number, fields: NewBlock): Promise<B> {
  return db.transaction('rw', db.blocks, async () => {
    const block = { ...fields, id: newId(), issueId, order: orderAt(await listBlocks(issueId), index) } as B;
    await db.blocks.add(block);
    return block;
  });
}

export function insertTextBlock(issueId: string, index: number, markdown = ''): Promise<TextBlock> {
  return insertBlock<TextBlock>(issueId, index, { type: 'text', markdown });
}

export function insertHeadingBlock(
  issueId: string,
  index: number,
  level: HeadingLevel = 3,
  text = '',
): Promise<HeadingBlock> {
  return insertBlock<HeadingBlock>(issueId, index, { type: 'heading', level, text });
}

/**
 * Moves a block so that it ends up at `index` of its issue's list. Writes exactly one row: the moved
 * block's order key, taken between its new neighbours.
 */
export function moveBlock(blockId: string, index: number): Promise<void> {
  return db.transaction('rw', db.blocks, async () => {
    const block = await db.blocks.get(blockId);
    if (!block) throw new Error(`No block ${blockId}`);
    const siblings = await listBlocks(block.issueId);
    const from = siblings.findIndex((other) => other.id === blockId);
    const others = siblings.filter((other) => other.id !== blockId);
    const to = Math.max(0, Math.min(index, others.length));
    if (to === from) return;
    await db.blocks.update(blockId, { order: orderAt(others, to) });
  });
}

/** Where a block stands in its issue (0-based index of total), for announcements. */
export interface Placement {
  index: number;
  total: number;
}

/**
 * Moves a block `delta` places up (negative) or down, from where it is *now* in the database: two
 * quick presses of "Move up" move it two places even before the list on screen has caught up.
 * Writes one row, or none at either end of the list.
 */
export function shiftBlock(blockId: string, delta: number): Promise<Placement> {
  return db.transaction('rw', db.blocks, async () => {
    const block = await db.blocks.get(blockId);
    if (!block) throw new Error(`No block ${blockId}`);
    const siblings = await listBlocks(block.issueId);
    const from = siblings.findIndex((other) => other.id === blockId);
    const to = Math.max(0, Math.min(from + delta, siblings.length - 1));
    if (to !== from) {
      const others = siblings.filter((other) => other.id !== blockId);
      await db.blocks.update(blockId, { order: orderAt(others, to) });
    }
    return { index: to, total: siblings.length };
  });
}

export async function placementOf(blockId: string): Promise<Placement | null> {
  const block = await db.blocks.get(blockId);
  if (!block) return null;
  const siblings = await listBlocks(block.issueId);
  return { index: siblings.findIndex((other) => other.id === blockId), total: siblings.length };
}

/** Removes a block; a pick's block sends the pick back to the inbox. */
export function removeBlock(blockId: string): Promise<void> {
  return db.transaction('rw', db.blocks, db.picks, async () => {
    const block = await db.blocks.get(blockId);
    if (!block) return;
    await db.blocks.delete(blockId);
    if (block.type === 'pick') await db.picks.update(block.pickId, { issueId: '', updatedAt: Date.now() });
  });
}

export async function updateTextBlock(blockId: string, markdown: string): Promise<void> {
  // The callback form keeps the union type honest: only a text block has markdown.
  await db.blocks.update(blockId, (block) => {
    if (block.type === 'text') block.markdown = markdown;
  });
}

export async function updateHeadingBlock(
  blockId: string,
  changes: Partial<Pick<HeadingBlock, 'level' | 'text'>>,
): Promise<void> {
  await db.blocks.update(blockId, (block) => {
    if (block.type === 'heading') Object.assign(block, changes);
  });
}
