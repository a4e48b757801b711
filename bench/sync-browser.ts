// Sync of 5,000 picks inside the browser, as the curator runs it (issue 12): two real Chromium profiles with
// the built extension, each syncing in its worker (LightningFS copy, the extension's IndexedDB) with git's own
// HTTP server on 127.0.0.1. Timed from the click in Settings to the end of the sync the worker reports.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Pick } from '../src/core/types';
import { readStore } from '../test/e2e/capture-helpers';
import { setSync, SYNC_TOKEN, syncedDevice, type Device } from '../test/e2e/sync-helpers';
import { writeRecords } from '../test/e2e/write-records';
import { createBlogRepo, git, headOf } from '../test/git-server/fixture';
import { startGitServer } from '../test/git-server/server';
import { summarize, type Summary } from './stats';

export interface BrowserSyncRun {
  picks: number;
  /** Device A, holding the picks, turns sync on: every pick goes out. */
  firstPush: Summary;
  /** Device B, a new profile, turns sync on: every pick comes in. */
  firstPull: Summary;
  /** One pick edited in A, then "Sync now" in A. */
  incremental: Summary;
  /** Then "Sync now" in B, which receives it. */
  incrementalReceive: Summary;
}

const BRANCH = 'gleaner-data';

/** A copy of the benchmark build that may reach the local git server (what `build:chrome-test` adds). */
function withLocalHost(dist: string): string {
  const target = `${dist}-sync`;
  rmSync(target, { recursive: true, force: true });
  cpSync(dist, target, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(target, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(target, 'manifest.json'), JSON.stringify({ ...manifest, host_permissions: ['http://127.0.0.1/*'] }));
  return target;
}

function pickOf(index: number, now: number): Pick {
  return {
    id: `bench-pick-${index}`, url: `https://example.org/article-${index}`, urlKey: `example.org/article-${index}`,
    title: `Article number ${index}: a title of ordinary length`,
    blurb: `A witty blurb about article ${index}, [with a link phrase] and a bit of *Markdown*. `.repeat(3),
    emoji: '🚀', kind: 'link', tags: ['devops'], image: null, description: '', siteName: 'Example', quote: '',
    issueId: '', createdAt: now - index * 60_000, updatedAt: now - index * 60_000,
  };
}

/**
 * Does `act` in the options page and resolves with the ms from it to the end of the sync it starts (the
 * worker's `lastSyncAt`, the same machine's clock). Listens from before `act`: a later sync is not this one.
 */
async function timedSync(page: Page, act: () => Promise<void>): Promise<number> {
  const started = await page.evaluate(() => {
    const scope = globalThis as unknown as { benchSync?: Promise<number>; chrome: { storage: { onChanged: { addListener(listener: (changes: Record<string, { newValue?: { state: string; lastSyncAt: number | null; problem: unknown } }>) => void): void } } } };
    const at = Date.now();
    scope.benchSync = new Promise((resolve, reject) => {
      scope.chrome.storage.onChanged.addListener((changes) => {
        const status = changes['sync.status']?.newValue;
        if (status?.state === 'ok' && (status.lastSyncAt ?? 0) >= at) resolve(status.lastSyncAt!);
        if (status?.state === 'failed') reject(new Error(`sync failed: ${JSON.stringify(status.problem)}`));
      });
    });
    return at;
  });
  await act();
  const ended = await page.evaluate(() => (globalThis as unknown as { benchSync: Promise<number> }).benchSync);
  return ended - started;
}

function syncNowTimed(on: Device): Promise<number> {
  return timedSync(on.options, () => on.options.getByRole('button', { name: 'Sync now' }).click());
}

/** Edits one pick in `on`'s database as the extension would: the row and its pending-change mark. */
async function editPick(on: Device, id: string, blurb: string): Promise<void> {
  await on.options.evaluate(async ({ id, blurb }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('gleaner');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['picks', 'syncChanges'], 'readwrite');
    const read = tx.objectStore('picks').get(id);
    read.onsuccess = () => {
      const now = Date.now();
      tx.objectStore('picks').put({ ...read.result, blurb, updatedAt: now });
      tx.objectStore('syncChanges').put({ path: `picks/${id}.json`, kind: 'picks', id, at: now });
    };
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, { id, blurb });
}

/** `firsts` pairs of new devices (A pushes `picks`, B pulls them), then `runs` one-pick syncs each way. */
export async function benchSyncBrowser(dist: string, picks = 5_000, firsts = 3, runs = 5): Promise<BrowserSyncRun> {
  const build = withLocalHost(dist);
  const repo = createBlogRepo();
  const server = await startGitServer({ root: repo.root, token: SYNC_TOKEN });
  const url = `${server.origin}${repo.path}`;
  const firstPush: number[] = [];
  const firstPull: number[] = [];
  const incremental: number[] = [];
  const incrementalReceive: number[] = [];
  const devices: Device[] = [];
  try {
    for (let run = 0; run < firsts; run++) {
      if (headOf(repo, BRANCH)) git(repo.bare, 'update-ref', '-d', `refs/heads/${BRANCH}`);
      await Promise.all(devices.splice(0).map((device) => device.harness.close()));
      const a = await syncedDevice('Laptop', url, {}, { dist: build, enable: false });
      devices.push(a);
      await writeRecords(a.options, { picks: Array.from({ length: picks }, (_, i) => pickOf(i, Date.now())), issues: [], blocks: [] });
      firstPush.push(await timedSync(a.options, () => setSync(a, true)));
      const b = await syncedDevice('Desktop', url, {}, { dist: build, enable: false });
      devices.push(b);
      firstPull.push(await timedSync(b.options, () => setSync(b, true)));
      const pulled = (await readStore<Pick>(b.harness, 'picks')).length;
      if (pulled !== picks) throw new Error(`the new device has ${pulled} picks of ${picks}`);
    }
    const [a, b] = devices as [Device, Device];
    for (let run = 0; run < runs; run++) {
      const blurb = `Edited in the laptop, run ${run}.`;
      await editPick(a, `bench-pick-${run}`, blurb);
      incremental.push(await syncNowTimed(a));
      incrementalReceive.push(await syncNowTimed(b));
      const arrived = (await readStore<Pick>(b.harness, 'picks')).find((pick) => pick.id === `bench-pick-${run}`);
      if (arrived?.blurb !== blurb) throw new Error(`the edit of run ${run} did not arrive`);
    }
    return { picks, firstPush: summarize(firstPush), firstPull: summarize(firstPull), incremental: summarize(incremental), incrementalReceive: summarize(incrementalReceive) };
  } finally {
    await Promise.all(devices.map((device) => device.harness.close()));
    await server.close();
    repo.remove();
    rmSync(build, { recursive: true, force: true });
  }
}
