// The Dexie schema. Versions are append-only: a change adds `version(n + 1)` with an upgrade and a
// fixture in test/db/upgrade; a shipped `stores()` is never edited.
import { Dexie, type EntityTable } from 'dexie';
import type { Block, Issue, Pick } from '../core/types';
import { DATABASE_NAME } from './name';

/** One setting per row, so each concern (templates, defaults, language) is written on its own. */
export interface SettingRow {
  key: string;
  value: unknown;
}

export class GleanerDb extends Dexie {
  picks!: EntityTable<Pick, 'id'>;
  issues!: EntityTable<Issue, 'id'>;
  blocks!: EntityTable<Block, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      // urlKey is not unique: a page published months ago may be picked again.
      picks: 'id, urlKey, issueId, createdAt, updatedAt',
      issues: 'id, status, date, updatedAt',
      blocks: 'id, [issueId+order], issueId, pickId',
      settings: 'key',
    });
  }
}
