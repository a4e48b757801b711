import { render } from 'preact';
import { browser } from '../platform/browser';
import { Popup } from './components/Popup';
import './popup.css';

/**
 * `?tab=<id>` names the tab to capture (tests, and any page that opens the popup for a tab it knows);
 * without it the popup captures the active tab of its window, which is what a toolbar click means.
 */
function requestedTab(): number | null {
  const value = new URLSearchParams(location.search).get('tab');
  return value && /^\d+$/.test(value) ? Number(value) : null;
}

document.documentElement.lang = browser.i18n.getUILanguage();
render(<Popup tabId={requestedTab()} />, document.getElementById('app')!);
