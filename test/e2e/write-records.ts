// Writes records straight into the extension's IndexedDB from one of its pages, as a restored backup or
// months of use would leave them (the stores must exist: open a Gleaner page first so Dexie creates them).
import type { Page } from 'playwright-core';
import type { Block, Issue, Pick } from '../../src/core/types';

export interface Records {
  picks: Pick[];
  issues: Issue[];
  blocks: Block[];
}

/** Puts every record of `data` into the `gleaner` database, in one transaction, from `page`. */
export async function writeRecords(page: Page, data: Records): Promise<void> {
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('gleaner');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['picks', 'issues', 'blocks'], 'readwrite');
    for (const record of records.picks) tx.objectStore('picks').put(record);
    for (const record of records.issues) tx.objectStore('issues').put(record);
    for (const record of records.blocks) tx.objectStore('blocks').put(record);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, data);
}

/** Every record of the `gleaner` database's picks, issues and blocks, read from `page` (a Gleaner page). */
export async function readRecords(page: Page): Promise<Records> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('gleaner');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['picks', 'issues', 'blocks'], 'readonly');
    const all = <T>(store: string): Promise<T[]> => new Promise((resolve, reject) => {
      const request = tx.objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as T[]);
      request.onerror = () => reject(request.error);
    });
    const [picks, issues, blocks] = await Promise.all([all<Pick>('picks'), all<Issue>('issues'), all<Block>('blocks')]);
    const records = { picks, issues, blocks };
    db.close();
    return records;
  });
}
