// "Undo" (issue 10: nothing is lost by one click): puts back exactly what a delete removed, at its place.
// A restore never overwrites: when a record with the same id exists again (written since by another page,
// or named by a forged message), it is refused and nothing is written. Deleting returns what it removed
// (db/picks, db/blocks, db/issues); these functions take that back. Each record comes back as it was but
// for its updatedAt, which is now: a restore is a new write, and sync must not let the delete's tombstone
// (newer than the record's old time) win over it and delete it again (core/sync/merge).
import { Dexie } from 'dexie';
import { keyBetween } from '../core/order-key';
import type { Block } from '../core/types';
import type { RemovedBlock } from './blocks';
import { db } from './db';
import type { RemovedDraft } from './issues';
import type { RemovedPick } from './picks';

/**
 * - `exists`: a record with the same id is stored again;
 * - `gone`: what it belonged to is gone (the block's issue, the pick of a pick block);
 * - `moved`: the pick of a pick block was put into an issue since.
 */
export type RefusedReason = 'exists' | 'gone' | 'moved';
export type Restored = { ok: true } | { ok: false; reason: RefusedReason };

const REFUSED = (reason: RefusedReason): Restored => ({ ok: false, reason });

/**
 * `order` if no block of the issue holds it, else a key just after it: a key written meanwhile between the
 * same neighbours may equal it, and two equal keys leave no room between them for a later insert.
 */
async function freeOrder(issueId: string, order: string): Promise<string> {
  if ((await db.blocks.where('[issueId+order]').equals([issueId, order]).count()) === 0) return order;
  const next = await db.blocks.where('[issueId+order]').between([issueId, order], [issueId, Dexie.maxKey], false, true).first();
  return keyBetween(order, next?.order ?? null);
}

async function anyBlockExists(blocks: readonly Block[]): Promise<boolean> {
  return (await db.blocks.bulkGet(blocks.map((block) => block.id))).some((block) => block !== undefined);
}

/**
 * Puts deleted picks back as they were, each in its issue at its place there (a pick whose issue was
 * deleted meanwhile goes back to the inbox instead of pointing at nothing). A pick whose id is stored
 * again is left out. Returns how many were put back and how many refused.
 */
export function restorePicks(removed: readonly RemovedPick[]): Promise<{ restored: number; refused: number }> {
  return db.transaction('rw', db.picks, db.blocks, db.issues, async () => {
    let restored = 0;
    const now = Date.now();
    for (const { pick, blocks } of removed) {
      const stored = await db.picks.get(pick.id);
      if (stored || (await anyBlockExists(blocks))) continue;
      const issueGone = pick.issueId !== '' && !(await db.issues.get(pick.issueId));
      await db.picks.add({ ...pick, ...(issueGone ? { issueId: '' } : {}), updatedAt: now });
      if (!issueGone) {
        for (const block of blocks.filter((each) => each.issueId === pick.issueId)) {
          await db.blocks.add({ ...block, order: await freeOrder(block.issueId, block.order), updatedAt: now });
        }
      }
      restored += 1;
    }
    return { restored, refused: removed.length - restored };
  });
}

/** Puts one deleted pick back (see restorePicks); refused when a pick with its id is stored again. */
export async function restorePick(removed: RemovedPick): Promise<Restored> {
  const { refused } = await restorePicks([removed]);
  return refused === 0 ? { ok: true } : REFUSED('exists');
}

/**
 * Puts a removed block back at its place; a pick block takes its pick back from the inbox. Refused when
 * the block is stored again, its issue is gone, or its pick is gone or was put into an issue since.
 */
export function restoreBlock({ block }: RemovedBlock): Promise<Restored> {
  return db.transaction('rw', db.blocks, db.picks, db.issues, async () => {
    if (await db.blocks.get(block.id)) return REFUSED('exists');
    if (!(await db.issues.get(block.issueId))) return REFUSED('gone');
    if (block.type === 'pick') {
      const pick = await db.picks.get(block.pickId);
      if (!pick) return REFUSED('gone');
      if (pick.issueId !== '') return REFUSED('moved');
      await db.picks.update(pick.id, { issueId: block.issueId, updatedAt: Date.now() });
    }
    await db.blocks.add({ ...block, order: await freeOrder(block.issueId, block.order), updatedAt: Date.now() });
    return { ok: true };
  });
}

/**
 * Puts a deleted draft back with its blocks; its picks come back from the inbox. A pick deleted or put
 * into another issue since stays where it is, and its block is left out. Refused when the draft or one of
 * its blocks is stored again.
 */
export function restoreDraft({ issue, blocks, pickIds }: RemovedDraft): Promise<Restored> {
  return db.transaction('rw', db.issues, db.blocks, db.picks, async () => {
    if ((await db.issues.get(issue.id)) || (await anyBlockExists(blocks))) return REFUSED('exists');
    const back = new Set<string>();
    for (const pick of await db.picks.bulkGet(pickIds)) if (pick?.issueId === '') back.add(pick.id);
    const now = Date.now();
    await db.issues.add({ ...issue, updatedAt: now });
    await db.picks.where(':id').anyOf([...back]).modify({ issueId: issue.id, updatedAt: now });
    const kept = blocks.filter((block) => block.type !== 'pick' || back.has(block.pickId));
    await db.blocks.bulkAdd(kept.map((block) => ({ ...block, updatedAt: now })));
    return { ok: true };
  });
}
