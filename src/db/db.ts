import { trackPendingWrites } from './pending-writes';
import { GleanerDb } from './schema';

/** The one database every extension page shares; liveQuery carries writes between pages. */
export const db = new GleanerDb();
trackPendingWrites(db);

export function newId(): string {
  return crypto.randomUUID();
}
