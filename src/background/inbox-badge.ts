// The toolbar badge counts picks waiting in the inbox. Each page keeps it in step with its own writes: the
// service worker (the popup's captures, a sync) here, counting after its writes; the options page with the
// count it keeps for its inbox column (options/inbox-count). Hearing every page's writes here would count
// 50,000 index entries after each of the options page's, and its next action would queue behind the count.
import { countInboxPicks } from '../db/picks';
import { onCommittedTables } from '../db/written-rows';
import { showBadgeCount } from '../platform/badge';
import { logWarning } from '../platform/log';

/** Shows `count` on the badge. Never throws: a stale badge is not worth an error on screen. */
export async function showInboxBadge(count: number): Promise<void> {
  try {
    await showBadgeCount(count);
  } catch (error) {
    logWarning('could not update the badge', error);
  }
}

/** Recomputes the badge once. Never throws. */
async function refreshInboxBadge(): Promise<void> {
  try {
    await showInboxBadge(await countInboxPicks());
  } catch (error) {
    logWarning('could not count the inbox for the badge', error);
  }
}

/** How long this page's writes must pause before the badge counts, however many follow in between. */
const SETTLE_MS = 300;

/** Counts now, then after this page's writes to the picks, until the returned function is called. */
export function watchInboxBadge(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const countSoon = (): void => {
    timer ??= setTimeout(() => {
      timer = undefined;
      refreshInboxBadge().catch(() => undefined); // never rejects: it logs its own failure
    }, SETTLE_MS);
  };
  countSoon();
  const stop = onCommittedTables((tables) => {
    if (tables.has('picks')) countSoon();
  });
  return () => {
    stop();
    clearTimeout(timer);
  };
}
