// The toolbar badge counts picks waiting in the inbox. The service worker watches while it is awake and
// refreshes it after each write it does for the popup; the options page watches too, because a worker
// asleep in MV3 hears nothing of the options page's writes.
import { liveQuery } from 'dexie';
import { countInboxPicks } from '../db/picks';
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

/** Keeps the badge in step with every change to the inbox until the returned function is called. */
export function watchInboxBadge(): () => void {
  const subscription = liveQuery(countInboxPicks).subscribe({
    next: (count) => void showBadgeCount(count).catch((error: unknown) => logWarning('badge', error)),
    error: (error: unknown) => logWarning('could not watch the inbox', error),
  });
  return () => subscription.unsubscribe();
}
