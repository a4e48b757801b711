import { browser } from '../../platform/browser';
import { t } from '../../platform/i18n';

function openGleaner(event: MouseEvent): void {
  event.preventDefault();
  // Chromium closes its popup once the options page takes focus, Firefox leaves it on top (issue 10): close
  // it here (a popup page opened as a tab, as the tests do, stays: the browser refuses). Should opening
  // fail, the link's own href still opens the page (read now: currentTarget is gone once the event ends).
  const link = event.currentTarget as HTMLAnchorElement;
  browser.runtime.openOptionsPage().then(() => window.close(), () => window.open(link.href));
}

export function Footer() {
  return (
    <footer>
      <a href={browser.runtime.getURL('src/options/index.html')} onClick={openGleaner}>{t('popup_openGleaner')}</a>
    </footer>
  );
}
