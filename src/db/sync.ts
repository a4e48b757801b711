// The database side of sync (docs/sync.md, "On the device"): what changed here since the last sync, what
// was last synced, and applying a merged result in one transaction. The merge itself is core/sync's.
import { Dexie } from 'dexie';
import { parsePath, recordPath, type SyncKind } from '../core/sync/layout';
import { entryOfRow, rowOfRecord, serializeEntry, tombstone, type SyncEntry, type SyncRows } from '../core/sync/records';
import { stateOf, type SyncState } from '../core/sync/state';
import type { Block } from '../core/types';
import { db } from './db';
import type { SyncBaseRow } from './schema';
import { RESCAN_PATH } from './sync-changes';

export { countPendingChanges } from './sync-pending';

/** Marks read at the start of a sync (path → time): a result clears only those still unchanged. */
export type ChangeMarks = ReadonlyMap<string, number>;

export interface LocalChanges {
  /** Each changed record as it is now; a deleted one as its tombstone. */
  entries: SyncEntry[];
  marks: ChangeMarks;
}

const RECORD_TABLES = (): Dexie.Table[] => [db.picks, db.issues, db.blocks, db.settings];

function tableOf(kind: SyncKind): Dexie.Table {
  return db[kind] as unknown as Dexie.Table;
}

/** Every row of a kind, or the rows with the given ids, as entries. */
async function entriesOf(kind: SyncKind, ids?: string[]): Promise<SyncEntry[]> {
  const table = tableOf(kind);
  const rows: unknown[] = ids ? (await table.bulkGet(ids)).filter((row) => row !== undefined) : await table.toArray();
  return rows.map((row) => entryOfRow(kind, row as SyncRows[typeof kind]));
}

/**
 * Tombstones for the records synced live that are gone here, after a restore (the `RESCAN` mark), which
 * writes no mark per record it removed: deleted at their own mark's time, else at the restore's.
 */
async function goneSinceRestore(kind: SyncKind, present: ReadonlySet<string>, marks: ChangeMarks, restoredAt: number): Promise<SyncEntry[]> {
  const gone: SyncEntry[] = [];
  for (const row of await db.syncBase.where('key').startsWith(`${kind}/`).toArray()) {
    const place = parsePath(row.path);
    if (place && !place.tombstone && !present.has(place.id)) gone.push(tombstone({ kind, id: place.id }, marks.get(row.key) ?? restoredAt));
  }
  return gone;
}

/**
 * The records changed since the last sync (`all`: every record, for a first sync or after a restore's
 * `RESCAN` mark). A record deleted here becomes a tombstone, unless it was never synced: then there is
 * nothing to delete elsewhere.
 */
export function readLocalChanges(all = false): Promise<LocalChanges> {
  return db.transaction('r', [...RECORD_TABLES(), db.syncChanges, db.syncBase], async () => {
    const changes = await db.syncChanges.toArray();
    const marks = new Map(changes.map((change) => [change.path, change.at]));
    const rescan = marks.get(RESCAN_PATH);
    const entries: SyncEntry[] = [];
    for (const kind of ['picks', 'issues', 'blocks', 'settings'] as const) {
      const ids = all || rescan !== undefined ? undefined : changes.filter((change) => change.kind === kind).map((change) => change.id);
      const live = await entriesOf(kind, ids);
      entries.push(...live);
      const present = new Set(live.map((entry) => entry.ref.id));
      if (rescan !== undefined && !all) {
        entries.push(...await goneSinceRestore(kind, present, marks, rescan));
        continue;
      }
      for (const change of changes) {
        if (change.kind !== kind || present.has(change.id)) continue;
        if (await db.syncBase.get(change.path)) entries.push(tombstone({ kind, id: change.id }, change.at));
      }
    }
    return { entries, marks };
  });
}

/** What this device and the branch last agreed on, by record key. */
export async function readBase(): Promise<Map<string, SyncBaseRow>> {
  const rows = await db.syncBase.toArray();
  return new Map(rows.map((row) => [row.key, row]));
}

function blockPlaces(entries: Iterable<SyncEntry | undefined>): { issues: Set<string>; picks: Set<string> } {
  const issues = new Set<string>();
  const picks = new Set<string>();
  for (const entry of entries) {
    if (!entry || entry.deleted || entry.ref.kind !== 'blocks') continue;
    issues.add(String(entry.record.issueId));
    if (typeof entry.record.pickId === 'string') picks.add(entry.record.pickId);
  }
  return { issues, picks };
}

/**
 * The records the repairs after a merge must see (core/sync/state `repairs`): every block of each issue
 * the merged entries touch, every block showing a pick they touch, and the picks and issues those blocks
 * name. Read from this device, before the merged entries are laid over them.
 */
export function readNeighbourhood(merged: readonly SyncEntry[]): Promise<SyncState> {
  return db.transaction('r', db.picks, db.issues, db.blocks, async () => {
    const current = await entriesOf('blocks', merged.filter((entry) => entry.ref.kind === 'blocks').map((entry) => entry.ref.id));
    const touched = blockPlaces([...merged, ...current]);
    for (const entry of merged) if (entry.ref.kind === 'issues') touched.issues.add(entry.ref.id);
    for (const entry of merged) if (entry.ref.kind === 'picks') touched.picks.add(entry.ref.id);
    const blocks: Block[] = [
      ...await db.blocks.where('issueId').anyOf([...touched.issues]).toArray(),
      ...await db.blocks.where('pickId').anyOf([...touched.picks]).toArray(),
    ];
    const blockEntries = blocks.map((block) => entryOfRow('blocks', block));
    const named = blockPlaces([...blockEntries, ...merged]);
    return stateOf([
      ...blockEntries,
      ...await entriesOf('issues', [...new Set([...named.issues, ...touched.issues])]),
      ...await entriesOf('picks', [...new Set([...named.picks, ...touched.picks])]),
    ]);
  });
}

