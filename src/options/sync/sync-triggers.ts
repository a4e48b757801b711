// The options page's part in "when sync runs" (docs/sync.md): the page opening asks the worker to sync,
// and so does each new local change here (the worker, if asleep, would not see it). The worker checks
// whether sync is on, waits for changes to settle, and runs one sync at a time.
import { liveQuery } from 'dexie';
import type { SyncRequest } from '../../background/sync-loop';
import { countPendingChanges } from '../../db/sync-pending';
import { browser } from '../../platform/browser';
import { logError, logWarning } from '../../platform/log';

function ask(request: SyncRequest): void {
  // A worker that cannot be reached now is woken by the next alarm; nothing is lost meanwhile.
  browser.runtime.sendMessage(request).catch((error: unknown) => logWarning('sync request', error));
}

export function startSyncTriggers(): void {
  ask({ sync: 'now' });
  let last = Number.POSITIVE_INFINITY;
  liveQuery(countPendingChanges).subscribe({
    next: (count) => {
      if (count > last) ask({ sync: 'changes' });
      last = count;
    },
    error: (error: unknown) => logError('pending changes', error),
  });
}
