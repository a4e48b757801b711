// What capture reads and writes about picks: the background (for itself and for the popup) and the
// options page call these, never the table. The popup reads through db/page-lookup.
import { buildPick, placeOf, type NewPick, type PickChanges, type PlacedPick } from '../core/capture';
import { withPublishedLinks } from '../core/published-links';
import type { Pick, PickBlock } from '../core/types';
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

/** Adds `tag` to each of these picks that lacks it, in one transaction; returns how many changed. */
export async function tagPicks(ids: readonly string[], tag: string, now: number = Date.now()): Promise<number> {
  // Counted here: Dexie's own count includes the rows the callback left alone.
  let changed = 0;
  await db.picks.where(':id').anyOf([...ids]).modify((pick) => {
    if (pick.tags.includes(tag)) return false;
    pick.tags = [...pick.tags, tag];
    pick.updatedAt = now;
    changed += 1;
    return true;
  });
  return changed;
}

/** What deleting a pick removed, exactly: enough to put it all back (the "Undo" of issue 10). */
export interface RemovedPick {
  pick: Pick;
  blocks: PickBlock[];
}

/**
 * Deletes a pick and the blocks that placed it in an issue, so no issue points at nothing. Returns the
 * rows as they were, or null when there was no such pick. "Undo" puts them back (db/restore).
 */
export async function deletePick(id: string): Promise<RemovedPick | null> {
  const [removed] = await deletePicks([id]);
  return removed ?? null;
}

/** Deletes several picks and their blocks in one transaction; returns the rows as they were. */
export function deletePicks(ids: readonly string[]): Promise<RemovedPick[]> {
  return db.transaction('rw', db.picks, db.blocks, async () => {
    const picks = (await db.picks.bulkGet([...ids])).filter((pick) => pick !== undefined);
    const found = picks.map((pick) => pick.id);
    // Only pick blocks carry a pickId (the index holds no other kind).
    const blocks = await db.blocks.where('pickId').anyOf(found).toArray() as PickBlock[];
    await db.blocks.bulkDelete(blocks.map((block) => block.id));
    await db.picks.bulkDelete(found);
    const byPick = new Map<string, PickBlock[]>();
    for (const block of blocks) {
      const list = byPick.get(block.pickId);
      if (list) list.push(block);
      else byPick.set(block.pickId, [block]);
    }
    return picks.map((pick) => ({ pick, blocks: byPick.get(pick.id) ?? [] }));
  });
}

/** How many picks wait in no issue (the toolbar badge). */
export function countInboxPicks(): Promise<number> {
  return db.picks.where('issueId').equals('').count();
}