export interface SyncResult {
  /** The merged state of every record the sync looked at. */
  entries: SyncEntry[];
  /** The branch's files for those records, now the common version. */
  base: SyncBaseRow[];
  /** The marks `readLocalChanges` returned. */
  marks: ChangeMarks;
}

export interface ApplyReport {
  /** Rows written or deleted on this device. */
  written: number;
  /** Records edited here while the sync ran: left as they are, still pending, merged next time. */
  kept: string[];
}

/** Which issue each pick is in now, from its block (the pick belongs to one issue at a time). Batched: a first sync places thousands. */
async function placePicks(pickIds: ReadonlySet<string>): Promise<void> {
  const ids = [...pickIds];
  const picks = await db.picks.bulkGet(ids);
  const issueOf = new Map<string, string>();
  // Blocks sorted by primary key, as `.first()` per pick would find them.
  for (const block of (await db.blocks.where('pickId').anyOf(ids).toArray()).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if ('pickId' in block && !issueOf.has(block.pickId)) issueOf.set(block.pickId, block.issueId);
  }
  const moved = picks.filter((pick) => pick !== undefined && pick.issueId !== (issueOf.get(pick.id) ?? ''));
  await db.picks.bulkPut(moved.map((pick) => ({ ...pick!, issueId: issueOf.get(pick!.id) ?? '' })));
}

/** The rows of `entries`' records as stored now, by record path: one read per table, not one per record. */
async function currentEntries(entries: readonly SyncEntry[]): Promise<Map<string, SyncEntry>> {
  const current = new Map<string, SyncEntry>();
  for (const kind of ['picks', 'issues', 'blocks', 'settings'] as const) {
    const ids = entries.filter((entry) => entry.ref.kind === kind).map((entry) => entry.ref.id);
    if (ids.length === 0) continue;
    for (const row of await tableOf(kind).bulkGet(ids)) {
      if (row === undefined) continue;
      const entry = entryOfRow(kind, row as SyncRows[typeof kind]);
      current.set(recordPath(entry.ref), entry);
    }
  }
  return current;
}

function listIn<T>(lists: Map<SyncKind, T[]>, kind: SyncKind): T[] {
  const list = lists.get(kind) ?? [];
  lists.set(kind, list);
  return list;
}

/**
 * Stores a merged result in one transaction: liveQuery pages re-render once, and a failure leaves the
 * device as it was. Rows whose stored form is already the merged one are not rewritten. The writes are
 * not marked as local changes (the transaction includes syncBase); a record edited here since
 * `readLocalChanges` is left alone and stays pending. Reads and writes go by table in bulk: a first
 * sync stores thousands of records, and one request per record cost seconds.
 */
export function applySyncResult(result: SyncResult): Promise<ApplyReport> {
  return db.transaction('rw', [...RECORD_TABLES(), db.syncChanges, db.syncBase], async () => {
    const report: ApplyReport = { written: 0, kept: [] };
    const marksNow = new Map((await db.syncChanges.toArray()).map((change) => [change.path, change.at]));
    // A restore while the sync ran rewrote every record: all of them stay as restored, and pending.
    const restored = marksNow.has(RESCAN_PATH) && marksNow.get(RESCAN_PATH) !== result.marks.get(RESCAN_PATH);
    const current = await currentEntries(result.entries);
    const repositioned = new Set<string>();
    const puts = new Map<SyncKind, unknown[]>();
    const deletes = new Map<SyncKind, string[]>();
    for (const entry of result.entries) {
      const path = recordPath(entry.ref);
      if (restored || (marksNow.has(path) && marksNow.get(path) !== result.marks.get(path))) {
        report.kept.push(path);
        continue;
      }
      const now = current.get(path);
      if (now ? serializeEntry(now) === serializeEntry(entry) : entry.deleted) continue;
      if (entry.ref.kind === 'picks') repositioned.add(entry.ref.id);
      for (const version of [now, entry]) {
        if (version && !version.deleted && entry.ref.kind === 'blocks' && typeof version.record.pickId === 'string') repositioned.add(version.record.pickId);
      }
      if (entry.deleted) listIn(deletes, entry.ref.kind).push(entry.ref.id);
      else listIn(puts, entry.ref.kind).push(rowOfRecord(entry.ref.kind, entry.record));
      report.written++;
    }
    for (const [kind, ids] of deletes) await tableOf(kind).bulkDelete(ids);
    for (const [kind, rows] of puts) await tableOf(kind).bulkPut(rows);
    await placePicks(repositioned);
    await db.syncBase.bulkPut(result.base);
    const done = [...result.marks].filter(([path, at]) => marksNow.get(path) === at);
    await db.syncChanges.bulkDelete(done.map(([path]) => path));
    return report;
  });
}

/** Forgets what was synced (sync turned off, or another branch chosen): the next sync is a first one. */
export function forgetSyncBase(): Promise<void> {
  return db.transaction('rw', db.syncBase, () => db.syncBase.clear());
}
