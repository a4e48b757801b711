// What capture reads and writes about picks: the popup and the background call these, never the table.
import type { PlacedPick, PickPlace } from '../core/capture';
import type { Issue, Pick } from '../core/types';
import { normalizeUrl } from '../core/url-key';
import { db, newId } from './db';

/** Everything a caller may set on a pick; identity and timestamps are the database's business. */
export type PickFields = Omit<Pick, 'id' | 'urlKey' | 'createdAt' | 'updatedAt'>;
export type PickChanges = Partial<PickFields>;
export type NewPick = { url: string; title: string } & PickChanges;

function placeOf(pick: Pick, issues: ReadonlyMap<string, Issue>): PickPlace {
  const issue = pick.issueId ? issues.get(pick.issueId) : undefined;
  // A pick whose issue vanished is treated as waiting: it is what the inbox query will show too.
  if (!issue) return { kind: 'inbox' };
  const title = typeof issue.frontMatter.title === 'string' ? issue.frontMatter.title : issue.date;
  return issue.status === 'published'
    ? { kind: 'published', issueId: issue.id, title, date: issue.date }
    : { kind: 'draft', issueId: issue.id, title };
}

/** Every pick of the page `url` (by normalised URL), with where each one is. */
export async function findPicksForUrl(url: string): Promise<PlacedPick[]> {
  return db.transaction('r', db.picks, db.issues, async () => {
    const picks = await db.picks.where('urlKey').equals(normalizeUrl(url)).toArray();
    const issueIds = [...new Set(picks.map((pick) => pick.issueId).filter(Boolean))];
    const issues = await db.issues.bulkGet(issueIds);
    const byId = new Map(issues.filter((issue) => issue !== undefined).map((issue) => [issue.id, issue]));
    return picks.map((pick) => ({ pick, place: placeOf(pick, byId) }));
  });
}

export function getPick(id: string): Promise<Pick | undefined> {
  return db.picks.get(id);
}

/** A new pick in the inbox. */
export async function createPick(fields: NewPick, now: number = Date.now()): Promise<Pick> {
  const pick: Pick = {
    blurb: '', emoji: '', kind: 'link', tags: [], image: null, description: '', siteName: '', quote: '', issueId: '',
    ...fields,
    id: newId(),
    urlKey: normalizeUrl(fields.url),
    createdAt: now,
    updatedAt: now,
  };
  await db.picks.add(pick);
  return pick;
}

/** Writes only the given fields (one `update`); a new URL moves the pick's identity key. False if gone. */
export async function updatePick(id: string, changes: PickChanges, now: number = Date.now()): Promise<boolean> {
  const identity = changes.url === undefined ? {} : { urlKey: normalizeUrl(changes.url) };
  const updated = await db.picks.update(id, { ...changes, ...identity, updatedAt: now });
  return updated === 1;
}

/** Deletes a pick and the blocks that placed it in an issue, so no issue points at nothing. */
export async function deletePick(id: string): Promise<void> {
  await db.transaction('rw', db.picks, db.blocks, async () => {
    await db.blocks.where('pickId').equals(id).delete();
    await db.picks.delete(id);
  });
}

/** How many picks wait in no issue (the toolbar badge). */
export function countInboxPicks(): Promise<number> {
  return db.picks.where('issueId').equals('').count();
}
