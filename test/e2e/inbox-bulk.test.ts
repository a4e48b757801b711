// The inbox as a curator sorts it (issue 10): cards that say what each pick is at a glance (thumbnail,
// domain, kind), and several picks checked at once (click, Shift+click, keyboard) to add to the issue,
// tag or delete, the delete undoable. The list is windowed: a Shift range reaches picks not on screen.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Issue, Pick } from '../../src/core/types';
import { launch, type Harness } from './harness';
import { readRecords, writeRecords } from './write-records';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(() => harness?.close());

function pick(n: number, fields: Partial<Pick> = {}): Pick {
  return {
    id: `bulk-${n}`, url: `https://www.site${n}.example/post`, urlKey: `site${n}.example/post`, title: `Bulk ${n}`,
    blurb: `Blurb ${n}.`, emoji: '', kind: 'link', tags: [], image: null, description: '', siteName: '', quote: '',
    issueId: '', createdAt: 1_000 + n, updatedAt: 1_000 + n, ...fields,
  };
}

async function openWith(picks: Pick[], issueId: string): Promise<Page> {
  const page = await harness.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(harness.extensionUrl('src/options/index.html'));
  await page.getByRole('heading', { name: 'Draft issue' }).waitFor();
  const issue: Issue = {
    id: issueId, status: 'draft', date: '2026-11-26', language: 'en', frontMatter: { title: issueId },
    createdAt: Date.now() + 1e6, updatedAt: 1, publishedAt: null,
  };
  await writeRecords(page, { picks, issues: [issue], blocks: [] });
  await page.reload();
  await page.getByRole('heading', { name: 'Draft issue' }).waitFor();
  return page;
}

const card = (page: Page, n: number) => page.locator(`[data-pick-id="bulk-${n}"]`);
const checkbox = (page: Page, n: number) => page.getByRole('checkbox', { name: `Select “Bulk ${n}”` });
const selectedCount = (page: Page): Promise<string | null> => page.getByTestId('inbox-bulk').locator('.inbox-bulk-count').textContent();

test('a card shows the thumbnail (lazy), the domain and the kind', async () => {
  const page = await openWith([pick(1, { image: `${harness.origin}/thumb.svg`, kind: 'sponsor' }), pick(2)], 'd-cards');
  const first = card(page, 1);
  await expect.poll(() => first.locator('.inbox-domain').textContent()).toBe('site1.example');
  expect(await first.locator('.inbox-kind').textContent()).toBe('Sponsor');
  const image = first.locator('img.inbox-thumb');
  expect(await image.getAttribute('loading')).toBe('lazy');
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(120);
  // No image captured: an empty box keeps the card's shape, nothing is loaded.
  expect(await card(page, 2).locator('img').count()).toBe(0);
  await page.close();
});

test('checked picks are added to the issue, tagged, and deleted with Undo; Shift+click checks a range', async () => {
  const picks = [1, 2, 3, 4, 5, 6].map((n) => pick(n + 100));
  const page = await openWith(picks, 'd-bulk');
  await expect.poll(() => page.getByTestId('inbox-item').count()).toBeGreaterThanOrEqual(6);

  // Newest first: 106, 105, 104, 103... Click 105, Shift+click 103: three checked.
  await checkbox(page, 105).click();
  await checkbox(page, 103).click({ modifiers: ['Shift'] });
  await expect.poll(() => selectedCount(page)).toBe('3 selected');
  expect(await checkbox(page, 104).isChecked()).toBe(true);
  expect(await checkbox(page, 106).isChecked()).toBe(false);

  const bar = page.getByTestId('inbox-bulk');
  await bar.getByRole('textbox', { name: 'Tag to add to the selected picks' }).fill('weekly');
  await bar.getByRole('button', { name: 'Tag', exact: true }).click();
  await expect.poll(async () => (await readRecords(page)).picks.filter((each) => each.tags.includes('weekly')).map((each) => each.id).sort())
    .toEqual(['bulk-103', 'bulk-104', 'bulk-105']);

  await bar.getByRole('button', { name: 'Add to issue' }).click();
  await expect.poll(() => page.getByTestId('block').locator('.block-label').allTextContents()).toEqual(['Bulk 105', 'Bulk 104', 'Bulk 103']);
  await expect.poll(() => selectedCount(page)).toBe('0 selected');

  // By keyboard: Space checks the focused box.
  await checkbox(page, 106).focus();
  await page.keyboard.press('Space');
  await checkbox(page, 101).focus();
  await page.keyboard.press('Space');
  await expect.poll(() => selectedCount(page)).toBe('2 selected');
  const before = (await readRecords(page)).picks.filter((each) => each.id === 'bulk-106' || each.id === 'bulk-101');
  await bar.getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => card(page, 106).count()).toBe(0);
  expect(await card(page, 101).count()).toBe(0);
  await expect.poll(() => page.getByTestId('undo-toast').textContent()).toContain('Deleted 2 picks.');
  await page.getByTestId('undo-toast').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => card(page, 106).count()).toBe(1);
  const after = (await readRecords(page)).picks.filter((each) => each.id === 'bulk-106' || each.id === 'bulk-101');
  expect(after).toEqual(expect.arrayContaining(before.map((each) => ({ ...each, updatedAt: expect.any(Number) }))));
  expect(after).toHaveLength(2);
  await page.close();
});

test('a Shift range reaches picks the windowed list has not rendered', async () => {
  const picks = Array.from({ length: 200 }, (_, n) => pick(n + 1_000));
  const page = await openWith(picks, 'd-range');
  // The shared profile may hold picks of earlier tests: the range counts from the first of these.
  await expect.poll(() => checkbox(page, 1_199).count()).toBe(1);
  await checkbox(page, 1_199).click();
  expect(await page.getByTestId('inbox-item').count()).toBeLessThan(100);
  await page.getByTestId('inbox-scroller').evaluate((box) => { box.scrollTop = box.scrollHeight; });
  await expect.poll(() => checkbox(page, 1_000).count()).toBe(1);
  // Items scrolled into view are measured as they render, which moves them a little: wait until it holds still.
  let last = '';
  await expect.poll(async () => {
    const box = JSON.stringify(await checkbox(page, 1_000).boundingBox());
    const still = box === last;
    last = box;
    return still;
  }).toBe(true);
  await checkbox(page, 1_000).click({ modifiers: ['Shift'] });
  await expect.poll(() => checkbox(page, 1_000).isChecked()).toBe(true);
  await expect.poll(() => selectedCount(page)).toBe('200 selected');
  await page.close();
});
