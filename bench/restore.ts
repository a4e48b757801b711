// Restoring and exporting 50,000 picks (issue 8: a restore within 3 s), through the Settings tab as the
// curator does it: choose the file, read the summary, confirm; click "Export backup". Timed in the page.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { toBackupFile } from '../src/core/backup-format';
import type { Harness } from '../test/e2e/harness';
import { launchSeeded, openOptions } from './seeded';
import { makeSeed } from './seed';

export interface RestoreRun {
  picks: number;
  bytes: number;
  /** From the file input's change to the summary on screen: decoding, validation, conversion. */
  read: number[];
  /** From "Restore" to the report on screen, replacing everything. */
  replace: number[];
  /** Merging the same file into the database that already holds it (every record compared). */
  merge: number[];
  /** From "Export backup" to its message (the download handed to the browser). */
  export: number[];
  /**
   * The floor: the same picks, issues and blocks written by plain IndexedDB into a database with no index,
   * one transaction, in the same page, right after each replace. What any restore of these rows pays.
   */
  floor: number[];
}

const ARCHIVED = 45_000;
const INBOX = 5_000;
const RUNS = 3;

/** Resolves with `performance.now()` in the page once `selector` is on screen. */
function shownAt(page: Page, selector: string): Promise<number> {
  return page.waitForFunction((selector) => (document.querySelector(selector) ? performance.now() : 0), selector,
    { timeout: 120_000, polling: 'raf' }).then(async (handle) => (await handle.jsonValue()) as number);
}

/** The page's clock when the next event of `type` reaches the document (capture phase: before Gleaner's handler). */
async function armClock(page: Page, type: string): Promise<void> {
  await page.evaluate((type) => {
    document.addEventListener(type, () => { (globalThis as unknown as { benchStart: number }).benchStart = performance.now(); }, { capture: true, once: true });
  }, type);
}
const started = (page: Page): Promise<number> => page.evaluate(() => (globalThis as unknown as { benchStart: number }).benchStart);

export async function restoreOnce(harness: Harness, path: string, mode: 'replace' | 'merge'): Promise<{ read: number; write: number }> {
  const page = await openOptions(harness, null, '#settings');
  await page.getByRole('button', { name: 'Export backup' }).waitFor();
  await armClock(page, 'change');
  await page.getByLabel('Restore backup from a file').setInputFiles(path);
  const summary = await shownAt(page, '[data-testid="backup-summary"]');
  const read = summary - await started(page);
  if (mode === 'replace') await page.getByRole('radio', { name: /Replace everything/ }).check();
  await armClock(page, 'click');
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  const write = await shownAt(page, '[data-testid="backup-restored"]') - await started(page);
  await page.close();
  return { read, write };
}

/** Copies the restored rows into a fresh database with no index, timing only the writing transaction. */
export async function floorOnce(harness: Harness): Promise<number> {
  const page = await openOptions(harness, null, '#settings');
  const time = await page.evaluate(async () => {
    const opened = (name: string, create?: (db: IDBDatabase) => void): Promise<IDBDatabase> => new Promise((resolve, reject) => {
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
    const STORES = ['picks', 'issues', 'blocks'];
    const source = await opened('gleaner');
    const read = source.transaction(STORES, 'readonly');
    const rows = await Promise.all(STORES.map(async (store) => {
      const request = read.objectStore(store).getAll();
      await done(request);
      return request.result as unknown[];
    }));
    source.close();
    await done(indexedDB.deleteDatabase('bench-floor'));
    const floor = await opened('bench-floor', (db) => {
      for (const store of STORES) db.createObjectStore(store, { keyPath: 'id' });
    });
    const start = performance.now();
    const write = floor.transaction(STORES, 'readwrite');
    STORES.forEach((store, index) => {
      for (const row of rows[index]!) write.objectStore(store).add(row);
    });
    await done(write);
    const time = performance.now() - start;
    floor.close();
    await done(indexedDB.deleteDatabase('bench-floor'));
    return time;
  });
  await page.close();
  return time;
}

async function exportOnce(harness: Harness): Promise<number> {
  const page = await openOptions(harness, null, '#settings');
  const button = page.getByRole('button', { name: 'Export backup' });
  await button.waitFor();
  await armClock(page, 'click');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), button.click()]);
  const time = await shownAt(page, '.backup-row [role="status"]') - await started(page);
  await download.delete();
  await page.close();
  return time;
}

/** Writes the 50,000-pick backup file into a fresh temporary directory (the caller removes `dir`). */
export function writeBenchBackup(): { dir: string; path: string; picks: number; bytes: number } {
  const seed = makeSeed(ARCHIVED, INBOX, 0);
  const dir = mkdtempSync(join(tmpdir(), 'gleaner-bench-'));
  const path = join(dir, 'fifty-thousand.json');
  const text = `${JSON.stringify(toBackupFile({ ...seed, settings: {} }, new Date().toISOString()), null, 2)}\n`;
  writeFileSync(path, text);
  return { dir, path, picks: seed.picks.length, bytes: Buffer.byteLength(text) };
}

export async function benchRestore(dist: string, runs = RUNS): Promise<RestoreRun> {
  const { dir, path, picks, bytes } = writeBenchBackup();
  // The database starts empty but for the page's first draft: the first restore is the first of the runs.
  const harness = await launchSeeded(dist, { picks: [], issues: [], blocks: [] });
  try {
    const run: RestoreRun = { picks, bytes, read: [], replace: [], merge: [], export: [], floor: [] };
    for (let i = 0; i < runs; i++) {
      const replaced = await restoreOnce(harness, path, 'replace');
      run.read.push(replaced.read);
      run.replace.push(replaced.write);
      run.floor.push(await floorOnce(harness));
      run.merge.push((await restoreOnce(harness, path, 'merge')).write);
      run.export.push(await exportOnce(harness));
    }
    return run;
  } finally {
    await harness.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
