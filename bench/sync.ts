// Sync of a 5,000-pick library with the data branch (docs/sync.md) against git's own HTTP server on this
// machine (test/git-server): the sync the worker runs, in Node with memfs and fake-indexeddb. Timings only.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { db } from '../src/db/db';
import { updatePick } from '../src/db/picks';
import type { Pick } from '../src/core/types';
import { nodeGitDeps } from '../src/git/node-deps';
import { memoryGitStore } from '../src/sync/git-store-node';
import type { GitStore } from '../src/sync/git-store';
import { syncWithBranch, type SyncTarget } from '../src/sync/run';
import { createBlogRepo, pushFromElsewhere } from '../test/git-server/fixture';
import { startGitServer } from '../test/git-server/server';
import { summarize, type Summary } from './stats';
import { benchSyncBrowser, type BrowserSyncRun } from './sync-browser';

export interface SyncBenchRun {
  picks: number;
  /** A device with `picks` picks syncs with an empty branch: every record goes out. */
  firstPush: Summary;
  /** A new device joins the branch: every record comes in. */
  firstPull: Summary;
  /** One pick edited, then a sync (the branch unchanged since this device's last sync). */
  incremental: Summary;
  /** Another device pushed one pick meanwhile; this device fetches and merges it. */
  incrementalReceive: Summary;
  /** The same, in two Chromium profiles with the built extension (bench/sync-browser.ts); absent in older reports. */
  browser?: BrowserSyncRun;
  /** `uptime`'s load averages before and after these runs. */
  load: { start: number[]; end: number[] };
}

function pickOf(index: number): Pick {
  const now = Date.UTC(2026, 10, 26) - index * 60_000;
  return {
    id: `bench-pick-${index}`, url: `https://example.org/article-${index}`, urlKey: `example.org/article-${index}`,
    title: `Article number ${index}: a title of ordinary length`,
    blurb: `A witty blurb about article ${index}, [with a link phrase] and a bit of *Markdown*. `.repeat(3),
    emoji: '🚀', kind: 'link', tags: ['devops'], image: null, description: '', siteName: 'Example', quote: '',
    issueId: '', createdAt: now, updatedAt: now,
  };
}

async function forgetDevice(): Promise<void> {
  await Promise.all([...db.tables].map((table) => table.clear()));
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** A pick file as another device would push it. */
function pickFile(index: number): string {
  const { urlKey: _urlKey, issueId: _issueId, ...pick } = pickOf(100_000 + index);
  return `${JSON.stringify({ ...pick, updatedAt: Date.now() }, null, 2)}\n`;
}

/**
 * `firsts` first syncs each way (slow: 5,000 files), then `runs` incremental ones each way, in Node; then,
 * given the built extension `dist`, the same in the browser.
 */
export async function benchSync(picks = 5_000, dist?: string, firsts = 3, runs = 7): Promise<SyncBenchRun> {
  const repo = createBlogRepo();
  const token = 'bench-token';
  const server = await startGitServer({ root: repo.root, token });
  const load = (): number[] => loadavg().map((value) => Math.round(value * 100) / 100);
  const start = load();
  const stores = new Map<string, GitStore>();
  const target = (device: string, branch: string): SyncTarget => ({
    store: stores.get(device) ?? stores.set(device, memoryGitStore()).get(device)!,
    deps: nodeGitDeps(token), url: `${server.origin}${repo.path}`, branch, author: { name: device, email: 'bench@example.org' }, device,
  });
  const firstPush: number[] = [];
  const firstPull: number[] = [];
  const incremental: number[] = [];
  const incrementalReceive: number[] = [];
  try {
    for (let run = 0; run < firsts; run++) {
      const branch = `bench-data-${run}`;
      await forgetDevice();
      await db.picks.bulkAdd(Array.from({ length: picks }, (_, i) => pickOf(i)));
      firstPush.push(await time(() => syncWithBranch(target('Laptop', branch))));
      await forgetDevice();
      stores.clear();
      firstPull.push(await time(() => syncWithBranch(target('Desktop', branch))));
      if ((await db.picks.count()) !== picks) throw new Error(`pulled ${await db.picks.count()} picks of ${picks}`);
    }
    const branch = `bench-data-${firsts - 1}`;
    await syncWithBranch(target('Desktop', branch));
    for (let run = 0; run < runs; run++) {
      await updatePick(`bench-pick-${run}`, { blurb: `Edited ${run}` });
      incremental.push(await time(() => syncWithBranch(target('Desktop', branch))));
      pushFromElsewhere(repo, branch, { [`picks/bench-pick-${100_000 + run}.json`]: pickFile(run) });
      incrementalReceive.push(await time(() => syncWithBranch(target('Desktop', branch))));
    }
    if ((await db.picks.count()) !== picks + runs) throw new Error('a pick pushed from elsewhere did not arrive');
    const browser = dist === undefined ? undefined : await benchSyncBrowser(dist, picks);
    return {
      picks, firstPush: summarize(firstPush), firstPull: summarize(firstPull), incremental: summarize(incremental), incrementalReceive: summarize(incrementalReceive),
      ...(browser && { browser }), load: { start, end: load() },
    };
  } finally {
    await server.close();
    repo.remove();
  }
}
