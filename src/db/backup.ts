// Backup and restore of the whole database. A restore is written in one transaction: if any write fails,
// IndexedDB rolls every table back and the curator's data is as it was.
import { safeBackupFile } from '../core/backup-export';
import type { BackupData, QuarantineEntry } from '../core/backup-format';
import { groupBy } from '../core/group-by';
import { sameData } from '../core/same-data';
import type { Block, Pick } from '../core/types';
import type { Table } from 'dexie';
import { db } from './db';
import type { SettingRow } from './schema';
import { rescanMark } from './sync-changes';

export type RestoreMode = 'replace' | 'merge';

export interface RestoreCounts {
  added: number;
  /** Rows the file had newer (by `updatedAt`) than the database. */
  updated: number;
  /** Rows the database had as new or newer: left as they were. */
  kept: number;
}
export interface RestoreReport {
  picks: RestoreCounts;
  issues: RestoreCounts;
}

const TABLES = [db.picks, db.issues, db.blocks, db.settings];

async function readAll(): Promise<BackupData> {
  return db.transaction('r', TABLES, async () => {
    const rows = await db.settings.toArray();
    return {
      picks: await db.picks.toArray(),
      issues: await db.issues.toArray(),
      blocks: await db.blocks.toArray(),
      settings: Object.fromEntries(rows.map((row) => [row.key, row.value])),
    };
  });
}

export interface ExportResult {
  text: string;
  /** Records repaired or set aside (kept in the file's `quarantine` list), for the curator to see. */
  quarantine: QuarantineEntry[];
}

/**
 * The whole database as the text of a backup file. Never refuses: a record that would not restore is
 * repaired or set aside in the file's `quarantine` list (core/backup-export), and listed.
 */
export async function exportBackup(now: Date = new Date()): Promise<ExportResult> {
  const { file, quarantine } = safeBackupFile(await readAll(), now.toISOString());
  return { text: `${JSON.stringify(file, null, 2)}\n`, quarantine };
}

function counts(): RestoreCounts {
  return { added: 0, updated: 0, kept: 0 };
}

/**
 * `table` ends up holding exactly `rows`, writing only what differs: the stored rows the backup lacks are
 * deleted by key, the backup's rows the table lacks are added, and a stored row is put over only when the
 * backup's differs from it. IndexedDB's cost is per row written (docs/performance.md, "Restoring 50,000
 * picks"), and a put over a row with indexes costs about twice an add into an empty store: restoring a
 * backup over the database it was taken from rewrote 97,000 rows that were already there. Reading the
 * table first is one request, and a small part of writing it. Clearing the table first, as this once did,
 * made IndexedDB delete every row and index entry before writing them again. Two rows of one id are refused
 * here, before anything is written (an add would fail on the second, a put would silently keep it).
 */
async function replaceRows<T, Insert>(table: Table<T, string, Insert>, rows: readonly Insert[], ids: readonly string[]): Promise<void> {
  const keep = new Set(ids);
  if (keep.size !== ids.length) throw new Error(`Two ${table.name} of the backup have the same id: nothing was restored.`);
  // Both in primary-key order: the keys name the rows.
  const [keys, values] = await Promise.all([table.toCollection().primaryKeys(), table.toArray()]);
  const stored = new Map(keys.map((key, index) => [key, values[index]]));
  const gone = [...stored.keys()].filter((key) => !keep.has(key));
  if (gone.length > 0) await table.bulkDelete(gone);
  const added: Insert[] = [];
  const changed: Insert[] = [];
  rows.forEach((row, index) => {
    const current = stored.get(ids[index]!);
    if (current === undefined) added.push(row);
    else if (!sameData(current, row)) changed.push(row);
  });
  if (added.length > 0) await table.bulkAdd(added);
  if (changed.length > 0) await table.bulkPut(changed);
}

async function replaceAll(data: BackupData): Promise<RestoreReport> {
  const settings = Object.entries(data.settings).map(([key, value]): SettingRow => ({ key, value }));
  // Checked for every table before any is written; then the four are written side by side.
  await Promise.all([
    replaceRows(db.picks, data.picks, data.picks.map((pick) => pick.id)),
    replaceRows(db.issues, data.issues, data.issues.map((issue) => issue.id)),
    replaceRows(db.blocks, data.blocks, data.blocks.map((block) => block.id)),
    replaceRows(db.settings, settings, settings.map((row) => row.key)),
  ]);
  return {
    picks: { ...counts(), added: data.picks.length },
    issues: { ...counts(), added: data.issues.length },
  };
}

/**
 * For each pick of the file, the database pick it updates: the one with its id, else the newest with its
 * normalised URL that no other pick of the file already claimed (two picks of one page, say a published
 * one and a newer one, must not collapse into one). Two reads in all, whatever the number of picks.
 */
