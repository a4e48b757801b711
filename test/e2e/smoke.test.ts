import { afterAll, beforeAll, expect, test } from 'vitest';
import { clickToolbar, launch, type ChromeGlobal, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch({ '/article': { title: 'A fine article' } });
});
afterAll(() => harness?.close());

test('a toolbar click opens the real popup', async () => {
  const page = await harness.context.newPage();
  await page.goto(`${harness.origin}/article`);
  // Service workers have no getViews(): ask from another extension page.
  const observer = await harness.context.newPage();
  await observer.goto(harness.extensionUrl('src/options/index.html'));
  await page.bringToFront();
  await clickToolbar(harness, page);
  await expect
    .poll(() => observer.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.extension.getViews({ type: 'popup' }).length))
    .toBe(1);
});
