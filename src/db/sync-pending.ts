// The pending-changes count on its own: the options page watches it from its first script, which must not
// pull in the merge engine (zod and all) that db/sync needs.
import { db } from './db';

/** How many records changed here since the last sync (the status line's "pending changes"). */
export function countPendingChanges(): Promise<number> {
  return db.syncChanges.count();
}
