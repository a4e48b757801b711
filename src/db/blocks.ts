// The ordered blocks of an issue. Positions are fractional keys (core/order-key): inserting or moving
// one block writes that one row and never renumbers its neighbours.
import { Dexie, type Collection, type InsertType } from 'dexie';
import { keyBetween, keysBetween } from '../core/order-key';
import type { Block, HeadingBlock, Pick as PickRecord, PickBlock, TextBlock } from '../core/types';
import { db, newId } from './db';

export type HeadingLevel = HeadingBlock['level'];

/** An insertion index meaning "after the last block", whatever the list holds by then. */
export const AT_END = Number.POSITIVE_INFINITY;

/** The blocks of `issueId`, in the order they render, as an index range. */
function issueBlocks(issueId: string): Collection<Block, string, InsertType<Block, 'id'>> {
  return db.blocks.where('[issueId+order]').between([issueId, Dexie.minKey], [issueId, Dexie.maxKey]);
}

/** The blocks of `issueId` in the order they render (the first `limit` of them). */
export function listBlocks(issueId: string, limit = Number.POSITIVE_INFINITY): Promise<Block[]> {
  return (Number.isFinite(limit) ? issueBlocks(issueId).limit(limit) : issueBlocks(issueId)).toArray();
}

/**
 * The order key for a block that goes between the blocks now at `before` and `before + 1` (-1: the start;
 * `AT_END` or past the last block: the end). Reads those two rows only: at either end one row, from that
 * end; elsewhere the cursor skips to them natively. Nothing is counted (IndexedDB counts by walking every
 * entry: 45 ms for a 5,000-block draft here), so inserting at the end of a long draft costs what it does in
 * a short one.
 */
function keyAfterIndex(issueId: string, before: number): Promise<string> {
  return neighboursAfter(issueId, before).then(([above, below]) => keyBetween(above, below));
}

/**
 * The order keys of the blocks now at `before` and `before + 1` (null: the list's start or end). Chained on
 * Dexie's promises, not an async function: an async function awaited by another one inside a transaction
 * outlives Dexie's zone, and the transaction commits under it (PrematureCommitError).
 */
function neighboursAfter(issueId: string, before: number): Promise<[string | null, string | null]> {
  const atEnd = (): Promise<[string | null, string | null]> => issueBlocks(issueId).last().then((last) => [last?.order ?? null, null]);
  if (before < 0) return issueBlocks(issueId).first().then((first) => [null, first?.order ?? null]);
  if (!Number.isFinite(before)) return atEnd();
  return issueBlocks(issueId).offset(before).limit(2).toArray()
    .then((rows) => (rows.length === 0 ? atEnd() : [rows[0]!.order, rows[1]?.order ?? null]));
}

/** The two blocks after `block` (down) or before it (up), nearest first: its new neighbours after a move by one. */
function besideBlock(block: Block, direction: 'up' | 'down'): Promise<Block[]> {
  const range = db.blocks.where('[issueId+order]');
  return direction === 'down'
    ? range.between([block.issueId, block.order], [block.issueId, Dexie.maxKey], false, true).limit(2).toArray()
    : range.between([block.issueId, Dexie.minKey], [block.issueId, block.order], true, false).reverse().limit(2).toArray();
}

const clamp = (value: number, max: number): number => Math.max(0, Math.min(value, max));

/**
 * Adds the block `make` builds around its order key at `index` (past the end: at the end). Call inside a
 * transaction. Returns the block as stored; the composer says where it landed from the list it shows.
 */
async function addAt<B extends Block>(issueId: string, index: number, make: (order: string) => B): Promise<{ block: B }> {
  const block = make(await keyAfterIndex(issueId, Math.max(0, index) - 1));
  block.updatedAt = Date.now();
  await db.blocks.add(block);
  return { block };
}

/**
 * Puts a pick into an issue at `index` and takes it out of the inbox, in one transaction; returns the pick
 * too (its title names it in the announcement).
 * A pick belongs to one issue at a time: a block it already had elsewhere is removed.
 */
export function insertPickBlock(issueId: string, pickId: string, index: number): Promise<{ block: PickBlock; pick: PickRecord }> {
  return db.transaction('rw', db.blocks, db.picks, async () => {
    const pick = await db.picks.get(pickId);
    if (!pick) throw new Error(`No pick ${pickId}`);
    await db.blocks.where('pickId').equals(pickId).delete();
    const { block } = await addAt(issueId, index, (order): PickBlock => ({ id: newId(), issueId, order, type: 'pick', pickId }));
    const changes = { issueId, updatedAt: Date.now() };
    await db.picks.update(pickId, changes);
    return { block, pick: { ...pick, ...changes } };
  });
}

/**
 * Puts several picks into an issue at `index`, in inbox order (newest first), in one transaction. Picks
 * gone or already in an issue are left where they are. Returns how many were added.
 */
export function insertPickBlocks(issueId: string, pickIds: readonly string[], index: number): Promise<number> {
  return db.transaction('rw', db.blocks, db.picks, async () => {
    const picks = (await db.picks.bulkGet([...pickIds]))
      .filter((pick) => pick?.issueId === '')
      .map((pick) => pick!)
      .sort((a, b) => b.createdAt - a.createdAt);
    if (picks.length === 0) return 0;
    const keys = keysBetween(...await neighboursAfter(issueId, Math.max(0, index) - 1), picks.length);
    const now = Date.now();
    await db.blocks.bulkAdd(picks.map((pick, n): PickBlock => ({ id: newId(), issueId, order: keys[n]!, type: 'pick', pickId: pick.id, updatedAt: now })));
    await db.picks.bulkUpdate(picks.map((pick) => ({ key: pick.id, changes: { issueId, updatedAt: now } })));
    return picks.length;
  });
}

