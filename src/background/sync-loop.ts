// When sync runs (docs/sync.md, "When"): a few seconds after local changes settle, when the options page
// opens, on a periodic alarm, and on "Sync now". It runs here, in the worker, one sync at a time; the
// popup never waits for the network. Its outcome is written to storage.local for the pages to show.
import '../git/buffer-global';
import { liveQuery } from 'dexie';
import { countPendingChanges } from '../db/sync-pending';
import { browserGitDeps } from '../git/browser-deps';
import { toProblem } from '../git/problems';
import { browser } from '../platform/browser';
import { loadRepository, loadToken } from '../platform/repository-store';
import { DEFAULT_DATA_BRANCH, loadSyncPrefs, loadSyncStatus, saveSyncStatus } from '../platform/sync-store';
import { browserGitStore } from '../sync/git-store-browser';
import type { GitStore } from '../sync/git-store';
import { BranchRewrittenError, syncWithBranch } from '../sync/run';
import { logError } from '../platform/log';

/** How long local changes must settle before they go out: a burst of edits makes one commit. */
export const SETTLE_MS = 3000;
const ALARM = 'gleaner-sync';
const PERIOD_MINUTES = 5;

/** What the options page asks of the worker (runtime messages). */
export type SyncRequest = { sync: 'now' } | { sync: 'changes' } | { sync: 'accept-rewrite' };

let running: Promise<void> | null = null;
let again = false;
let settle: ReturnType<typeof setTimeout> | undefined;
// One LightningFS per worker: two instances on the same database would each keep their own directory tree.
let store: GitStore | undefined;

async function syncOnce(acceptRewrite: boolean): Promise<void> {
  const prefs = await loadSyncPrefs();
  const repository = await loadRepository();
  if (!prefs.enabled || !repository || repository.connection.url === '') return;
  const previous = await loadSyncStatus();
  // A rewritten branch waits for the curator's answer: syncing on would merge into what they may not want.
  if (previous.state === 'rewritten' && !acceptRewrite) return;
  await saveSyncStatus({ ...previous, state: 'syncing' });
  const token = await loadToken();
  const { connection } = repository;
  try {
    const report = await syncWithBranch({
      deps: browserGitDeps(token),
      url: connection.url,
      branch: prefs.branch || DEFAULT_DATA_BRANCH,
      author: { name: connection.authorName || 'Gleaner', email: connection.authorEmail || 'gleaner@users.noreply.invalid' },
      device: prefs.device || 'a browser',
      store: store ??= browserGitStore(),
    }, { acceptRewrite });
    await saveSyncStatus({ state: 'ok', lastSyncAt: Date.now(), problem: null, lost: 0, unreadable: report.problems.length });
  } catch (error) {
    if (error instanceof BranchRewrittenError) await saveSyncStatus({ ...previous, state: 'rewritten', lost: error.lost, problem: null });
    else await saveSyncStatus({ ...previous, state: 'failed', problem: toProblem(error, token, true) });
  }
}

/** Syncs now, or right after the sync in progress (whose snapshot may predate the latest changes). */
export function runSync(acceptRewrite = false): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    try {
      do {
        again = false;
        await syncOnce(acceptRewrite);
      } while (again);
    } finally {
      running = null;
    }
  })();
  return running;
}

function syncSoon(): void {
  clearTimeout(settle);
  settle = setTimeout(() => void runSync().catch(failed), SETTLE_MS);
}

function failed(error: unknown): void {
  logError('sync failed', error);
}

/** Registers the triggers; call once at the top level of the worker. */
export function startSyncLoop(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) runSync().catch(failed);
  });
  // Creating it again would restart its period at every wake-up of the worker, so it might never ring.
  browser.alarms.get(ALARM).then((existing) => {
    if (!existing) return browser.alarms.create(ALARM, { periodInMinutes: PERIOD_MINUTES });
  }).catch(failed);
  // Changes written here (popup captures) or in a page while the worker is awake (Dexie tells every context).
  let last = 0;
  liveQuery(countPendingChanges).subscribe({
    next: (count) => {
      if (count > last) syncSoon();
      last = count;
    },
    error: failed,
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = message as Partial<SyncRequest> | null;
    if (request?.sync === 'now') return runSync();
    if (request?.sync === 'accept-rewrite') return runSync(true);
    if (request?.sync === 'changes') syncSoon();
    return undefined;
  });
}
