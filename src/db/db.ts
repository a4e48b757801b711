import { trackPendingWrites } from './pending-writes';
import { GleanerDb } from './schema';
import { trackSyncChanges } from './sync-changes';
import { trackWrittenRows } from './written-rows';

/** The one database every extension page shares; liveQuery carries writes between pages. */
export const db = new GleanerDb();
trackPendingWrites(db);
trackSyncChanges(db);
trackWrittenRows(db, ['picks']);

export function newId(): string {
  return crypto.randomUUID();
}
