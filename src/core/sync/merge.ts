// The per-record merge (docs/sync.md, "Conflicts"): a three-way merge against the last synced version,
// field by field, where only a field changed on both sides is a conflict; the later edit wins it, with a
// deterministic tie-break, so every device that merges the same versions gets the same bytes.
import type { PickHistoryEntry } from '../types';
import { entryTime, serializeEntry, type SyncEntry, type SyncRecord } from './records';

/** How many replaced blurbs a pick keeps: enough for any real conflict, bounded for 50,000 picks. */
export const HISTORY_LIMIT = 20;

/**
 * A total order on versions of one record: the later write wins; at the same millisecond a deletion wins
 * over an edit ("a tombstone beats older edits", and equal is not newer); then the greater file text, so
 * that no device, clock or merge order can make two devices pick differently.
 */
export function compareEntries(a: SyncEntry, b: SyncEntry): number {
  const byTime = entryTime(a) - entryTime(b);
  if (byTime !== 0) return byTime;
  if (a.deleted !== b.deleted) return a.deleted ? 1 : -1;
  const textA = serializeEntry(a);
  const textB = serializeEntry(b);
  return textA < textB ? -1 : textA > textB ? 1 : 0;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function sameEntry(a: SyncEntry | undefined, b: SyncEntry | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return serializeEntry(a) === serializeEntry(b);
}

function historyOf(record: SyncRecord): PickHistoryEntry[] {
  return Array.isArray(record.history) ? (record.history as PickHistoryEntry[]) : [];
}

/** Union of histories, newest first, one entry per (text, time), at most HISTORY_LIMIT. */
export function mergeHistory(...lists: PickHistoryEntry[][]): PickHistoryEntry[] {
  const unique = new Map<string, PickHistoryEntry>();
  for (const entry of lists.flat()) unique.set(JSON.stringify([entry.editedAt, entry.blurb]), { blurb: entry.blurb, editedAt: entry.editedAt });
  return [...unique.values()]
    .sort((a, b) => b.editedAt - a.editedAt || (a.blurb < b.blurb ? -1 : a.blurb > b.blurb ? 1 : 0))
    .slice(0, HISTORY_LIMIT);
}

/**
 * Both sides edited the record. Fields changed on one side only are taken from it; a field changed on
 * both (or every field, when there is no common version) is taken from the winner. A pick's blurb that
 * loses goes into the pick's history: nothing a curator typed is dropped.
 */
function mergeRecords(base: SyncRecord | undefined, local: SyncRecord, remote: SyncRecord, localWins: boolean): SyncRecord {
  const [winner, loser] = localWins ? [local, remote] : [remote, local];
  const merged: Record<string, unknown> = {};
  const fields = new Set([...Object.keys(local), ...Object.keys(remote)]);
  fields.delete('history');
  for (const field of fields) {
    const [l, r] = [local[field], remote[field]];
    if (sameValue(l, r)) merged[field] = l;
    else if (base && sameValue(l, base[field])) merged[field] = r;
    else if (base && sameValue(r, base[field])) merged[field] = l;
    else merged[field] = winner[field];
  }
  merged.updatedAt = Math.max(local.updatedAt, remote.updatedAt);
  if (typeof local.blurb === 'string' || typeof remote.blurb === 'string') {
    // Only a blurb the losing side wrote counts: its unchanged copy of the common version is no loss.
    const edited = typeof loser.blurb === 'string' && loser.blurb !== merged.blurb && !(base && sameValue(loser.blurb, base.blurb));
    const lost = edited ? [{ blurb: loser.blurb as string, editedAt: loser.updatedAt }] : [];
    const history = mergeHistory(historyOf(local), historyOf(remote), lost);
    if (history.length > 0) merged.history = history;
  }
  return merged as SyncRecord;
}

/**
 * Merges one record given its last synced version (`base`), this device's (`local`) and the data
 * branch's (`remote`). `undefined` means "this side knows nothing of it": it never deletes (only a
 * tombstone does), so a record a remote lost is kept. Symmetric: swapping local and remote gives the
 * same result.
 */
export function mergeEntry(base: SyncEntry | undefined, local: SyncEntry | undefined, remote: SyncEntry | undefined): SyncEntry | undefined {
  if (local === undefined) return remote;
  if (remote === undefined || sameEntry(local, remote) || sameEntry(remote, base)) return local;
  if (sameEntry(local, base)) return remote;
  const localWins = compareEntries(local, remote) > 0;
  if (local.deleted || remote.deleted) return localWins ? local : remote;
  const common = base && !base.deleted ? base.record : undefined;
  return { ref: local.ref, deleted: false, record: mergeRecords(common, local.record, remote.record, localWins) };
}
