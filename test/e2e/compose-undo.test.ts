// Nothing lost by one click, in the options page (issue 10): deleting a pick, a block, a draft, or removing
// a pick from the issue offers "Undo", which puts back the exact records at their place. And a text or a
// heading goes in below any block, not only at the end.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Block, Issue, Pick } from '../../src/core/types';
import { dragHandlesReady, launch, type Harness } from './harness';
import { readRecords, writeRecords } from './write-records';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(() => harness?.close());

function pick(id: string, createdAt: number, fields: Partial<Pick> = {}): Pick {
  return {
    id, url: `https://www.example.org/${id}`, urlKey: `example.org/${id}`, title: `Article ${id}`, blurb: '',
    emoji: '', kind: 'link', tags: [], image: null, description: '', siteName: '', quote: '', issueId: '',
    createdAt, updatedAt: createdAt, ...fields,
  };
}
function draft(id: string, createdAt: number): Issue {
  return {
    id, status: 'draft', date: '2026-11-26', language: 'en', frontMatter: { title: `Draft ${id}` },
    createdAt, updatedAt: createdAt, publishedAt: null,
  };
}
const text = (issueId: string, id: string, order: string, markdown: string): Block => ({ id, issueId, order, type: 'text', markdown });

/** A fresh page on `records` (written before the reload; the newest draft opens). */
async function openWith(records: { picks?: Pick[]; issues?: Issue[]; blocks?: Block[] }): Promise<Page> {
  const page = await harness.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(harness.extensionUrl('src/options/index.html'));
  await page.getByRole('heading', { name: 'Draft issue' }).waitFor();
  await writeRecords(page, { picks: records.picks ?? [], issues: records.issues ?? [], blocks: records.blocks ?? [] });
  await page.reload();
  await page.getByRole('heading', { name: 'Draft issue' }).waitFor();
  return page;
}

const inboxTitles = (page: Page): Promise<string[]> => page.getByTestId('inbox-item').locator('.block-label').allTextContents();
const blockLabels = (page: Page): Promise<string[]> => page.getByTestId('block').locator('.block-label').allTextContents();
const undo = (page: Page) => page.getByTestId('undo-toast').getByRole('button', { name: 'Undo' });
const stored = async (page: Page, id: string): Promise<Pick | undefined> => (await readRecords(page)).picks.find((each) => each.id === id);
const storedBlock = async (page: Page, id: string): Promise<Block | undefined> => (await readRecords(page)).blocks.find((each) => each.id === id);

test('a deleted pick comes back by Undo exactly as it was (blurb included), at its place in the inbox', async () => {
  const sacred = pick('sacred', 2_000, { blurb: 'A blurb of *700* characters that took ten minutes.', emoji: '🦀', tags: ['rust'], kind: 'featured' });
  const page = await openWith({ picks: [pick('newer', 3_000), sacred, pick('older', 1_000)], issues: [draft('d-undo-pick', Date.now() + 1e6)] });
  await expect.poll(() => inboxTitles(page)).toEqual(['Article newer', '🦀 Article sacred', 'Article older']);

  await page.getByTestId('inbox-item').filter({ hasText: 'Article sacred' }).getByRole('button', { name: 'Delete pick' }).click();
  await expect.poll(() => inboxTitles(page)).toEqual(['Article newer', 'Article older']);
  expect(await stored(page, 'sacred')).toBeUndefined();
  await expect.poll(() => page.getByTestId('undo-toast').textContent()).toContain('Pick deleted.');

  await undo(page).click();
  await expect.poll(() => inboxTitles(page)).toEqual(['Article newer', '🦀 Article sacred', 'Article older']);
  // As it was; only updatedAt is the restore's (so that sync takes the restore as newer than the delete).
  expect(await stored(page, 'sacred')).toEqual({ ...sacred, updatedAt: expect.any(Number) });
  await expect(page.getByTestId('undo-toast').count()).resolves.toBe(0);
  // Focus returns to the pick that came back.
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-pick-id]')?.getAttribute('data-pick-id'))).toBe('sacred');
  await page.close();
});

test('a deleted block and a pick removed from the issue come back by Undo at their place', async () => {
  const issueId = 'd-undo-block';
  const inIssue = pick('placed', 1_000, { issueId, blurb: 'Kept words.' });
  const blocks = [
    text(issueId, 't1', 'a0', 'First words'),
    { id: 'p1', issueId, order: 'a1', type: 'pick', pickId: 'placed' } as Block,
    text(issueId, 't2', 'a2', 'Middle words'),
    text(issueId, 't3', 'a3', 'Last words'),
  ];
  const page = await openWith({ picks: [inIssue], issues: [draft(issueId, Date.now() + 2e6)], blocks });
  const order = ['First words', 'Article placed', 'Middle words', 'Last words'];
  await expect.poll(() => blockLabels(page)).toEqual(order);

  await page.getByTestId('block').filter({ hasText: 'Middle words' }).getByRole('button', { name: 'Delete block' }).click();
  await expect.poll(() => blockLabels(page)).toEqual(['First words', 'Article placed', 'Last words']);
  await expect.poll(() => page.getByTestId('undo-toast').textContent()).toContain('Block deleted.');
  await undo(page).click();
  await expect.poll(() => blockLabels(page)).toEqual(order);
  expect(await storedBlock(page, 't2')).toEqual({ ...blocks[2], updatedAt: expect.any(Number) });

  await page.getByTestId('block').filter({ hasText: 'Article placed' }).getByRole('button', { name: 'Remove from issue' }).click();
  await expect.poll(() => inboxTitles(page)).toContain('Article placed');
  await expect.poll(() => page.getByTestId('undo-toast').textContent()).toContain('Removed from the issue.');
  // From the keyboard, where focus went (the pick's "Add to issue" in the inbox): Ctrl+Z.
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('add');
  await page.keyboard.press('Control+z');
  await expect.poll(() => blockLabels(page)).toEqual(order);
  await expect.poll(() => inboxTitles(page)).not.toContain('Article placed');
  expect(await storedBlock(page, 'p1')).toEqual({ ...blocks[1], updatedAt: expect.any(Number) });
  expect((await stored(page, 'placed'))?.issueId).toBe(issueId);
  await page.close();
});

