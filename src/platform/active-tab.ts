import { browser } from './native-browser';

/** The tab a capture is about. `url` is '' when the browser does not let Gleaner see it. */
export interface CaptureTab {
  id: number;
  url: string;
  title: string;
}

/**
 * The tab to capture: `tabId` when the popup was told which one (tests, and pages opening the popup),
 * else the active tab of the current window, which is what a toolbar click means.
 */
export async function tabToCapture(tabId: number | null): Promise<CaptureTab | null> {
  const tab = tabId === null
    ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
    : await browser.tabs.get(tabId).catch(() => undefined);
  if (tab?.id === undefined) return null;
  return { id: tab.id, url: tab.url ?? '', title: tab.title ?? '' };
}

/** Whether the user let Gleaner read `file:` pages (a switch on the extension's details page). */
export async function fileAccessAllowed(): Promise<boolean> {
  return browser.extension.isAllowedFileSchemeAccess().catch(() => false);
}
