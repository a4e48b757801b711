import { render } from 'preact';
import { t } from '../platform/i18n';
import { connectPickWrites } from '../platform/pick-write-port';
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
// Connecting wakes the background (it does the writes) while the page is looked up, and both start before
// Preact renders anything.
const writes = connectPickWrites();
render(<Popup start={openCapture(requestedTab(), writes)} writes={writes} />, document.getElementById('app')!);
