// A whole data branch as records in memory: what the command line reads, what a first sync compares, and
// what the property tests merge. The extension's incremental sync uses the same per-record functions on
// only the records that changed (src/db/sync-apply.ts).
import type { BackupData } from '../backup-format';
import type { Block, Issue, Pick } from '../types';
import { parsePath, refKey, type SyncKind } from './layout';
import { mergeEntry } from './merge';
import { respaceCollisions, strayBlocks, type BlockRecord } from './normalize';
import { entryOfRow, parseEntry, rowOfRecord, tombstone, type SettingRecord, type SyncEntry } from './records';

/** Entries by `refKey`: one per record, live or deleted. */
export type SyncState = Map<string, SyncEntry>;

export function stateOf(entries: Iterable<SyncEntry>): SyncState {
  return new Map([...entries].map((entry) => [refKey(entry.ref), entry]));
}

/** Three-way merge of every record any of the three knows (see mergeEntry), then the repairs. */
export function mergeStates(base: SyncState, local: SyncState, remote: SyncState): SyncState {
  const merged: SyncState = new Map();
  for (const key of new Set([...base.keys(), ...local.keys(), ...remote.keys()])) {
    const entry = mergeEntry(base.get(key), local.get(key), remote.get(key));
    if (entry) merged.set(key, entry);
  }
  for (const entry of repairs(merged)) merged.set(refKey(entry.ref), entry);
  return merged;
}

function liveRecords(state: SyncState, kind: SyncKind): BlockRecord[] {
  return [...state.values()].flatMap((entry) => (entry.ref.kind === kind && !entry.deleted ? [entry.record as BlockRecord] : []));
}

/** The repairs a merged state needs (normalize.ts): tombstones for stray blocks, new keys for collisions. */
export function repairs(state: SyncState): SyncEntry[] {
  const live = (kind: SyncKind) => (id: string): boolean => state.get(refKey({ kind, id }))?.deleted === false;
  const blocks = liveRecords(state, 'blocks');
  const stray = strayBlocks(blocks, live('picks'), live('issues'));
  const gone = new Set(stray.map((block) => block.id));
  const byIssue = new Map<string, BlockRecord[]>();
  for (const block of blocks) {
    if (gone.has(block.id)) continue;
    // Pushed, not copied: a copy per block is quadratic in a 5,000-block draft.
    const same = byIssue.get(block.issueId);
    if (same) same.push(block);
    else byIssue.set(block.issueId, [block]);
  }
  return [
    ...stray.map((block) => tombstone({ kind: 'blocks', id: block.id }, block.updatedAt)),
    ...[...byIssue.values()].flatMap(respaceCollisions).map((block): SyncEntry => ({ ref: { kind: 'blocks', id: block.id }, deleted: false, record: block })),
  ];
}

export interface ReadProblem {
  path: string;
  message: string;
}

/** Reads a data branch's files (path → text). Files that are no record are ignored; bad ones are reported. */
export function readState(files: Iterable<[string, string]>): { state: SyncState; problems: ReadProblem[] } {
  const state: SyncState = new Map();
  const problems: ReadProblem[] = [];
  for (const [path, text] of files) {
    const place = parsePath(path);
    if (!place) continue;
    const parsed = parseEntry(place, place.tombstone, text);
    if (!parsed.ok) {
      problems.push({ path, message: parsed.message });
      continue;
    }
    // A record and its tombstone both present (a hand edit): the later one is the record's state.
    const key = refKey(place);
    state.set(key, mergeEntry(undefined, state.get(key), parsed.entry) ?? parsed.entry);
  }
  return { state, problems };
}

/** The state of a database's rows (every record live). */
export function stateOfRows(data: BackupData): SyncState {
  const settings = Object.entries(data.settings).map(([key, value]): SettingRecord => ({ key, value }));
  return stateOf([
    ...data.picks.map((row) => entryOfRow('picks', row)),
    ...data.issues.map((row) => entryOfRow('issues', row)),
    ...data.blocks.map((row) => entryOfRow('blocks', row)),
    ...settings.map((row) => entryOfRow('settings', row)),
  ]);
}

/** The database rows of a state: picks placed in the issue of the block that shows them. */
export function rowsOfState(state: SyncState): BackupData {
  const data: BackupData = { picks: [], issues: [], blocks: [], settings: {} };
  for (const entry of state.values()) {
    if (entry.deleted) continue;
    const { kind } = entry.ref;
    if (kind === 'picks') data.picks.push(rowOfRecord('picks', entry.record) as Pick);
    else if (kind === 'issues') data.issues.push(rowOfRecord('issues', entry.record) as Issue);
    else if (kind === 'blocks') data.blocks.push(rowOfRecord('blocks', entry.record) as Block);
    else data.settings[entry.ref.id] = (entry.record as unknown as SettingRecord).value;
  }
  const issueOfPick = new Map(data.blocks.flatMap((block) => (block.type === 'pick' ? [[block.pickId, block.issueId] as const] : [])));
  for (const pick of data.picks) pick.issueId = issueOfPick.get(pick.id) ?? '';
  return data;
}
