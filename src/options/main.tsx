// First: the first screen's reads start as this script does, in parallel with everything after.
import './first-reads';
import { render } from 'preact';
import { hasPendingWrites } from '../db/pending-writes';
import { t } from '../platform/i18n';
import { showInboxBadge } from '../background/inbox-badge';
import { App } from './app';
import { firstScreenShown } from './first-screen';
import { onInboxCount } from './inbox-count';
import { startSyncTriggers } from './sync/sync-triggers';
import './options.css';

// The language the messages are really in (see popup/main.tsx: Chromium's getUILanguage() can disagree).
document.documentElement.lang = t('msg_lang');
document.title = t('opt_pageTitle');
render(<App />, document.getElementById('app')!);
// Picks dragged in and out of issues change the inbox; a sleeping service worker would not notice. The
// badge follows the count the inbox column keeps (no count of its own), from the first screen on.
firstScreenShown.then(() => onInboxCount((count) => {
  showInboxBadge(count).catch(() => undefined); // never rejects: it logs its own failure
}), () => undefined); // never rejects
// Not deferred: the sync asked for at opening must run before the curator edits the sync settings.
startSyncTriggers();
// Closing the tab aborts writes in flight: while one is (a few ms after a keystroke), the browser asks first.
addEventListener('beforeunload', (event) => {
  if (hasPendingWrites()) event.preventDefault();
});
