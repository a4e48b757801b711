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

test('a long inbox shows 100 picks, then more on request, and search reaches those not shown', async () => {
  await captureMany(130, 'scale');
  const page = await openOptions();
  const items = page.getByTestId('inbox-item');
  await expect.poll(() => items.count()).toBe(100);
  // Newest first: the last capture leads, the first ones wait behind "Show more".
  await expect.poll(() => items.first().textContent()).toContain('scale article 129');
  await page.getByLabel('Search').fill('scale article 7');
  await expect.poll(() => items.allTextContents()).toEqual(
    expect.arrayContaining([expect.stringContaining('scale article 7'), expect.stringContaining('scale article 79')]),
  );
  await page.getByLabel('Search').fill('');
  await page.getByRole('button', { name: 'Show 30 more (30 not shown)' }).click();
  await expect.poll(() => items.count()).toBe(130);
  await expect(page.getByRole('button', { name: /^Show \d+ more/ }).count()).resolves.toBe(0);
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
  await page.close();
});
