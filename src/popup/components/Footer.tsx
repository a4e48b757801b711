import { browser } from '../../platform/browser';
import { t } from '../../platform/i18n';

function openGleaner(event: MouseEvent): void {
  event.preventDefault();
  // The real popup closes itself once the options page takes focus; a popup opened as a tab stays.
  // Should it fail, the link's own href still opens the page.
  browser.runtime.openOptionsPage().catch(() => window.open((event.currentTarget as HTMLAnchorElement).href));
}

export function Footer() {
  return (
    <footer>
      <a href={browser.runtime.getURL('src/options/index.html')} onClick={openGleaner}>{t('popup_openGleaner')}</a>
    </footer>
  );
}
