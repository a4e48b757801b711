// Counts every row the database writes, table by table, below Dexie's API and its other middlewares (so
// hooks, bulk calls, modify() and sync's change marks are all seen), and the counts and rows read. Shared by the
// write budget tests, the watchers' read tests and the benchmark.
import type { DBCoreMutateRequest, Dexie } from 'dexie';

export interface WriteCounter {
  /** Rows written per table since the last reset (a range delete, such as clear(), is counted apart). */
  readonly rows: Record<string, number>;
  /** Range deletes (clear(), a key range) per table since the last reset: which rows they hold is not read here. */
  readonly ranges: Record<string, number>;
  /** Counts asked per table since the last reset: IndexedDB counts by walking every entry in range. */
  readonly counts: Record<string, number>;
  /** Rows the database handed back (get, getMany, queries) since the last reset, all tables together. */
  rowsRead(): number;
  total(): number;
  reset(): void;
}

function rowsOf(request: Exclude<DBCoreMutateRequest, { type: 'deleteRange' }>): number {
  return request.type === 'delete' ? request.keys.length : request.values.length;
}

/** Installs a DBCore middleware on `database` (before it opens) and returns its counter. */
export function countWrites(database: Dexie): WriteCounter {
  const rows: Record<string, number> = {};
  const ranges: Record<string, number> = {};
  const counts: Record<string, number> = {};
  let read = 0;
  database.use({
    stack: 'dbcore',
    name: 'count-writes',
    // The lowest level sits right above IndexedDB: it sees what the middlewares above add to a write
    // (sync's change marks, src/db/sync-changes.ts), not only what the API call asked for.
    level: 0,
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate(request) {
            if (request.type === 'deleteRange') ranges[name] = (ranges[name] ?? 0) + 1;
            else rows[name] = (rows[name] ?? 0) + rowsOf(request);
            return table.mutate(request);
          },
          count(request) {
            counts[name] = (counts[name] ?? 0) + 1;
            return table.count(request);
          },
          get(request) {
            read += 1;
            return table.get(request);
          },
          getMany(request) {
            read += request.keys.length;
            return table.getMany(request);
          },
          async query(request) {
            const response = await table.query(request);
            read += response.result.length;
            return response;
          },
        };
      },
    }),
  });
  return {
    rows,
    ranges,
    counts,
    rowsRead: () => read,
    total: () => Object.values(rows).reduce((sum, count) => sum + count, 0),
    reset: () => {
      for (const record of [rows, ranges, counts]) for (const name of Object.keys(record)) delete record[name];
      read = 0;
    },
  };
}