async function matchPicks(picks: readonly Pick[]): Promise<Map<string, Pick | undefined>> {
  const byId = await db.picks.bulkGet(picks.map((pick) => pick.id));
  const claimed = new Set(byId.flatMap((pick) => (pick ? [pick.id] : [])));
  const unmatched = picks.filter((_, index) => !byId[index]);
  const sameUrl = groupBy(await db.picks.where('urlKey').anyOf(unmatched.map((pick) => pick.urlKey)).toArray(), (pick) => pick.urlKey);
  for (const candidates of sameUrl.values()) candidates.sort((a, b) => b.updatedAt - a.updatedAt);
  const matches = new Map<string, Pick | undefined>();
  for (const [index, pick] of picks.entries()) {
    let match = byId[index];
    if (!match) {
      match = sameUrl.get(pick.urlKey)?.find((candidate) => !claimed.has(candidate.id));
      if (match) claimed.add(match.id);
    }
    matches.set(pick.id, match);
  }
  return matches;
}

/**
 * Picks: same id or same normalised URL → the newer `updatedAt` wins, under the database's id so the
 * database's blocks still point at it. Issues: same id → the newer wins, with its own blocks.
 * Settings: the database keeps its own; keys it lacks are added.
 * Reads and writes are batched (bulk and anyOf), never one query per record: 50,000 picks in seconds.
 */
async function merge(data: BackupData): Promise<RestoreReport> {
  const report = { picks: counts(), issues: counts() };
  const databaseIdOf = new Map<string, string>();
  // Picks whose blocks changed: their issueId is derived again at the end.
  const touched = new Set<string>();

  const matches = await matchPicks(data.picks);
  const pickWrites: Pick[] = [];
  for (const pick of data.picks) {
    const existing = matches.get(pick.id);
    databaseIdOf.set(pick.id, existing?.id ?? pick.id);
    if (existing && existing.updatedAt >= pick.updatedAt) {
      report.picks.kept++;
      continue;
    }
    pickWrites.push({ ...pick, id: existing?.id ?? pick.id });
    touched.add(existing?.id ?? pick.id);
    report.picks[existing ? 'updated' : 'added']++;
  }
  await db.picks.bulkPut(pickWrites);

  const existingIssues = await db.issues.bulkGet(data.issues.map((issue) => issue.id));
  const written = data.issues.filter((issue, index) => {
    const existing = existingIssues[index];
    const newer = !existing || existing.updatedAt < issue.updatedAt;
    report.issues[!newer ? 'kept' : existing ? 'updated' : 'added']++;
    return newer;
  });
  const writtenIds = written.map((issue) => issue.id);
  const oldBlocks = await db.blocks.where('issueId').anyOf(writtenIds).toArray();
  const fileBlocks = groupBy(data.blocks, (block) => block.issueId);
  const newBlocks = writtenIds.flatMap((issueId) => (fileBlocks.get(issueId) ?? [])
    .map((block): Block => (block.type === 'pick' ? { ...block, pickId: databaseIdOf.get(block.pickId) ?? block.pickId } : block)));
  for (const block of [...oldBlocks, ...newBlocks]) if (block.type === 'pick') touched.add(block.pickId);
  await db.blocks.bulkDelete(oldBlocks.map((block) => block.id));
  await db.blocks.bulkPut(newBlocks);
  await db.issues.bulkPut(written);

  const present = new Set(await db.settings.toCollection().primaryKeys());
  const missing = Object.entries(data.settings).filter(([key]) => !present.has(key));
  await db.settings.bulkAdd(missing.map(([key, value]) => ({ key, value })));

  const ids = [...touched];
  const issueOf = new Map((await db.blocks.where('pickId').anyOf(ids).toArray()).map((block) => [block.type === 'pick' ? block.pickId : '', block.issueId]));
  const picks = (await db.picks.bulkGet(ids)).flatMap((pick) => (pick ? [{ ...pick, issueId: issueOf.get(pick.id) ?? '' }] : []));
  await db.picks.bulkPut(picks);
  return report;
}

/**
 * Writes a validated backup (see `parseBackup` + `fromBackupFile`) in one transaction. A replace may change
 * every record: it marks them for sync with one `RESCAN` mark, not one row each (its transaction names the
 * marks' table, so the marking middleware leaves it alone; docs/sync.md). A merge writes few records when
 * the data is already there: each is marked as any write is.
 */
export function restoreBackup(data: BackupData, mode: RestoreMode): Promise<RestoreReport> {
  if (mode === 'merge') return db.transaction('rw', TABLES, () => merge(data));
  return db.transaction('rw', [...TABLES, db.syncChanges], async () => {
    const report = await replaceAll(data);
    await db.syncChanges.put(rescanMark(Date.now()));
    return report;
  });
}
