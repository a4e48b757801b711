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
  /** From "Restore" to the report on screen, replacing everything: into a new profile's empty database. */
  replaceEmpty: number[];
  /** The same file again, over the database it left: every record already as the file has it. */
  replace: number[];
  /**
   * A second file, every pick and issue retitled, over the first one's data: each of their rows differs and
   * is written over the stored one (the blocks are the same). The worst case for a replace that writes only
   * what differs: it reads every row as well.
   */
  replaceChanged: number[];
  /** Merging the same file into the database that already holds it (every record compared). */
  merge: number[];
  /** From "Export backup" to its message (the download handed to the browser). */
  export: number[];
  /**
   * The floor: the same picks, issues and blocks written by plain IndexedDB into a database with no index,
   * one transaction, in the same page, right after the replace into the empty database. What any restore of
   * these rows pays.
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

export interface BenchBackup {
  dir: string;
  /** The backup of `makeSeed`'s 50,000 picks. */
  path: string;
  /** The same records, every pick and issue retitled. */
  changedPath: string;
  picks: number;
  bytes: number;
}

/** Writes the 50,000-pick backup files into a fresh temporary directory (the caller removes `dir`). */
export function writeBenchBackup(): BenchBackup {
  const seed = makeSeed(ARCHIVED, INBOX, 0);
  const dir = mkdtempSync(join(tmpdir(), 'gleaner-bench-'));
  const write = (name: string, data: typeof seed): { path: string; bytes: number } => {
    const text = `${JSON.stringify(toBackupFile({ ...data, settings: {} }, new Date().toISOString()), null, 2)}\n`;
    writeFileSync(join(dir, name), text);
    return { path: join(dir, name), bytes: Buffer.byteLength(text) };
  };
  const { path, bytes } = write('fifty-thousand.json', seed);
  const changed = write('fifty-thousand-changed.json', {
    ...seed,
    picks: seed.picks.map((pick) => ({ ...pick, title: `${pick.title} (changed)` })),
    issues: seed.issues.map((issue) => ({ ...issue, frontMatter: { ...issue.frontMatter, title: `${String(issue.frontMatter.title)} (changed)` } })),
  });
  return { dir, path, changedPath: changed.path, picks: seed.picks.length, bytes };
}

/**
 * `runs` times, in a new browser profile each: a replace into the empty database, the floor, the same
 * replace again, a replace by the changed file, a merge of that file into the data it left, an export.
 */
export async function benchRestore(dist: string, runs = RUNS): Promise<RestoreRun> {
  const backup = writeBenchBackup();
  const run: RestoreRun = { picks: backup.picks, bytes: backup.bytes, read: [], replaceEmpty: [], replace: [], replaceChanged: [], merge: [], export: [], floor: [] };
  try {
    for (let i = 0; i < runs; i++) {
      // The database starts empty but for the page's first draft.
      const harness = await launchSeeded(dist, { picks: [], issues: [], blocks: [] });
      try {
        const first = await restoreOnce(harness, backup.path, 'replace');
        run.read.push(first.read);
        run.replaceEmpty.push(first.write);
        run.floor.push(await floorOnce(harness));
        run.replace.push((await restoreOnce(harness, backup.path, 'replace')).write);
        run.replaceChanged.push((await restoreOnce(harness, backup.changedPath, 'replace')).write);
        run.merge.push((await restoreOnce(harness, backup.changedPath, 'merge')).write);
        run.export.push(await exportOnce(harness));
      } finally {
        await harness.close();
      }
    }
    return run;
  } finally {
    rmSync(backup.dir, { recursive: true, force: true });
  }
}
