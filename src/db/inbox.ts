// What the options page reads about picks: the inbox and an issue's picks. Edits go through picks.ts,
// the same commands the popup uses.
import { Dexie, type Collection, type InsertType } from 'dexie';
import { foldText } from '../core/fold';
import type { Pick } from '../core/types';
import { db } from './db';

/** Picks waiting in no issue, newest first (all of them: search reads them all). */
export async function listInbox(): Promise<Pick[]> {
  const waiting = await db.picks.where('issueId').equals('').toArray();
  return waiting.sort((a, b) => b.createdAt - a.createdAt);
}

/**
 * Each pick's searchable text, folded once: a search runs on every keystroke over the whole inbox, and the
 * pick objects a live query hands out stay the same until the pick changes.
 */
const folded = new WeakMap<Pick, string>();

function haystackOf(pick: Pick): string {
  let text = folded.get(pick);
  if (text === undefined) {
    text = foldText([pick.title, pick.blurb, pick.url, ...pick.tags].join('\n'));
    folded.set(pick, text);
  }
  return text;
}

/**
 * Whether every word of `query` appears in the pick's title, blurb, URL or tags, case and accents aside
 * ("securise" finds "sécurisé").
 */
export function matchesSearch(pick: Pick, query: string): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = haystackOf(pick);
  return words.every((word) => haystack.includes(word));
}

/** The picks an issue's blocks point to, by id (what renderIssue takes). */
export async function picksOfIssue(issueId: string): Promise<Map<string, Pick>> {
  const picks = await db.picks.where('issueId').equals(issueId).toArray();
  return new Map(picks.map((pick) => [pick.id, pick]));
}

/** The waiting picks, by the index that keeps them newest first (schema version 3). */
function waiting(): Collection<Pick, string, InsertType<Pick, 'id'>> {
  return db.picks.where('[issueId+createdAt]').between(['', Dexie.minKey], ['', Dexie.maxKey]);
}

/**
 * `count` waiting picks from the `start`th, newest first. Reads those rows only (the cursor skips the
 * others natively): the inbox reads a screenful of 50,000 waiting picks, never all of them.
 */
export function inboxPage(start: number, count: number): Promise<Pick[]> {
  return waiting().reverse().offset(start).limit(count).toArray();
}

/** Where a waiting pick stands in the inbox, newest first (-1: it waits in no inbox). */
export function inboxIndexOf(pickId: string): Promise<number> {
  return db.transaction('r', db.picks, async () => {
    const pick = await db.picks.get(pickId);
    if (!pick || pick.issueId !== '') return -1;
    return db.picks.where('[issueId+createdAt]').between(['', pick.createdAt], ['', Dexie.maxKey], false, true).count();
  });
}

/** The ids of the waiting picks that match `query`, newest first. Reads every waiting pick. */
export async function searchInbox(query: string): Promise<string[]> {
  return (await listInbox()).filter((pick) => matchesSearch(pick, query)).map((pick) => pick.id);
}

/** The picks with these ids, by id (ids of picks since deleted are left out). */
export async function getPicks(ids: readonly string[]): Promise<Map<string, Pick>> {
  const picks = await db.picks.bulkGet([...ids]);
  return new Map(picks.filter((pick) => pick !== undefined).map((pick) => [pick.id, pick]));
}