/** Adds a text block at `index` of the issue. */
export function insertTextBlock(issueId: string, index: number, markdown = ''): Promise<{ block: TextBlock }> {
  return db.transaction('rw', db.blocks, () =>
    addAt(issueId, index, (order): TextBlock => ({ id: newId(), issueId, order, type: 'text', markdown })));
}

export function insertHeadingBlock(
  issueId: string,
  index: number,
  level: HeadingLevel = 3,
  text = '',
): Promise<{ block: HeadingBlock }> {
  return db.transaction('rw', db.blocks, () =>
    addAt(issueId, index, (order): HeadingBlock => ({ id: newId(), issueId, order, type: 'heading', level, text })));
}

/** Where a move takes a block: to an index of its issue's list, or by a number of places (negative: up). */
export type MoveTarget = { to: number } | { by: number };

/**
 * Moves a block and returns it as stored (with its new order key; unchanged when it stays where it is: at
 * an end, or already at the index). Positions count from where the block is *now* in the database: two
 * quick presses of "Move up" move it two places even before the list on screen has caught up. Writes one
 * row (the moved block's order key, between its new neighbours), or none.
 *
 * A move by one place (the arrow buttons, the keyboard) reads the block and the two rows beside it on that
 * side, and counts nothing. Any other move counts the blocks before it and in all, to clamp its target.
 */
export function moveBlock(blockId: string, target: MoveTarget): Promise<Block> {
  return db.transaction('rw', db.blocks, async () => {
    const block = await db.blocks.get(blockId);
    if (!block) throw new Error(`No block ${blockId}`);
    let order: string | null;
    if ('by' in target && Math.abs(target.by) === 1) {
      const down = target.by > 0;
      const [near, far] = await besideBlock(block, down ? 'down' : 'up');
      order = !near ? null : down ? keyBetween(near.order, far?.order ?? null) : keyBetween(far?.order ?? null, near.order);
    } else {
      order = await orderAtIndex(block, target);
    }
    if (order === null) return block;
    const changes = { order, updatedAt: Date.now() };
    await db.blocks.update(blockId, changes);
    return { ...block, ...changes };
  });
}

/** The order key that puts `block` at `target`'s index, or null when it is there already. */
async function orderAtIndex(block: Block, target: MoveTarget): Promise<string | null> {
  const total = await issueBlocks(block.issueId).count();
  const from = await db.blocks
    .where('[issueId+order]')
    .between([block.issueId, Dexie.minKey], [block.issueId, block.order])
    .count();
  const to = clamp('to' in target ? target.to : from + target.by, total - 1);
  if (to === from) return null;
  // Without the moved block, its new neighbours are the blocks now at to - 1 and to (moving up), or at to
  // and to + 1 (moving down: the block itself still sits above them).
  return await keyAfterIndex(block.issueId, to < from ? to - 1 : to);
}

/** What removing a block took away: the block as it was (a pick block's pick went back to the inbox). */
export interface RemovedBlock {
  block: Block;
}

/** Removes a block; a pick's block sends the pick back to the inbox. Returns the block as it was (for "Undo"). */
export function removeBlock(blockId: string): Promise<RemovedBlock | null> {
  return db.transaction('rw', db.blocks, db.picks, async () => {
    const block = await db.blocks.get(blockId);
    if (!block) return null;
    await db.blocks.delete(blockId);
    if (block.type === 'pick') await db.picks.update(block.pickId, { issueId: '', updatedAt: Date.now() });
    return { block };
  });
}

export async function updateTextBlock(blockId: string, markdown: string): Promise<void> {
  // The callback form keeps the union type honest: only a text block has markdown.
  await db.blocks.update(blockId, (block) => {
    if (block.type !== 'text') return;
    block.markdown = markdown;
    block.updatedAt = Date.now();
  });
}

/** The text a text block (its Markdown) or a heading (its words) shows. */
export type BlockTextField = 'markdown' | 'text';

/**
 * Writes a text block's Markdown or a heading's text over `base`, the text the writer believes is stored
 * (the same rule as db/pick-patch, issue 8): if another page stored something else meanwhile, nothing is
 * written and that text comes back as `stale`. Null when the block is gone.
 */
export function patchBlockText(blockId: string, field: BlockTextField, value: string, base: string): Promise<{ stale?: string } | null> {
  return db.transaction('rw', db.blocks, async () => {
    const block = await db.blocks.get(blockId);
    if (!block) return null;
    const stored = block.type === 'text' && field === 'markdown' ? block.markdown
      : block.type === 'heading' && field === 'text' ? block.text : null;
    if (stored === null) throw new Error(`Block ${blockId} has no ${field}`);
    if (stored !== base) return { stale: stored };
    await db.blocks.put({ ...block, [field]: value, updatedAt: Date.now() });
    return {};
  });
}

export async function updateHeadingBlock(
  blockId: string,
  changes: Partial<Pick<HeadingBlock, 'level' | 'text'>>,
): Promise<void> {
  await db.blocks.update(blockId, (block) => {
    if (block.type === 'heading') Object.assign(block, changes, { updatedAt: Date.now() });
  });
}
