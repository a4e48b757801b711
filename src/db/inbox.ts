// What the options page reads and writes about picks: the inbox, an issue's picks, in-place edits.
import { normalizeUrl } from '../core/url-key';
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

/** The fields the options page edits in place: the same record the popup edits. */
export type EditableField = 'title' | 'url' | 'blurb' | 'emoji' | 'kind' | 'tags' | 'image';
export type PickEdit = { [Field in EditableField]?: Pick[Field] };

/** Writes an in-place edit; a new URL also moves the pick's identity key. */
export async function updatePick(pickId: string, changes: PickEdit): Promise<void> {
  const identity = changes.url === undefined ? {} : { urlKey: normalizeUrl(changes.url) };
  await db.picks.update(pickId, { ...changes, ...identity, updatedAt: Date.now() });
}
