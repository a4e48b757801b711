// The inbox at scale and the badge, seen from the options page: picks captured through the background's
// capture handler (the one the context menu calls; headless Chromium cannot click menus).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { badgeText } from './capture-helpers';
import { launch, type Harness } from './harness';

interface GleanerWorker {
  gleaner: { capturePage(page: { url: string; title: string }): Promise<unknown> };
}

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(() => harness?.close());

async function captureMany(count: number, prefix: string): Promise<void> {
  await harness.worker.evaluate(async ({ count, prefix }) => {
    const { gleaner } = globalThis as unknown as GleanerWorker;
    for (let i = 0; i < count; i++) {
      await gleaner.capturePage({ url: `https://example.org/${prefix}/${i}`, title: `${prefix} article ${i}` });
    }
  }, { count, prefix });
}

async function openOptions(): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(harness.extensionUrl('src/options/index.html'));
  await page.getByRole('heading', { name: 'Draft issue' }).waitFor();
  return page;
}

test('a long inbox renders what is on screen, scrolls to its oldest pick, and search reaches those not shown', async () => {
  await captureMany(130, 'scale');
  const page = await openOptions();
  const items = page.getByTestId('inbox-item');
  // Newest first, and only a window of the 130 in the page, each saying where it stands.
  await expect.poll(() => items.first().textContent()).toContain('scale article 129');
  expect(await items.count()).toBeLessThan(60);
  expect(await items.first().getAttribute('aria-setsize')).toBe('130');
  expect(await items.first().getAttribute('aria-posinset')).toBe('1');
  // The inbox scrolls in a box of its own, not with the page: the page is no taller for 130 picks.
  const scroller = page.getByTestId('inbox-scroller');
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(130 * 40);
  // To the bottom, as a reader would: again while the picks measured on the way change the list's height.
  // Place and text read together: the window re-renders between two separate reads.
  await expect.poll(async () => {
    await scroller.evaluate((box) => { box.scrollTop = box.scrollHeight; });
    return items.last().evaluate((item) => `${item.getAttribute('aria-posinset')} ${item.textContent}`);
  }).toMatch(/^130 [\s\S]*scale article 0/);
  await scroller.evaluate((box) => { box.scrollTop = 0; });
  await page.getByLabel('Search').fill('scale article 7');
  await expect.poll(() => items.allTextContents()).toEqual(
    expect.arrayContaining([expect.stringContaining('scale article 7'), expect.stringContaining('scale article 79')]),
  );
  // Every word matches: "7" is in 22 of the numbers 0–129.
  await expect.poll(() => items.first().getAttribute('aria-setsize')).toBe('22');
  await page.close();
});

test('moving picks between the inbox and the draft in the options page keeps the badge right', async () => {
  const page = await openOptions();
  const before = Number(await badgeText(harness));
  expect(before).toBeGreaterThan(0);
  await page.getByTestId('inbox-item').first().getByRole('button', { name: 'Add to issue' }).click();
  await expect.poll(async () => Number(await badgeText(harness))).toBe(before - 1);
  await page.getByTestId('block').first().getByRole('button', { name: 'Remove from issue' }).click();
  await expect.poll(async () => Number(await badgeText(harness))).toBe(before);
  // Picks captured meanwhile (the service worker's writes: another page's, to this one) join the count.
  const items = page.getByTestId('inbox-item');
  expect(await items.first().getAttribute('aria-setsize')).toBe(String(before));
  await captureMany(3, 'meanwhile');
  await expect.poll(() => items.first().getAttribute('aria-setsize')).toBe(String(before + 3));
  await expect.poll(async () => Number(await badgeText(harness))).toBe(before + 3);
  await page.close();
});
