// The Dexie schema. Versions are append-only: a change adds `version(n + 1)` with an upgrade and a
// fixture in test/db/upgrade; a shipped `stores()` is never edited.
import { Dexie, type EntityTable } from 'dexie';
import type { Block, Issue, Pick } from '../core/types';
import { DATABASE_NAME } from './name';
import type { SyncChangeRow } from './sync-changes';

/** One setting per row, so each concern (templates, defaults, language) is written on its own. */
export interface SettingRow {
  key: string;
  value: unknown;
  /** Last save (milliseconds), for sync's later-edit-wins rule; rows saved before sync existed lack it. */
  updatedAt?: number;
}

/** What this device and the data branch last agreed on, per record (docs/sync.md, "On the device"). */
export interface SyncBaseRow {
  /** The record's `refKey` (its live file path). */
  key: string;
  /** The file on the branch: the record's path or its tombstone's. */
  path: string;
  /** Git blob id of that file, to see which files the branch changed without reading them. */
  oid: string;
  /** The file's text: the common version a three-way merge needs. */
  text: string;
}

export class GleanerDb extends Dexie {
  picks!: EntityTable<Pick, 'id'>;
  issues!: EntityTable<Issue, 'id'>;
  blocks!: EntityTable<Block, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  syncChanges!: EntityTable<SyncChangeRow, 'path'>;
  syncBase!: EntityTable<SyncBaseRow, 'key'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      // urlKey is not unique: a page published months ago may be picked again.
      picks: 'id, urlKey, issueId, createdAt, updatedAt',
      issues: 'id, status, date, updatedAt',
      blocks: 'id, [issueId+order], issueId, pickId',
      settings: 'key',
    });
    // Sync (issue 12): what changed since the last sync, and what was synced. Blocks get an edit time,
    // taken from their issue's: the best guess there is of when they were last touched.
    this.version(2).stores({
      syncChanges: 'path',
      syncBase: 'key',
    }).upgrade(async (transaction) => {
      const issues = await transaction.table<Issue, string>('issues').toArray();
      const updatedAt = new Map(issues.map((issue) => [issue.id, issue.updatedAt]));
      await transaction.table<Block, string>('blocks').toCollection().modify((block) => {
        block.updatedAt ??= updatedAt.get(block.issueId) ?? 0;
      });
    });
    // Past issues (issue 9): an imported issue is found by its file name, and every page a published issue
    // links to by its normalised URL (`linkKeys`, multi-entry), which the popup's lookup reads.
    this.version(3).stores({
      issues: 'id, status, date, updatedAt, fileName, *linkKeys',
    });
    // The inbox newest first, a screenful at a time (issue 8): 50,000 waiting picks are never read at once.
    this.version(4).stores({
      picks: 'id, urlKey, issueId, createdAt, updatedAt, [issueId+createdAt]',
    });
    // Restoring 50,000 picks (issue 8) writes every index entry of every row: the indexes no query reads go.
    // `where('issueId')` reads the first part of the compound indexes (Dexie's virtual indexes); nothing
    // orders picks by `createdAt` alone.
    this.version(5).stores({
      picks: 'id, urlKey, updatedAt, [issueId+createdAt]',
      blocks: 'id, [issueId+order], pickId',
    });
  }
}
