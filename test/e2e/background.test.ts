// Capture without opening the popup. Headless Chromium cannot click a context menu, so these tests call
// the very handler the menu's onClicked listener calls (`onMenuClick`, exposed on `globalThis.gleaner` in
// the service worker), with the click data and tab Chromium would pass.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Pick } from '../../src/core/types';
import { badgeText, openPopupFor, readPicks } from './capture-helpers';
import { launch, type Harness } from './harness';

interface MenuClick {
  menuItemId: string;
  pageUrl: string;
  linkUrl?: string;
  selectionText?: string;
}
interface TabInfo {
  id: number;
  url: string;
  title: string;
}
interface WorkerGlobal {
  gleaner: { onMenuClick(info: MenuClick & { editable: boolean }, tab: TabInfo): Promise<Pick | null> };
  chrome: { tabs: { query(filter: object): Promise<Array<{ id?: number }>> } };
}

let harness: Harness;
beforeAll(async () => {
  harness = await launch({
    '/links': { title: 'A page of links', body: '<p>Read <a href="/linked?utm_source=nl">A  linked\n article</a> today.</p>' },
    '/quote': { title: 'Quotable', body: '<p id="q">Some words worth sharing.</p>' },
    '/whole': { title: 'A whole page' },
    '/other': { title: 'Another page' },
  });
});
afterAll(() => harness?.close());

async function openArticle(path: string): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`${harness.origin}${path}`);
  return page;
}

/** The tab as Chromium hands it to onClicked (a menu click grants activeTab, so url and title are there). */
async function tabOf(page: Page): Promise<TabInfo> {
  await page.bringToFront();
  const id = await harness.worker.evaluate(async () => {
    const [tab] = await (globalThis as unknown as WorkerGlobal).chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  return { id, url: page.url(), title: await page.title() };
}

function clickMenu(info: MenuClick, tab: TabInfo): Promise<Pick | null> {
  return harness.worker.evaluate(
    ([click, on]) => (globalThis as unknown as WorkerGlobal).gleaner.onMenuClick({ ...click, editable: false }, on),
    [info, tab] as const,
  );
}

test('"Add link to Gleaner" adds the link’s target, titled with the link’s text, without visiting it', async () => {
  const page = await openArticle('/links');
  // Grant activeTab as the menu click would, so the link's text can be read from the page (Chromium
  // does not pass it). The toolbar click also captures /links itself: that is not what is checked here.
  await (await openPopupFor(harness, page)).close();
  const linkUrl = `${harness.origin}/linked?utm_source=nl`;
  const pick = await clickMenu({ menuItemId: 'gleaner-add-link', pageUrl: page.url(), linkUrl }, await tabOf(page));
  expect(pick).toMatchObject({ url: `${harness.origin}/linked`, title: 'A linked article', issueId: '' });
  const stored = (await readPicks(harness)).filter((entry) => entry.urlKey.endsWith('/linked'));
  expect(stored.map((entry) => entry.title)).toEqual(['A linked article']);
  expect(harness.context.pages().some((open) => open.url().includes('/linked'))).toBe(false);
});

test('"Add selection to Gleaner" adds the page with the selection quoted at the start of the blurb', async () => {
  const page = await openArticle('/quote');
  const selectionText = 'Some words worth sharing.';
  const pick = await clickMenu({ menuItemId: 'gleaner-add-selection', pageUrl: page.url(), selectionText }, await tabOf(page));
  expect(pick).toMatchObject({ title: 'Quotable', blurb: '> Some words worth sharing.\n\n', quote: selectionText });

  const popup = await openPopupFor(harness, page);
  expect(await popup.getByLabel('Blurb').inputValue()).toBe('> Some words worth sharing.\n\n');
  await popup.close();
});

test('"Add page to Gleaner" adds the page once, however often it is clicked', async () => {
  const page = await openArticle('/whole');
  const tab = await tabOf(page);
  const first = await clickMenu({ menuItemId: 'gleaner-add-page', pageUrl: page.url() }, tab);
  const second = await clickMenu({ menuItemId: 'gleaner-add-page', pageUrl: `${page.url()}?utm_campaign=x` }, tab);
  expect(first).toMatchObject({ url: `${harness.origin}/whole`, title: 'A whole page' });
  expect(second?.id).toBe(first?.id);
  expect((await readPicks(harness)).filter((entry) => entry.urlKey.endsWith('/whole'))).toHaveLength(1);
});

test('the badge counts the inbox through captures and deletions, and is empty at zero', async () => {
  const inboxCount = async (): Promise<number> => (await readPicks(harness)).filter((pick) => pick.issueId === '').length;
  const shown = (count: number): string => (count > 0 ? String(count) : '');
  const page = await openArticle('/other');
  const before = await inboxCount();
  await expect.poll(() => badgeText(harness)).toBe(shown(before));

  await clickMenu({ menuItemId: 'gleaner-add-page', pageUrl: page.url() }, await tabOf(page));
  await expect.poll(() => badgeText(harness)).toBe(shown(before + 1));

  // Delete every pick through the popup, one page at a time, as a curator would.
  const urls = [...new Set((await readPicks(harness)).map((pick) => pick.url.replace(/\?.*$/, '')))];
  for (const url of urls) {
    const article = await openArticle(new URL(url).pathname);
    const popup = await openPopupFor(harness, article);
    await popup.getByRole('button', { name: 'Delete pick' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toContain('Pick deleted');
    await popup.close();
    await article.close();
    await expect.poll(() => badgeText(harness)).toBe(shown(await inboxCount()));
  }
  expect(await inboxCount()).toBe(0);
  expect(await badgeText(harness)).toBe('');
});
