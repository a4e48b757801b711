// What restoring 50,000 picks costs IndexedDB itself, whatever the code above it (issue 8: restore ≤ 3 s).
// The rows a real restore left in the database are written again by plain IndexedDB, in one page, under
// several layouts: as many rows, fewer rows, the same bytes in few rows; with and without the schema's
// indexes; put or add; one transaction or one per store in parallel. Variants alternate, medians are kept.
import type { Page } from 'playwright-core';

export interface FloorVariant {
  name: string;
  rows: number;
  /** Size of the rows as JSON text: roughly what IndexedDB serialises. */
  bytes: number;
  times: number[];
}

/**
 * Every variant whose name matches `only` (a regular expression), written `rounds` times in turn by `page`
 * (an extension page of the restored database).
 */
export function floorVariants(page: Page, rounds: number, only = ''): Promise<FloorVariant[]> {
  return page.evaluate(async ({ rounds, only }) => {
    type Row = Record<string, unknown> & { id: string };
    type Stores = Record<string, { indexes: Array<[string, string | string[], boolean]> }>;
    interface Layout { name: string; stores: Stores; rows: Record<string, Row[]>; method: 'add' | 'put'; parallel: boolean; clear?: boolean; full?: boolean }
    const open = (name: string, create?: (db: IDBDatabase) => void): Promise<IDBDatabase> => new Promise((resolve, reject) => {
      const request = create ? indexedDB.open(name, 1) : indexedDB.open(name);
      if (create) request.onupgradeneeded = () => create(request.result);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const done = (request: IDBRequest | IDBTransaction): Promise<void> => new Promise((resolve, reject) => {
      if (request instanceof IDBTransaction) request.oncomplete = () => resolve();
      else request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    const source = await open('gleaner');
    const read = source.transaction(['picks', 'issues', 'blocks'], 'readonly');
    const getAll = async (store: string): Promise<Row[]> => {
      const request = read.objectStore(store).getAll();
      await done(request);
      return request.result as Row[];
    };
    const [picks, issues, blocks] = [await getAll('picks'), await getAll('issues'), await getAll('blocks')];
    source.close();

    // Schema version 5's indexes (src/db/schema.ts).
    const INDEXED: Stores = {
      picks: { indexes: [['urlKey', 'urlKey', false], ['updatedAt', 'updatedAt', false], ['[issueId+createdAt]', ['issueId', 'createdAt'], false]] },
      issues: { indexes: [['status', 'status', false], ['date', 'date', false], ['updatedAt', 'updatedAt', false], ['fileName', 'fileName', false], ['linkKeys', 'linkKeys', true]] },
      blocks: { indexes: [['[issueId+order]', ['issueId', 'order'], false], ['pickId', 'pickId', false]] },
    };
    const bare = (names: string[]): Stores => Object.fromEntries(names.map((name) => [name, { indexes: [] }]));
    const today = { picks, issues, blocks };
    // Fewer rows: an issue's blocks inside its issue row (picks + issues: ≈ 52,000 rows).
    const blocksOf = new Map<string, Row[]>();
    for (const block of blocks) {
      const list = blocksOf.get(block.issueId as string) ?? [];
      list.push(block);
      blocksOf.set(block.issueId as string, list);
    }
    const nested = { picks, issues: issues.map((issue) => ({ ...issue, blocks: blocksOf.get(issue.id) ?? [] })) };
    // The same bytes in 1,000 big rows.
    const all = [...picks, ...issues, ...blocks];
    const chunk = Math.ceil(all.length / 1000);
    const big = { chunks: Array.from({ length: Math.ceil(all.length / chunk) }, (_, index) => ({ id: `c${index}`, rows: all.slice(index * chunk, (index + 1) * chunk) })) };
    // The same rows as JSON text (one string per row): structured clone of a string, not of an object.
    const text = { picks: picks.map((row) => ({ id: row.id, json: JSON.stringify(row) })), issues: issues.map((row) => ({ id: row.id, json: JSON.stringify(row) })), blocks: blocks.map((row) => ({ id: row.id, json: JSON.stringify(row) })) };

    const layouts: Layout[] = [
      { name: '97k rows, no index, add, one transaction (the bench floor)', stores: bare(['picks', 'issues', 'blocks']), rows: today, method: 'add', parallel: false },
      { name: '97k rows, no index, put', stores: bare(['picks', 'issues', 'blocks']), rows: today, method: 'put', parallel: false },
      { name: '97k rows, no index, one transaction per store in parallel', stores: bare(['picks', 'issues', 'blocks']), rows: today, method: 'add', parallel: true },
      { name: '97k rows, schema v5 indexes, add (what a restore writes)', stores: INDEXED, rows: today, method: 'add', parallel: false },
      { name: '97k rows, schema v5 indexes, clearing the same 97k rows first in the same transaction (a replace)', stores: INDEXED, rows: today, method: 'add', parallel: false, clear: true },
      { name: '97k rows, schema v5 indexes, clearing the same 97k rows first, then put', stores: INDEXED, rows: today, method: 'put', parallel: false, clear: true },
      { name: '97k rows, schema v5 indexes, put over the same 97k rows (no clear)', stores: INDEXED, rows: today, method: 'put', parallel: false, full: true },
      { name: '97k rows, schema v5 indexes, one transaction per store in parallel', stores: INDEXED, rows: today, method: 'add', parallel: true },
      { name: '52k rows: blocks inside their issue, no index', stores: bare(['picks', 'issues']), rows: nested, method: 'add', parallel: false },
      { name: '52k rows: blocks inside their issue, indexes (picks, issues)', stores: { picks: INDEXED.picks!, issues: INDEXED.issues! }, rows: nested, method: 'add', parallel: false },
      { name: '50k rows: picks only, no index', stores: bare(['picks']), rows: { picks }, method: 'add', parallel: false },
      { name: '50k rows: picks only, indexes', stores: { picks: INDEXED.picks! }, rows: { picks }, method: 'add', parallel: false },
      { name: 'the same data in 1,000 big rows', stores: bare(['chunks']), rows: big, method: 'add', parallel: false },
      { name: '97k rows, each a JSON string, no index', stores: bare(['picks', 'issues', 'blocks']), rows: text, method: 'add', parallel: false },
    ];

    async function writeOnce(layout: Layout): Promise<number> {
      await done(indexedDB.deleteDatabase('bench-floor'));
      const db = await open('bench-floor', (db) => {
        for (const [name, { indexes }] of Object.entries(layout.stores)) {
          const store = db.createObjectStore(name, { keyPath: 'id' });
          for (const [index, keyPath, multiEntry] of indexes) store.createIndex(index, keyPath, { multiEntry });
        }
      });
      const names = Object.keys(layout.rows);
      const write = (stores: string[], clear = false): Promise<void> => {
        const transaction = db.transaction(stores, 'readwrite');
        for (const store of stores) {
          const objectStore = transaction.objectStore(store);
          if (clear) objectStore.clear();
          for (const row of layout.rows[store]!) objectStore[layout.method](row);
        }
        return done(transaction);
      };
      // A replace finds the database full: the rows it clears are written first, untimed.
      if (layout.clear || layout.full) await write(names);
      const start = performance.now();
      await (layout.parallel ? Promise.all(names.map((name) => write([name]))) : write(names, layout.clear));
      const time = performance.now() - start;
      db.close();
      await done(indexedDB.deleteDatabase('bench-floor'));
      return time;
    }

    // BENCH_VARIANTS (a regular expression) picks some of them.
    const chosen = layouts.filter((layout) => new RegExp(only).test(layout.name));
    const results = chosen.map((layout) => {
      const rows = Object.values(layout.rows).reduce((sum, list) => sum + list.length, 0);
      const bytes = Object.values(layout.rows).reduce((sum, list) => sum + JSON.stringify(list).length, 0);
      return { name: layout.name, rows, bytes, times: [] as number[] };
    });
    for (let round = 0; round < rounds; round++) {
      for (const [index, layout] of chosen.entries()) results[index]!.times.push(await writeOnce(layout));
    }
    return results;
  }, { rounds, only });
}
