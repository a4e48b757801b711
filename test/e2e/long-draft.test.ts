// The composer with ten times the data, and with ids no one would type: keyboard moves keep focus and are
// announced, and the long lists render a window of what is on screen.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Block, Issue } from '../../src/core/types';
import { launch, type Harness } from './harness';
import { writeRecords } from './write-records';

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
    return `${active?.textContent ?? active?.tagName ?? ''} @ ${owner}`;
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
