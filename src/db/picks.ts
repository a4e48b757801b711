// What capture reads and writes about picks: the background (for itself and for the popup) and the
// options page call these, never the table. The popup reads through db/page-lookup.
import { buildPick, placeOf, type NewPick, type PickChanges, type PlacedPick } from '../core/capture';
import { withPublishedLinks } from '../core/published-links';
import type { Block, Pick } from '../core/types';
import { normalizeUrl } from '../core/url-key';
import { db, newId } from './db';

export type { NewPick, PickChanges, PickFields } from '../core/capture';

/**
 * Every pick of the page `url` (by normalised URL), with where each one is; a published issue that links
 * to the page without a pick of its own counts as a published pick (core/published-links).
 */
export async function findPicksForUrl(url: string): Promise<PlacedPick[]> {
  return db.transaction('r', db.picks, db.issues, async () => {
    const key = normalizeUrl(url);
    const picks = await db.picks.where('urlKey').equals(key).toArray();
    const issueIds = [...new Set(picks.map((pick) => pick.issueId).filter(Boolean))];
    const issues = await db.issues.bulkGet(issueIds);
    const byId = new Map(issues.filter((issue) => issue !== undefined).map((issue) => [issue.id, issue]));
    const linking = await db.issues.where('linkKeys').equals(key).toArray();
    return withPublishedLinks(url, picks.map((pick) => ({ pick, place: placeOf(pick, byId) })), linking);
  });
}

export function getPick(id: string): Promise<Pick | undefined> {
  return db.picks.get(id);
}

/** A new pick in the inbox. */
export async function createPick(fields: NewPick, now: number = Date.now()): Promise<Pick> {
  const pick = buildPick(fields, newId(), now);
  await db.picks.add(pick);
  return pick;
}

/**
 * Stores a pick the popup built (see platform/pick-write-port): written whole, so that a creation that
 * failed (a full disk) can be sent again with everything typed since.
 */
export async function storePick(pick: Pick, now: number = Date.now()): Promise<void> {
  await db.picks.put({ ...pick, urlKey: normalizeUrl(pick.url), updatedAt: now });
}

/** Writes only the given fields (one `update`); a new URL moves the pick's identity key. False if gone. */
export async function updatePick(id: string, changes: PickChanges, now: number = Date.now()): Promise<boolean> {
  const identity = changes.url === undefined ? {} : { urlKey: normalizeUrl(changes.url) };
  const updated = await db.picks.update(id, { ...changes, ...identity, updatedAt: now });
  return updated === 1;
}

/** What deleting a pick removed, exactly: enough to put it all back (the "Undo" of issue 10). */
export interface RemovedPick {
  pick: Pick;
  blocks: Block[];
}

/**
 * Deletes a pick and the blocks that placed it in an issue, so no issue points at nothing. Returns the
 * rows as they were, or null when there was no such pick.
 */
export async function deletePick(id: string): Promise<RemovedPick | null> {
  return db.transaction('rw', db.picks, db.blocks, async () => {
    const pick = await db.picks.get(id);
    const blocks = await db.blocks.where('pickId').equals(id).toArray();
    await db.blocks.where('pickId').equals(id).delete();
    await db.picks.delete(id);
    return pick ? { pick, blocks } : null;
  });
}

/**
 * Puts a deleted pick back as it was, in its issue and at its place there. If that issue was deleted
 * meanwhile, the pick goes back to the inbox instead of pointing at nothing.
 */
export async function restorePick({ pick, blocks }: RemovedPick): Promise<void> {
  await db.transaction('rw', db.picks, db.blocks, db.issues, async () => {
    const issueGone = pick.issueId !== '' && !(await db.issues.get(pick.issueId));
    if (issueGone) {
      await db.picks.put({ ...pick, issueId: '' });
      return;
    }
    await db.picks.put(pick);
    await db.blocks.bulkPut(blocks.filter((block) => block.issueId === pick.issueId));
  });
}

/** How many picks wait in no issue (the toolbar badge). */
export function countInboxPicks(): Promise<number> {
  return db.picks.where('issueId').equals('').count();
}
