// What the capture specs do again and again: open the popup on a page as a toolbar click would, and look
// at what got stored. Reading IndexedDB from the service worker keeps these checks independent of the
// options page, which other specs test.
import type { Page } from 'playwright-core';
import type { Pick } from '../../src/core/types';
import { clickToolbar, tabIdOf, type ChromeGlobal, type Harness } from './harness';

export { tabIdOf };

interface ExtensionApis {
  chrome: ChromeGlobal['chrome'] & {
    tabs: { create(props: { url: string; active: boolean }): Promise<{ id?: number }> };
    action: { getBadgeText(details: object): Promise<string> };
  };
}

const observers = new WeakMap<Harness, Promise<Page>>();

/** An extension page in a background tab, to reach the real popup (service workers have no getViews). */
function observerOf(harness: Harness): Promise<Page> {
  let observer = observers.get(harness);
  if (!observer) {
    const url = harness.extensionUrl('src/options/index.html');
    observer = (async () => {
      const opened = harness.context.waitForEvent('page', (page) => page.url().startsWith(url));
      await harness.worker.evaluate((target) => (globalThis as unknown as ExtensionApis).chrome.tabs.create({ url: target, active: false }), url);
      return opened;
    })();
    observers.set(harness, observer);
  }
  return observer;
}

function waitUntilReady(page: Page): Promise<unknown> {
  return page.waitForFunction(() => performance.getEntriesByName('gleaner:settled').length > 0, undefined, { polling: 10 });
}

export interface PopupOptions {
  /** Click the toolbar first (grants activeTab, which lasts until the tab navigates). Default true. */
  viaToolbar?: boolean;
  tabId?: number;
}

/**
 * Clicks the toolbar on `page` (the real popup opens and captures it; it is closed once ready, so two
 * popups never race), then opens the popup's page for that tab, where ordinary locators work.
 */
export async function openPopupFor(harness: Harness, page: Page, { viaToolbar = true, tabId }: PopupOptions = {}): Promise<Page> {
  if (viaToolbar) {
    const observer = await observerOf(harness);
    await page.bringToFront();
    await clickToolbar(harness, page);
    await observer.waitForFunction(() => (globalThis as unknown as ExtensionApis).chrome.extension.getViews({ type: 'popup' })
      .some((view) => view.performance.getEntriesByName('gleaner:settled').length > 0), undefined, { polling: 10 });
    await observer.evaluate(() => {
      for (const view of (globalThis as unknown as ExtensionApis).chrome.extension.getViews({ type: 'popup' })) view.close();
    });
  }
  const id = tabId ?? (await tabIdOf(harness, page));
  const popup = await harness.context.newPage();
  await popup.goto(harness.extensionUrl(`src/popup/index.html?tab=${id}`));
  await waitUntilReady(popup);
  return popup;
}

/** Every record of one store, read straight from IndexedDB in the service worker. */
export function readStore<T>(harness: Harness, storeName: string): Promise<T[]> {
  return harness.worker.evaluate((name) => new Promise<T[]>((resolve, reject) => {
    const request = indexedDB.open('gleaner');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const all = request.result.transaction(name).objectStore(name).getAll();
      all.onsuccess = () => {
        request.result.close();
        resolve(all.result as T[]);
      };
      all.onerror = () => reject(all.error);
    };
  }), storeName);
}

/** Every stored pick. */
export function readPicks(harness: Harness): Promise<Pick[]> {
  return readStore<Pick>(harness, 'picks');
}

export function badgeText(harness: Harness): Promise<string> {
  return harness.worker.evaluate(() => (globalThis as unknown as ExtensionApis).chrome.action.getBadgeText({}));
}

/** The id of the active tab, even one whose URL the extension may not see (chrome://...). */
export function activeTabId(harness: Harness): Promise<number> {
  return harness.worker.evaluate(async () => {
    const tabs = (globalThis as unknown as ExtensionApis).chrome.tabs;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}
