// The toolbar badge counts picks waiting in the inbox. The service worker watches while it is awake and
// refreshes it after each write it does for the popup; the options page watches too, because a worker
// asleep in MV3 hears nothing of the options page's writes.
import { countInboxPicks } from '../db/picks';
import { onTableWrites } from '../db/table-writes';
import { showBadgeCount } from '../platform/badge';
import { logWarning } from '../platform/log';

/** Recomputes the badge once. Never throws: a stale badge is not worth an error on screen. */
export async function refreshInboxBadge(): Promise<void> {
  try {
    await showBadgeCount(await countInboxPicks());
  } catch (error) {
    logWarning('could not update the badge', error);
  }
}

/**
 * How long a change waits before the watcher counts, however many follow in between: a count walks every waiting
 * pick's index entry (50,000 take a busy second), and the composer's reads would queue behind one per write.
 */
const SETTLE_MS = 300;

/** Keeps the badge in step with every change to the inbox until the returned function is called. */
export function watchInboxBadge(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const countSoon = (): void => {
    timer ??= setTimeout(() => {
      timer = undefined;
      refreshInboxBadge().catch(() => undefined); // never rejects: it logs its own failure
    }, SETTLE_MS);
  };
  countSoon();
  const stop = onTableWrites(['picks'], countSoon);
  return () => {
    stop();
    clearTimeout(timer);
  };
}
