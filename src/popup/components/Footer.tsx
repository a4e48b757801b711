import { useEffect, useState } from 'preact/hooks';
import { browser } from '../../platform/native-browser';
import { t } from '../../platform/i18n';
import type { SyncStatus } from '../../platform/sync-store';

/**
 * platform/sync-store's SYNC_STATUS_KEY, spelled out: importing that module would add a chunk it shares with
 * the worker (≈ 300 B gzip) to the popup's budget. test/e2e/sync-together.test.ts sees the hint appear.
 */
const SYNC_STATUS_KEY = 'sync.status';

function openGleaner(event: MouseEvent): void {
  event.preventDefault();
  // Chromium closes its popup once the options page takes focus, Firefox leaves it on top (issue 10): close
  // it here (a popup page opened as a tab, as the tests do, stays: the browser refuses). Should opening
  // fail, the link's own href still opens the page (read now: currentTarget is gone once the event ends).
  // openOptionsPage cannot open a tab of the page: a link to one (#settings) is opened by its href.
  const link = event.currentTarget as HTMLAnchorElement;
  (link.hash ? Promise.reject() : browser.runtime.openOptionsPage()).then(() => window.close(), () => window.open(link.href));
}

/** "Open Gleaner"; while sync is failing, "Sync is failing: see Settings" (issue 12: nothing otherwise). */
export function Footer() {
  // One storage read, never the network.
  const [failing, setFailing] = useState(false);
  useEffect(() => {
    browser.storage.local.get(SYNC_STATUS_KEY).then((stored) => {
      setFailing(/failed|rewritten/.test(String((stored[SYNC_STATUS_KEY] as SyncStatus | undefined)?.state)));
    }, () => undefined);
  }, []);
  return (
    <footer>
      <a href={browser.runtime.getURL(`src/options/index.html${failing ? '#settings' : ''}`)} onClick={openGleaner}>
        {t(failing ? 'popup_sync' : 'popup_openGleaner')}
      </a>
    </footer>
  );
}
