// The rows this page's own writes stored, handed to watchers in this page as the write commits, with no
// read. Dexie's `storagemutated` names the keys a write changed; reading them back queues behind every
// other read that write set off (in a 50,000-pick database, the inbox's and the badge's counts: seconds on
// a busy machine), and the composer's own "Add to issue" would wait for them (issue 8, ten times the data).
// Writes from other pages still arrive as keys only (db/issue-content-watch reads those).
import type { DBCoreMutateRequest, DBCoreMutateResponse, Dexie } from 'dexie';
import { logError } from '../platform/log';
import { readWriteEvents } from './pending-writes';

/** What one committed transaction stored in a table: rows put (as stored) and keys deleted. */
export interface TableWrites {
  put: Map<string, unknown>;
  deleted: Set<string>;
}

/** Per table; a table left out was not written, or not in a way that can be told row by row. */
export type CommittedRows = ReadonlyMap<string, TableWrites>;

/** More rows than this in one transaction are not handed over (a restore, a sync): readers read. */
const MOST_ROWS = 50;

type Listener = (rows: CommittedRows) => void;
const listeners = new Set<Listener>();

/**
 * Calls `listener` with the rows of each read-write transaction of this page as it commits, before
 * Dexie's `storagemutated` for the same transaction. Returns the unsubscribe function.
 */
export function onCommittedRows(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A transaction's writes so far; null once they cannot all be told (a range, a bulk, a failure). */
type Gathered = Map<string, TableWrites> | null;

function record(gathered: Map<string, TableWrites>, table: string, request: DBCoreMutateRequest, response: DBCoreMutateResponse): boolean {
  if (request.type === 'deleteRange' || response.numFailures > 0) return false;
  const writes = gathered.get(table) ?? { put: new Map<string, unknown>(), deleted: new Set<string>() };
  gathered.set(table, writes);
  if (request.type === 'delete') {
    for (const key of request.keys) {
      if (typeof key !== 'string') return false;
      writes.put.delete(key);
      writes.deleted.add(key);
    }
    return true;
  }
  const keys: unknown[] = response.results ?? request.keys ?? [];
  if (keys.length !== request.values.length) return false;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index];
    if (typeof key !== 'string') return false;
    writes.deleted.delete(key);
    // A copy: the caller keeps the object it wrote and may change it; what was stored does not change.
    writes.put.set(key, structuredClone(request.values[index]));
  }
  return true;
}

function size(gathered: Map<string, TableWrites>): number {
  let rows = 0;
  for (const writes of gathered.values()) rows += writes.put.size + writes.deleted.size;
  return rows;
}

/** Installs the middleware on `database` (before it opens). */
export function trackWrittenRows(database: Dexie): void {
  const byTransaction = new WeakMap<object, Gathered>();
  database.use({
    stack: 'dbcore',
    name: 'written-rows',
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        const transaction = down.transaction(stores, mode, options);
        const events = readWriteEvents(transaction, mode);
        if (events) {
          byTransaction.set(transaction, new Map());
          events.addEventListener('complete', () => {
            const gathered = byTransaction.get(transaction);
            byTransaction.delete(transaction);
            if (!gathered || gathered.size === 0) return;
            for (const listener of listeners) {
              try {
                listener(gathered);
              } catch (error) {
                // One watcher's failure is not the write's, nor the other watchers'.
                logError('a watcher of committed rows failed', error);
              }
            }
          });
        }
        return transaction;
      },
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          async mutate(request) {
            const response = await table.mutate(request);
            const gathered = byTransaction.get(request.trans);
            if (gathered) {
              // Counted before anything is copied: a restore's bulk is never cloned here.
              const incoming = request.type === 'deleteRange' ? Number.POSITIVE_INFINITY : request.type === 'delete' ? request.keys.length : request.values.length;
              const told = size(gathered) + incoming <= MOST_ROWS && record(gathered, name, request, response);
              byTransaction.set(request.trans, told ? gathered : null);
            }
            return response;
          },
        };
      },
    }),
  });
}
