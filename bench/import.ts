// Importing a blog's archive (issue 9): 250 past issues of 30 links each, through the command line (the
// real bin/gleaner.js on real files, as a curator runs it) and through the options page's Archive → Import
// in Chromium (from handing the files to the file input to the report on screen). Then importing the
// same files again, which must find every issue already there without rereading the archive per file.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import type { IssueFileInput } from '../src/core/import/import-report';
import { gleaner } from '../test/cli/memory-io';
import { launch } from '../test/e2e/harness';
import { pastIssueFiles } from './past-issues';
import { summarize, type Summary } from './stats';

export interface ImportBenchRun {
  issues: number;
  links: number;
  /** Wall time of the whole process; `cpu`: CPU time of the same import run in this process (load-independent). */
  cli: { first: Summary; again: Summary; cpu: Summary };
  browser: BrowserImportRun;
  /** The same browser measures on an older build (`BENCH_IMPORT_BEFORE`), for an A/B in one run. */
  before?: BrowserImportRun & { label: string };
}

/**
 * Wall time in the page; `busy`: the page's main-thread task time over the same span (CDP TaskDuration);
 * `longestTask`: the longest main-thread task during the import (PerformanceObserver), how long the page
 * could not answer a click.
 */
export interface BrowserImportRun { first: Summary; again: Summary; busy: Summary; longestTask: Summary }

const ROOT = join(import.meta.dirname, '..');
const RUNS = 3;

function runCli(bundle: string, cwd: string, args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/gleaner.js'), ...args], {
    cwd, encoding: 'utf8', env: { ...process.env, GLEANER_CLI_OUT_DIR: bundle },
  });
  const time = performance.now() - start;
  if (result.status !== 0) throw new Error(`gleaner ${args.join(' ')}: ${result.stderr}`);
  return time;
}

async function benchCli(files: readonly IssueFileInput[]): Promise<ImportBenchRun['cli']> {
  const dir = mkdtempSync(join(tmpdir(), 'gleaner-bench-import-'));
  try {
    const bundle = join(dir, 'cli');
    process.env.GLEANER_CLI_OUT_DIR = bundle;
    try {
      await build({ configFile: join(ROOT, 'src/cli/vite.config.ts'), logLevel: 'silent' });
    } finally {
      delete process.env.GLEANER_CLI_OUT_DIR;
    }
    mkdirSync(join(dir, '_posts'));
    for (const file of files) writeFileSync(join(dir, '_posts', file.name), file.text);
    const first: number[] = [];
    const again: number[] = [];
    runCli(bundle, dir, ['import', '_posts', '--out', 'archive.json']);
    for (let i = 0; i < RUNS; i++) first.push(runCli(bundle, dir, ['import', '_posts', '--out', 'archive.json']));
    for (let i = 0; i < RUNS; i++) again.push(runCli(bundle, dir, ['import', '_posts', '--into', 'archive.json', '--out', 'again.json']));
    // The same command in this process, for its CPU time: on a shared machine wall time is mostly waiting.
    const inMemory = Object.fromEntries(files.map((file) => [`_posts/${file.name}`, file.text]));
    const cpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const before = process.cpuUsage();
      const run = await gleaner(['import', '_posts', '--out', 'archive.json'], inMemory);
      const used = process.cpuUsage(before);
      if (run.code !== 0) throw new Error(run.stderr);
      cpu.push((used.user + used.system) / 1000);
    }
    return { first: summarize(first), again: summarize(again), cpu: summarize(cpu) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * ms from handing the files to the file input to the summary matching `done` on screen, measured by the
 * driver (it includes sending the files' bytes to the page, a few MB; Playwright polls every frame).
 */
async function timedImport(page: Page, files: readonly IssueFileInput[], done: RegExp): Promise<number> {
  const payload = files.map((file) => ({ name: file.name, mimeType: 'text/markdown', buffer: Buffer.from(file.text) }));
  const start = performance.now();
  await page.getByLabel('Import past issue files').setInputFiles(payload);
  await page.getByTestId('import-summary').filter({ hasText: done }).waitFor({ timeout: 600_000 });
  return performance.now() - start;
}

interface LongTaskWatch {
  tasks: [start: number, duration: number][];
  observer: PerformanceObserver;
}

/** Starts recording the page's long tasks (read by `longestTask`). */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const watch: LongTaskWatch = { tasks: [], observer: new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) watch.tasks.push([entry.startTime, entry.duration]);
    }) };
    (window as unknown as { longTaskWatch: LongTaskWatch }).longTaskWatch = watch;
    watch.observer.observe({ type: 'longtask' });
  });
}

