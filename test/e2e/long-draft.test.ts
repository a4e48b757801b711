// The composer with ten times the data, and with ids no one would type: keyboard moves keep focus and are
// announced, and the long lists render a window of what is on screen.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Block, Issue } from '../../src/core/types';
import { launch, type Harness } from './harness';
import { writeRecords } from './write-records';

/** Every change re-reads the 5,000-block draft (its export needs all of it): give a loaded machine time. */
const LONG = { timeout: 20_000 };

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(() => harness?.close());

function draft(id: string, createdAt: number): Issue {
  return {
    id, status: 'draft', date: '2026-11-26', language: 'en', frontMatter: { title: id },
    createdAt, updatedAt: createdAt, publishedAt: null,
  };
}

function textBlock(issueId: string, id: string, order: string, markdown: string): Block {
  return { id, issueId, order, type: 'text', markdown };
}

/** Opens the options page on a fresh draft `issue` made of `blocks` (it opens first: the newest draft). */
async function openWith(issue: Issue, blocks: Block[]): Promise<Page> {
  const page = await harness.context.newPage();
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(harness.extensionUrl('src/options/index.html'));
  await page.getByRole('heading', { name: 'Draft issue' }).waitFor();
  await writeRecords(page, { picks: [], issues: [issue], blocks });
  await page.reload();
  await page.getByRole('heading', { name: 'Draft issue' }).waitFor();
  return page;
}

function blockLabels(page: Page): Promise<string[]> {
  return page.getByTestId('block').locator('.block-label').allTextContents();
}
function announcement(page: Page): Promise<string> {
  return page.locator('body > [role="status"]').last().textContent().then((text) => text ?? '');
}
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const owner = active?.closest<HTMLElement>('[data-testid="block"]')?.dataset.blockId ?? '';
    // Icon buttons are named by aria-label.
    return `${active?.getAttribute('aria-label') ?? active?.textContent ?? active?.tagName ?? ''} @ ${owner}`;
  });
}

test('blocks whose ids hold quotes and brackets keep focus as they move, and are announced', async () => {
  const odd = ['a"]b', "c'd]", 'e\\"] [x'];
  const page = await openWith(draft('odd-ids', Date.now() + 3_600_000), [
    textBlock('odd-ids', odd[0]!, 'a0', 'First'),
    textBlock('odd-ids', odd[1]!, 'a1', 'Second'),
    textBlock('odd-ids', odd[2]!, 'a2', 'Third'),
  ]);
  await expect.poll(() => blockLabels(page)).toEqual(['First', 'Second', 'Third']);

  await page.getByTestId('block').first().getByRole('button', { name: 'Move down' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => blockLabels(page)).toEqual(['Second', 'First', 'Third']);
  await expect.poll(() => announcement(page)).toBe('Moved “First” to position 2 of 3');
  await expect.poll(() => focused(page)).toBe(`Move down @ ${odd[0]}`);
  await page.keyboard.press('Enter');
  await expect.poll(() => blockLabels(page)).toEqual(['Second', 'Third', 'First']);
  // At the bottom "Move down" is disabled: focus goes to "Move up" of the same block.
  await expect.poll(() => focused(page)).toBe(`Move up @ ${odd[0]}`);

  // Deleting a block hands focus to the next one's delete button.
  await page.getByTestId('block').first().getByRole('button', { name: 'Delete block' }).click();
  await expect.poll(() => blockLabels(page)).toEqual(['Third', 'First']);
  await expect.poll(() => focused(page)).toBe(`Delete block @ ${odd[2]}`);
  await page.close();
});

test('a 5,000-block draft renders a window; a new block at its end gets focus; moves are announced', async () => {
  const total = 5_000;
  const issueId = 'long-draft';
  const blocks = Array.from({ length: total }, (_, index) =>
    textBlock(issueId, `long-${index}`, `b${String(index).padStart(5, '0')}`, `Paragraph ${index}`));
  const page = await openWith(draft(issueId, Date.now() + 7_200_000), blocks);
  const shown = page.getByTestId('block');
  await expect.poll(() => shown.first().locator('.block-label').textContent(), LONG).toBe('Paragraph 0');
  expect(await shown.count()).toBeLessThan(60);
  // The first screen reads the first blocks only, not counted (-1: unknown); the whole read gives the size.
  await expect.poll(() => shown.first().getAttribute('aria-setsize'), LONG).toBe(String(total));

  // "Add text" appends below 5,000 blocks that are not in the page: the new one comes on screen, focused.
  await page.getByRole('button', { name: 'Add text' }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), LONG).toBe('TEXTAREA');
  await page.keyboard.type('The last word.');
  const last = page.locator('[data-testid="block"]:has(:focus)');
  await expect.poll(() => last.getAttribute('aria-posinset'), LONG).toBe(String(total + 1));
  expect(await last.locator('textarea').inputValue()).toBe('The last word.');
  await expect.poll(() => last.locator('.block-label').textContent(), LONG).toBe('The last word.');
  expect(await shown.count()).toBeLessThan(60);

  // Keyboard moves keep focus on the moved block and say where it went.
  await last.getByRole('button', { name: 'Move up' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => announcement(page), LONG).toBe(`Moved “The last word.” to position ${total} of ${total + 1}`);
  await expect.poll(() => focused(page), LONG).toMatch(/^Move up @ /);
  const moved = page.locator('[data-testid="block"]:has(:focus)');
  await expect.poll(() => moved.getAttribute('aria-posinset'), LONG).toBe(String(total));

  // Scrolled far away, the focused block stays in the page, so typing or Tab never loses its place.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => shown.first().locator('.block-label').textContent(), LONG).toBe('Paragraph 0');
  expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="block"]')?.getAttribute('aria-posinset'))).toBe(String(total));
  await page.close();
});
