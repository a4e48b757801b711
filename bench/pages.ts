// Opening an extension page as a toolbar click would: in a background tab while an article is active,
// then reading the page's own `gleaner:ready` mark (ms since its navigation started).
import type { Page } from 'playwright-core';
import type { Harness } from '../test/e2e/harness';

interface TabsApi {
  chrome: { tabs: { create(props: { url: string; active: boolean }): Promise<unknown> } };
}

export async function openInBackground(harness: Harness, url: string): Promise<Page> {
  const opened = harness.context.waitForEvent('page', (page) => page.url().startsWith(url.split('?')[0]!));
  await harness.worker.evaluate(
    (target) => (globalThis as unknown as TabsApi).chrome.tabs.create({ url: target, active: false }),
    url,
  );
  return opened;
}

/** Milliseconds from navigation start to `performance.mark('gleaner:ready')`. */
export async function readyTime(page: Page, timeout = 30_000): Promise<number> {
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('gleaner:ready')[0]?.startTime,
    undefined,
    { timeout, polling: 5 },
  );
  return (await handle.jsonValue()) as number;
}

export async function timeOpen(harness: Harness, url: string): Promise<number> {
  const page = await openInBackground(harness, url);
  const time = await readyTime(page);
  await page.close();
  return time;
}
