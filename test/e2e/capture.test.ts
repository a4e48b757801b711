// Capture in a real Chromium: the popup opened on a page, as a toolbar click opens it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { activeTabId, badgeText, openPopupFor, readPicks, tabIdOf } from './capture-helpers';
import { launch, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch({
    '/first': { title: 'A first article' },
    '/tracked': { title: 'Tracked article' },
    '/typing': { title: 'Typing article' },
    '/rich': {
      title: 'Rich article',
      head: '<meta property="og:image" content="/cover.png"><meta property="og:description" content="What it is about">' +
        '<meta property="og:site_name" content="Rich Site"><link rel="canonical" href="/rich">',
    },
    '/deleted': { title: 'Soon deleted' },
    '/og-title': {
      title: 'Ann Lee on LinkedIn: We moved CI to Nix | 14 comments',
      head: '<meta property="og:title" content="We moved CI to Nix">',
    },
    '/site-suffix': { title: 'Kubernetes drops cgroup v1 - The New Stack', head: '<meta property="og:site_name" content="The New Stack">' },
  });
});
afterAll(() => harness?.close());

async function openArticle(path: string): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`${harness.origin}${path}`);
  return page;
}

test('a toolbar click opens the popup with the page’s title and URL; the blurb survives closing', async () => {
  const article = await openArticle('/first');
  const popup = await openPopupFor(harness, article);
  await expect.poll(() => popup.getByLabel('Title').inputValue()).toBe('A first article');
  expect(await popup.getByLabel('URL').inputValue()).toBe(`${harness.origin}/first`);
  await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('blurb');
  await popup.getByLabel('Blurb').pressSequentially('So [much to say], really.');
  await popup.close();

  const again = await openPopupFor(harness, article, { viaToolbar: false });
  expect(await again.getByLabel('Blurb').inputValue()).toBe('So [much to say], really.');
  await expect.poll(() => again.getByRole('status').textContent()).toContain('Already picked');
  await again.close();
});

test('20 times: whatever was typed is stored, even when the popup closes right after the last key', async () => {
  const article = await openArticle('/typing');
  await (await openPopupFor(harness, article)).close();
  // The toolbar click granted activeTab: from now on the tab's URL, hence its id, is visible.
  const tabId = await tabIdOf(harness, article);
  const alphabet = 'abcdefghijklmnopqrstuvwxyz ABC éàç[]()*_`#!?,.:;-\'"0123456789';
  let expected = '';
  for (let round = 0; round <= 20; round++) {
    const popup = await openPopupFor(harness, article, { viaToolbar: false, tabId });
    const blurb = popup.getByLabel('Blurb');
    expect(await blurb.inputValue()).toBe(expected);
    if (round === 20) break;
    const length = 1 + Math.floor(Math.random() * 16);
    const typed = Array.from({ length }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join('');
    await blurb.fill('');
    await blurb.pressSequentially(typed);
    await popup.close();
    expected = typed;
  }
  const stored = (await readPicks(harness)).filter((pick) => pick.url === `${harness.origin}/typing`);
  expect(stored.map((pick) => pick.blurb)).toEqual([expected]);
});

test('tracking parameters and a text fragment open the same pick, which the popup says is already picked', async () => {
  const article = await openArticle('/tracked');
  const first = await openPopupFor(harness, article);
  await first.getByLabel('Blurb').pressSequentially('Typed once.');
  await first.close();

  await article.goto(`${harness.origin}/tracked/?utm_source=x&fbclid=y#:~:text=Some%20words`);
  const popup = await openPopupFor(harness, article);
  expect(await popup.getByLabel('Blurb').inputValue()).toBe('Typed once.');
  expect(await popup.getByRole('status').textContent()).toContain('Already picked');
  const picks = (await readPicks(harness)).filter((pick) => pick.urlKey.endsWith('/tracked'));
  expect(picks).toHaveLength(1);
  await popup.close();
});

test('page metadata fills the pick without touching what is being typed', async () => {
  const article = await openArticle('/rich?utm_medium=mail');
  const popup = await openPopupFor(harness, article);
  await popup.getByLabel('Blurb').pressSequentially('Mine.');
  await expect.poll(async () => (await readPicks(harness)).find((pick) => pick.title === 'Rich article')).toMatchObject({
    image: `${harness.origin}/cover.png`,
    description: 'What it is about',
    siteName: 'Rich Site',
    url: `${harness.origin}/rich`,
    blurb: 'Mine.',
  });
  expect(await popup.getByLabel('Blurb').inputValue()).toBe('Mine.');
  expect(await popup.getByLabel('URL').inputValue()).toBe(`${harness.origin}/rich`);
  await popup.close();
});

test('og:title is preferred over a suffixed tab title', async () => {
  const popup = await openPopupFor(harness, await openArticle('/og-title'));
  await expect.poll(() => popup.getByLabel('Title').inputValue()).toBe('We moved CI to Nix');
  await expect.poll(async () => (await readPicks(harness)).find((pick) => pick.url.endsWith('/og-title'))?.title).toBe('We moved CI to Nix');
  await popup.close();
});

test('without og:title, the tab title loses the site’s name', async () => {
  const popup = await openPopupFor(harness, await openArticle('/site-suffix'));
  await expect.poll(() => popup.getByLabel('Title').inputValue()).toBe('Kubernetes drops cgroup v1');
  await expect.poll(async () => (await readPicks(harness)).find((pick) => pick.url.endsWith('/site-suffix'))?.title).toBe('Kubernetes drops cgroup v1');
  await popup.close();
});

test('a pick can be deleted from the popup, and the badge follows', async () => {
  const article = await openArticle('/deleted');
  const popup = await openPopupFor(harness, article);
  const inbox = (await readPicks(harness)).filter((pick) => pick.issueId === '').length;
  await expect.poll(() => badgeText(harness)).toBe(String(inbox));
  await popup.getByRole('button', { name: 'Delete pick' }).click();
  await expect.poll(() => popup.getByRole('status').textContent()).toContain('Pick deleted');
  expect((await readPicks(harness)).some((pick) => pick.title === 'Soon deleted')).toBe(false);
  await expect.poll(() => badgeText(harness)).toBe(inbox > 1 ? String(inbox - 1) : '');
  await popup.close();
});

test('a browser page gets a clear message instead of a form', async () => {
  const internal = await harness.context.newPage();
  await internal.goto('chrome://version');
  await internal.bringToFront();
  const tabId = await activeTabId(harness);
  const before = (await readPicks(harness)).length;
  const popup = await harness.context.newPage();
  await popup.goto(harness.extensionUrl(`src/popup/index.html?tab=${tabId}`));
  await expect.poll(() => popup.getByRole('status').textContent()).toContain('can’t capture this page');
  expect(await popup.getByLabel('Blurb').count()).toBe(0);
  expect((await readPicks(harness)).length).toBe(before);
  await popup.close();
  await internal.close();
});
