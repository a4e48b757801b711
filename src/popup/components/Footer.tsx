import { browser } from '../../platform/browser';
import { t } from '../../platform/i18n';

function openGleaner(event: MouseEvent): void {
  event.preventDefault();
  // The real popup closes itself once the options page takes focus; a popup opened as a tab stays.
  void browser.runtime.openOptionsPage();
}

export function Footer() {
  return (
    <footer>
      <a href={browser.runtime.getURL('src/options/index.html')} onClick={openGleaner}>{t('popup_openGleaner')}</a>
    </footer>
  );
}