/**
 * The longest task of the import, after the first: that one is the driver's (Playwright builds the chosen
 * files in the page from their bytes in one task that ends by handing them to the input).
 */
async function longestTask(page: Page): Promise<number> {
  const tasks = await page.evaluate(() => {
    const watch = (window as unknown as { longTaskWatch: LongTaskWatch }).longTaskWatch;
    // Entries not delivered yet (the observer's callback waits for a quiet moment).
    for (const entry of watch.observer.takeRecords()) watch.tasks.push([entry.startTime, entry.duration]);
    return watch.tasks;
  });
  return Math.max(0, ...tasks.slice(1).map(([, duration]) => duration));
}

/** Empties the archive with plain IndexedDB (the page's Dexie sees it through liveQuery), then reloads. */
async function emptyArchive(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('gleaner');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['picks', 'issues', 'blocks'], 'readwrite');
    for (const store of ['picks', 'issues', 'blocks']) tx.objectStore(store).clear();
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
  await page.reload();
  await page.getByLabel('Import past issue files').waitFor();
}

async function benchBrowser(dist: string, files: readonly IssueFileInput[]): Promise<BrowserImportRun> {
  const harness = await launch({}, { dist });
  try {
    const page = await harness.context.newPage();
    await page.goto(harness.extensionUrl('src/options/index.html#archive'));
    await page.getByLabel('Import past issue files').waitFor();
    const imported = new RegExp(`Imported: ${files.length} `);
    const unchanged = new RegExp(`already in the archive: ${files.length} `);
    const cdp = await harness.context.newCDPSession(page);
    const taskTime = async (): Promise<number> => {
      await cdp.send('Performance.enable'); // again after each reload: harmless when still on
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
    };
    const first: number[] = [];
    const again: number[] = [];
    const busy: number[] = [];
    const longest: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      await emptyArchive(page);
      await watchLongTasks(page);
      const before = await taskTime();
      const time = await timedImport(page, files, imported);
      const used = (await taskTime()) - before;
      if (i > 0) { // the first is a warm-up
        first.push(time);
        busy.push(used);
        longest.push(await longestTask(page));
      }
      if (i === 0 || i > RUNS - 1) continue;
      await page.reload();
      await page.getByLabel('Import past issue files').waitFor();
      again.push(await timedImport(page, files, unchanged));
    }
    return { first: summarize(first), again: summarize(again), busy: summarize(busy), longestTask: summarize(longest) };
  } finally {
    await harness.close();
  }
}

/**
 * `BENCH_IMPORT_BEFORE=DIR` (an older `dist/chrome`, e.g. built from main before a change) measures that build
 * too, right after this one, labelled `BENCH_IMPORT_BEFORE_LABEL`: a before/after under the same load.
 */
export async function benchImport(dist: string, issues = 250, links = 30): Promise<ImportBenchRun> {
  const files = pastIssueFiles(issues, links);
  const run: ImportBenchRun = { issues, links: issues * links, cli: await benchCli(files), browser: await benchBrowser(dist, files) };
  const older = process.env.BENCH_IMPORT_BEFORE;
  if (older) run.before = { label: process.env.BENCH_IMPORT_BEFORE_LABEL ?? older, ...await benchBrowser(older, files) };
  return run;
}
