// The preview of a long draft renders what is on screen in its panel, in both tabs, and still follows the
// block being edited however far down it is (issue 8, item 5: windowing).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Block, Issue } from '../../src/core/types';
import { launch, type Harness } from './harness';
import { writeRecords } from './write-records';

const TOTAL = 3_000;
/** The preview of 3,000 blocks fills a slice at a time, and each change re-reads the draft: a loaded machine. */
const LONG = { timeout: 40_000 };
/** Several such waits in one test. */
const TEST_TIMEOUT = 120_000;
/** Far more than a panel shows, far fewer than the issue has. */
const WINDOW_BOUND = 100;

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await launch();
  const issueId = 'long-preview';
  const now = Date.now() + 3_600_000;
  const issue: Issue = {
    id: issueId, status: 'draft', date: '2026-11-26', language: 'en', frontMatter: { title: 'A long issue' },
    createdAt: now, updatedAt: now, publishedAt: null,
  };
  // Paragraphs of different lengths: chunks of different heights, measured as they render.
  // A heading every 20 blocks (one in any window): far down, it is nested under the one before it like the first ones are.
  const blocks: Block[] = Array.from({ length: TOTAL }, (_, index) => ({
    id: `p-${index}`, issueId, order: `b${String(index).padStart(5, '0')}`, type: 'text',
    markdown: index % 20 === 10 ? `## Section ${index}` : `Paragraph ${index} says${' something'.repeat(1 + (index % 7) * 12)}.`,
  }));
  page = await harness.context.newPage();
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(harness.extensionUrl('src/options/index.html'));
  await page.getByRole('heading', { name: 'Draft issue' }).waitFor();
  await writeRecords(page, { picks: [], issues: [issue], blocks });
  await page.reload();
  await page.getByTestId('preview-rendered').getByText('Paragraph 0 says').waitFor(LONG);
});
afterAll(() => harness?.close());

interface Followed {
  /** Items of the tab in the page. */
  items: number;
  text: string;
  /** The followed element's top inside the panel's box, and its text really painted there. */
  inView: boolean;
}

/** What the preview shows, read in one go (the window may re-render between two reads). */
function followed(itemSelector: string): Promise<Followed> {
  return page.evaluate((selector) => {
    const panel = document.querySelector('.preview-panel')!;
    const mark = panel.querySelector<HTMLElement>('.is-followed');
    const box = panel.getBoundingClientRect();
    const top = mark?.getBoundingClientRect().top ?? -1;
    const hit = mark ? document.elementFromPoint(box.left + 30, top + 4) : null;
    return {
      items: panel.querySelectorAll(selector).length,
      text: mark?.textContent ?? '',
      inView: mark !== null && top >= box.top && top < box.bottom - 8 && hit !== null && mark.contains(hit),
    };
  }, itemSelector);
}

/** Scrolls the composer to about `fraction` of the draft, starts editing the block shown mid-screen; its label. */
async function editBlockAt(fraction: number): Promise<string> {
  await page.evaluate((at) => window.scrollTo(0, document.documentElement.scrollHeight * at), fraction);
  // The list re-renders its window after the scroll: wait for a block of the new one mid-screen.
  const least = Math.floor(TOTAL * fraction * 0.8);
  const pickMiddle = (): Promise<string> => page.evaluate(() => {
    const list = document.querySelector('[data-testid="block-list"]')!.getBoundingClientRect();
    const block = document.elementFromPoint(list.left + 40, window.innerHeight / 2)?.closest<HTMLElement>('[data-testid="block"]');
    return block?.dataset.blockId ?? '';
  });
  await expect.poll(async () => Number((await pickMiddle()).slice(2) || -1), LONG).toBeGreaterThan(least);
  // A paragraph, not a section heading (the one after a heading is on screen too).
  const index = Number((await pickMiddle()).slice(2));
  const paragraph = index % 20 === 10 ? index + 1 : index;
  await page.locator(`[data-testid="block"][data-block-id="p-${paragraph}"] .block-toggle`).click();
  return `Paragraph ${paragraph}`;
}

test('a 3,000-block draft previews a window of chunks, and follows a block far down into view', async () => {
  expect(await page.getByTestId('block').first().getAttribute('aria-setsize')).toBe(String(TOTAL));
  const first = await followed('.preview-chunk');
  expect(first.items).toBeGreaterThan(3);
  expect(first.items).toBeLessThan(WINDOW_BOUND);

  const label = await editBlockAt(0.8);
  await expect.poll(() => followed('.preview-chunk').then(({ text, inView }) => inView && text.startsWith(`${label} says`)), LONG).toBe(true);
  const far = await followed('.preview-chunk');
  expect(far.items).toBeLessThan(WINDOW_BOUND);
  // The page's outline: the first section is an h3 under the preview's h2, every later one an h4 (the
  // chunks far down were sanitised out of order, their headings nested all the same).
  const section = page.locator('.preview-chunk .md-h2').last();
  await section.waitFor(LONG);
  expect(await section.evaluate((heading) => heading.tagName)).toBe('H4');
  expect(await page.locator('.preview-panel').evaluate((panel) => panel.scrollTop)).toBeGreaterThan(10_000);
}, TEST_TIMEOUT);

test('the Markdown tab of the same draft is windowed too, and marks the block far down in view', async () => {
  const label = await editBlockAt(0.6);
  await page.getByRole('tab', { name: 'Markdown' }).click();
  await expect.poll(() => followed('.preview-raw-piece').then(({ text, inView }) => inView && text.startsWith(`${label} says`)), LONG).toBe(true);
  const raw = await followed('.preview-raw-piece');
  expect(raw.items).toBeGreaterThan(3);
  expect(raw.items).toBeLessThan(WINDOW_BOUND);
  // Back to Rendered: the same block is followed there.
  await page.getByRole('tab', { name: 'Rendered' }).click();
  await expect.poll(() => followed('.preview-chunk').then(({ text, inView }) => inView && text.startsWith(`${label} says`)), LONG).toBe(true);
}, TEST_TIMEOUT);
