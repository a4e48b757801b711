import { render } from 'preact';
import { openEarly } from '../db/db';
import { t } from '../platform/i18n';
import { Popup } from './components/Popup';
import { openCapture } from './open-capture';
import './popup.css';

/**
 * `?tab=<id>` names the tab to capture (tests, and any page that opens the popup for a tab it knows);
 * without it the popup captures the active tab of its window, which is what a toolbar click means.
 */
function requestedTab(): number | null {
  const value = new URLSearchParams(location.search).get('tab');
  return value && /^\d+$/.test(value) ? Number(value) : null;
}

// The language the messages are really in: Chromium's getUILanguage() and @@ui_locale can disagree with
// the locale it picked the messages from (seen with --lang=fr on Linux), so the messages say it themselves.
document.documentElement.lang = t('msg_lang');
// The database opens while the browser answers about the tab, and both before Preact renders anything.
openEarly();
render(<Popup start={openCapture(requestedTab())} />, document.getElementById('app')!);