test('a pick dragged from the issue onto the inbox comes back by Undo at its place', async () => {
  const issueId = 'd-undo-drag';
  const blocks = [
    text(issueId, 'g1', 'a0', 'Opening words'),
    { id: 'gp', issueId, order: 'a1', type: 'pick', pickId: 'dragged' } as Block,
    text(issueId, 'g2', 'a2', 'Closing words'),
  ];
  // Newer than the previous test's draft, older than the next test's: the newest draft opens.
  const page = await openWith({ picks: [pick('dragged', 1_000, { issueId, blurb: 'Words worth keeping.' })], issues: [draft(issueId, Date.now() + 2.5e6)], blocks });
  const order = ['Opening words', 'Article dragged', 'Closing words'];
  await expect.poll(() => blockLabels(page)).toEqual(order);

  await dragHandlesReady(page);
  await page.getByTestId('block').filter({ hasText: 'Article dragged' }).locator('.grip').dragTo(page.getByTestId('inbox'));
  await expect.poll(() => inboxTitles(page)).toContain('Article dragged');
  expect(await blockLabels(page)).toEqual(['Opening words', 'Closing words']);
  await expect.poll(() => page.getByTestId('undo-toast').textContent()).toContain('Removed from the issue.');
  await undo(page).click();
  await expect.poll(() => blockLabels(page)).toEqual(order);
  await expect.poll(() => inboxTitles(page)).not.toContain('Article dragged');
  expect(await storedBlock(page, 'gp')).toEqual({ ...blocks[1], updatedAt: expect.any(Number) });
  expect(await stored(page, 'dragged')).toMatchObject({ issueId, blurb: 'Words worth keeping.' });
  await page.close();
});

test('a deleted draft comes back by Undo with its blocks, and its picks leave the inbox again', async () => {
  const issueId = 'd-undo-draft';
  const blocks = [text(issueId, 'dt1', 'a0', 'Editorial'), { id: 'dp1', issueId, order: 'a1', type: 'pick', pickId: 'drafted' } as Block];
  const page = await openWith({
    picks: [pick('drafted', 1_000, { issueId })],
    issues: [draft('d-other', Date.now()), draft(issueId, Date.now() + 3e6)],
    blocks,
  });
  await expect.poll(() => blockLabels(page)).toEqual(['Editorial', 'Article drafted']);

  await page.getByRole('button', { name: 'Delete draft' }).click();
  await expect.poll(() => page.getByLabel('Draft', { exact: true }).locator('option').allTextContents()).not.toContain(expect.stringContaining(`Draft ${issueId}`));
  await expect.poll(() => inboxTitles(page)).toContain('Article drafted');
  await expect.poll(() => page.getByTestId('undo-toast').textContent()).toContain('Draft deleted.');

  await undo(page).click();
  await expect.poll(() => blockLabels(page)).toEqual(['Editorial', 'Article drafted']);
  await expect.poll(() => inboxTitles(page)).not.toContain('Article drafted');
  const records = await readRecords(page);
  const back = records.issues.find((issue) => issue.id === issueId);
  expect(back).toEqual({ ...draft(issueId, back!.createdAt), updatedAt: expect.any(Number) });
  expect(records.blocks.filter((block) => block.issueId === issueId)).toEqual(expect.arrayContaining(blocks.map((block) => ({ ...block, updatedAt: expect.any(Number) }))));
  expect(records.blocks.filter((block) => block.issueId === issueId)).toHaveLength(blocks.length);
  await page.close();
});

test('a text or a heading goes in right below the block it is asked from, focused to be typed in', async () => {
  const issueId = 'd-insert';
  const page = await openWith({
    issues: [draft(issueId, Date.now() + 4e6)],
    blocks: [text(issueId, 'i1', 'a0', 'One'), text(issueId, 'i2', 'a1', 'Two'), text(issueId, 'i3', 'a2', 'Three')],
  });
  await expect.poll(() => blockLabels(page)).toEqual(['One', 'Two', 'Three']);

  const first = page.getByTestId('block').filter({ hasText: 'One' });
  await first.getByRole('button', { name: 'Add below' }).click();
  await first.getByRole('group', { name: 'Add below' }).getByRole('button', { name: 'Add text' }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
  await page.keyboard.type('One and a half');
  await expect.poll(() => blockLabels(page)).toEqual(['One', 'One and a half', 'Two', 'Three']);

  // By keyboard: open the menu on "Two", choose the heading.
  const second = page.getByTestId('block').filter({ hasText: 'Two' });
  await second.getByRole('button', { name: 'Add below' }).focus();
  await page.keyboard.press('Enter');
  await second.getByRole('group', { name: 'Add below' }).getByRole('button', { name: 'Add heading' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
  await page.keyboard.type('Section');
  await expect.poll(() => blockLabels(page)).toEqual(['One', 'One and a half', 'Two', 'Section', 'Three']);
  await page.close();
});
