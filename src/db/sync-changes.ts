// Which records changed on this device since they were last synced (docs/sync.md, "On the device"). Every
// write to a synced table, whatever function made it, marks the record's path in `syncChanges` in the same
// transaction: a change cannot be stored without being marked, and the mark costs one small row. A transaction
// that names the marks' or the base's table itself writes its own marks: sync applying the branch writes none,
// a restore writes one `RESCAN` mark instead of one per record (docs/sync.md, "On the device").
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Dexie } from 'dexie';
import { recordPath, SYNC_KINDS, type SyncKind } from '../core/sync/layout';

/** A record changed since its last sync. `at` is when (for a deletion: the tombstone's time). */
export interface SyncChangeRow {
  path: string;
  /** `all`: the `RESCAN` mark, for every record. */
  kind: SyncKind | 'all';
  id: string;
  at: number;
}

export const CHANGES_TABLE = 'syncChanges';
export const BASE_TABLE = 'syncBase';

/**
 * The path of the one mark that says "compare every record with the branch" (a restore rewrote them all):
 * not a file name a record can have (`picks/ID.json`), so it never stands for one record.
 */
export const RESCAN_PATH = '*';

/** The mark a restore writes instead of one per record: the next sync compares every record, like a first one. */
export function rescanMark(at: number): SyncChangeRow {
  return { path: RESCAN_PATH, kind: 'all', id: RESCAN_PATH, at };
}

function isSynced(name: string): name is SyncKind {
  return (SYNC_KINDS as readonly string[]).includes(name);
}

/** The primary keys an add, put or delete touches, in its operation order. */
function keysOf(table: DBCoreTable, request: Exclude<DBCoreMutateRequest, { type: 'deleteRange' }>): unknown[] {
  if (request.type === 'delete') return request.keys;
  return request.keys ?? request.values.map((value) => table.schema.primaryKey.extractKey!(value));
}

function tracking(down: DBCore, tracked: WeakSet<DBCoreTransaction>, now: () => number): DBCore {
  return {
    ...down,
    transaction(stores, mode, options) {
      const marks = mode === 'readwrite' && stores.some(isSynced) && !stores.includes(BASE_TABLE) && !stores.includes(CHANGES_TABLE);
      const transaction = down.transaction(marks ? [...stores, CHANGES_TABLE] : stores, mode, options);
      if (marks) tracked.add(transaction);
      return transaction;
    },
    table(name) {
      const table = down.table(name);
      if (!isSynced(name)) return table;
      return {
        ...table,
        // No `await` here: Dexie's lower middlewares find their transaction in a zone that only Dexie's
        // own promise chains carry along.
        mutate(request) {
          if (!tracked.has(request.trans)) return table.mutate(request);
          const mark = (keys: unknown[], response: DBCoreMutateResponse): Promise<DBCoreMutateResponse> | DBCoreMutateResponse => {
            const at = now();
            const values = keys
              .filter((key, index) => typeof key === 'string' && !(index in response.failures))
              .map((id): SyncChangeRow => ({ path: recordPath({ kind: name, id: id as string }), kind: name, id: id as string, at }));
            if (values.length === 0) return response;
            return down.table(CHANGES_TABLE).mutate({ type: 'put', trans: request.trans, values }).then(() => response);
          };
          if (request.type !== 'deleteRange') {
            const keys = keysOf(table, request);
            return table.mutate(request).then((response) => mark(keys, response));
          }
          // A range (clear(), a primary-key range delete): which keys it holds must be read first.
          const query = { index: table.schema.primaryKey, range: request.range };
          return table.query({ trans: request.trans, values: false, query })
            .then((found) => table.mutate(request).then((response) => mark(found.result, { ...response, failures: {} })));
        },
      };
    },
  };
}

/** Installs the marking on `database` (before it opens). `now` is injectable for tests. */
export function trackSyncChanges(database: Dexie, now: () => number = Date.now): void {
  const tracked = new WeakSet<DBCoreTransaction>();
  database.use({ stack: 'dbcore', name: 'sync-changes', create: (down) => tracking(down, tracked, now) });
}
