// What the options page reads about picks: the inbox and an issue's picks. Edits go through picks.ts,
// the same commands the popup uses.
import type { Pick } from '../core/types';
import { db } from './db';

/** Picks waiting in no issue, newest first. */
export async function listInbox(): Promise<Pick[]> {
  const waiting = await db.picks.where('issueId').equals('').toArray();
  return waiting.sort((a, b) => b.createdAt - a.createdAt);
}

/** Whether every word of `query` appears in the pick's title, blurb, URL or tags (case-insensitive). */
export function matchesSearch(pick: Pick, query: string): boolean {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [pick.title, pick.blurb, pick.url, ...pick.tags].join('\n').toLocaleLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** The picks an issue's blocks point to, by id (what renderIssue takes). */
export async function picksOfIssue(issueId: string): Promise<Map<string, Pick>> {
  const picks = await db.picks.where('issueId').equals(issueId).toArray();
  return new Map(picks.map((pick) => [pick.id, pick]));
}
