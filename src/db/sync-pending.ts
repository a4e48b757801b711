// The pending-changes count on its own: the options page watches it from its first script, which must not
// pull in the merge engine (zod and all) that db/sync needs.
import { db } from './db';
import { RESCAN_PATH } from './sync-changes';

/**
 * How many records changed here since the last sync (the status line's "pending changes"). After a restore
 * (its one `RESCAN` mark) every record is compared with the branch, so every record counts.
 */
export async function countPendingChanges(): Promise<number> {
  const marks = await db.syncChanges.count();
  if (!(await db.syncChanges.get(RESCAN_PATH))) return marks;
  let records = 0;
  for (const table of [db.picks, db.issues, db.blocks, db.settings]) records += await table.count();
  return marks - 1 + records;
}
