// The rows this page's own writes stored, handed to watchers in this page as the write commits, with no
// read. Dexie's `storagemutated` names the keys a write changed; reading them back queues behind every
// other read that write set off (in a 50,000-pick database, the inbox's and the badge's counts: seconds on
// a busy machine), and the composer's own "Add to issue" would wait for them (issue 8, ten times the data).
// Writes from other pages still arrive as keys only (db/issue-content-watch reads those).
// For the tables named at install, the rows as they were before the write come too (one read of the
// written keys inside the write's transaction): db/inbox-count keeps the inbox's count by them.
import type { DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Dexie } from 'dexie';
import { logError } from '../platform/log';
import { readWriteEvents } from './pending-writes';

/** What one committed transaction stored in a table: rows put (as stored) and keys deleted. */
export interface TableWrites {
  put: Map<string, unknown>;
  deleted: Set<string>;
  /**
   * For the tables whose earlier rows are asked for: each written key's row as it was before the
   * transaction (undefined: there was none).
   */
  before?: Map<string, unknown>;
}

/** Per table; a table left out was not written, or not in a way that can be told row by row. */
export type CommittedRows = ReadonlyMap<string, TableWrites>;

/** More rows than this in one transaction are not handed over (a restore, a sync): readers read. */
const MOST_ROWS = 50;

/**
 * Hears the rows of a committed transaction, and its place among this page's transactions: `seq` grows
 * with each transaction this page creates (see `transactionSeq`).
 */
type Listener = (rows: CommittedRows, seq: number) => void;
const listeners = new Set<Listener>();

/**
 * Calls `listener` with the rows of each read-write transaction of this page as it commits, before
 * Dexie's `storagemutated` for the same transaction. Returns the unsubscribe function.
 */
export function onCommittedRows(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

type TablesListener = (tables: ReadonlySet<string>) => void;
const tablesListeners = new Set<TablesListener>();

/**
 * Calls `listener` with the tables each read-write transaction of this page wrote, as it commits, however
 * many rows it wrote (a restore, a sync): for watchers of this page's own writes only, which other pages'
 * `storagemutated` events would wake for nothing. Returns the unsubscribe function.
 */
export function onCommittedTables(listener: TablesListener): () => void {
  tablesListeners.add(listener);
  return () => tablesListeners.delete(listener);
}

/** Each transaction this page created, numbered in the order they were created. */
const seqs = new WeakMap<object, number>();
let created = 0;

/**
 * The place of `transaction` (Dexie's `Transaction.idbtrans`) among this page's transactions, undefined
 * for one created elsewhere. A read-only transaction sees the writes of every read-write transaction
 * created before it and none created after (IndexedDB runs overlapping ones in the order they were made).
 */
export function transactionSeq(transaction: unknown): number | undefined {
  return typeof transaction === 'object' && transaction !== null ? seqs.get(transaction) : undefined;
}

/** A transaction's writes so far; rows null once they cannot all be told (a range, a bulk, a failure). */
interface Gathered {
  rows: Map<string, TableWrites> | null;
  tables: Set<string>;
}

/** The keys a put, add or delete writes, as its request names them (inbound keys taken from the rows). */
function keysOf(table: DBCoreTable, request: Exclude<DBCoreMutateRequest, { type: 'deleteRange' }>): unknown[] {
  if (request.type === 'delete' || request.keys) return request.keys ?? [];
  const { extractKey } = table.schema.primaryKey;
  return extractKey ? request.values.map(extractKey) : [];
}

/** The rows `request` is about to write over, read in its transaction; null when its keys are not all ids. */
async function rowsBefore(table: DBCoreTable, request: Exclude<DBCoreMutateRequest, { type: 'deleteRange' }>): Promise<Map<string, unknown> | null> {
  const keys = keysOf(table, request);
  const count = request.type === 'delete' ? request.keys.length : request.values.length;
  if (keys.length !== count || !keys.every((key) => typeof key === 'string')) return null;
  const rows = request.type === 'add' ? keys.map(() => undefined) : await table.getMany({ trans: request.trans, keys });
  return new Map(keys.map((key, index) => [key as string, rows[index]]));
}

function record(
  gathered: Map<string, TableWrites>,
  table: string,
  request: DBCoreMutateRequest,
  response: DBCoreMutateResponse,
  before: Map<string, unknown> | null | undefined,
): boolean {
  if (request.type === 'deleteRange' || response.numFailures > 0 || before === null) return false;
  const writes = gathered.get(table) ?? { put: new Map<string, unknown>(), deleted: new Set<string>(), ...(before ? { before: new Map() } : {}) };
  gathered.set(table, writes);
  // The row before the transaction: the first write of a key in it read that.
  for (const [key, row] of before ?? []) if (writes.before && !writes.before.has(key)) writes.before.set(key, row);
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

/** Calls each listener, so that one watcher's failure is not the write's, nor the other watchers'. */
function tell<A extends unknown[]>(each: Iterable<(...args: A) => void>, ...args: A): void {
  for (const listener of each) {
    try {
      listener(...args);
    } catch (error) {
      logError('a watcher of committed rows failed', error);
    }
  }
}

/**
 * Installs the middleware on `database` (before it opens). For the tables in `withBefore`, each written
 * row's earlier value is read and handed over too.
 */
export function trackWrittenRows(database: Dexie, withBefore: readonly string[] = []): void {
  const byTransaction = new WeakMap<object, Gathered>();
  database.use({
    stack: 'dbcore',
    name: 'written-rows',
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        const transaction = down.transaction(stores, mode, options);
        const seq = ++created;
        seqs.set(transaction, seq);
        const events = readWriteEvents(transaction, mode);
        if (events) {
          const gathered: Gathered = { rows: new Map(), tables: new Set() };
          byTransaction.set(transaction, gathered);
          events.addEventListener('complete', () => {
            byTransaction.delete(transaction);
            if (gathered.tables.size === 0) return;
            if (gathered.rows && gathered.rows.size > 0) tell(listeners, gathered.rows, seq);
            tell(tablesListeners, gathered.tables);
          });
        }
        return transaction;
      },
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          async mutate(request) {
            const gathered = byTransaction.get(request.trans);
            // Counted before anything is read or copied: a restore's bulk is never cloned here.
            const incoming = request.type === 'deleteRange' ? Number.POSITIVE_INFINITY : request.type === 'delete' ? request.keys.length : request.values.length;
            const telling = gathered?.rows && request.type !== 'deleteRange' && size(gathered.rows) + incoming <= MOST_ROWS;
            // Both asked at once, in this order: IndexedDB answers a transaction's requests in turn, so the
            // read sees the rows before the write, and its answer is in before the write's. Not awaited:
            // each extra wait here delays the caller's next step past Dexie's zone echoes, and the
            // transaction commits under it (PrematureCommitError).
            let before: Map<string, unknown> | null | undefined;
            if (telling && withBefore.includes(name)) {
              before = null;
              rowsBefore(table, request).then((rows) => { before = rows; }, () => undefined);
            }
            const response = await table.mutate(request);
            if (gathered) {
              gathered.tables.add(name);
              if (gathered.rows && !(telling && record(gathered.rows, name, request, response, before))) gathered.rows = null;
            }
            return response;
          },
        };
      },
    }),
  });
}
