// The look of the popup and of Compose (issue 10), in light and dark: screenshots for a reviewer in
// test-results/, and the behaviours the design promises: compact blocks that open in place, a preview that
// follows the block being edited, and a preview and export bar that stay on screen in a long draft.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Block, Pick } from '../../src/core/types';
import { REFERENCE_BLOCKS, REFERENCE_ISSUE, REFERENCE_PICKS } from '../fixtures/reference-issue';
import { openPopupFor } from './capture-helpers';
import { launch, type Harness } from './harness';
import { writeRecords } from './write-records';

const SHOTS = resolve('test-results');
const SCHEMES = ['light', 'dark'] as const;

const ARTICLE = {
  title: 'Backups you can restore | Sample Blog',
  head: '<meta property="og:title" content="Backups you can restore: a week with restic">' +
    '<meta property="og:site_name" content="Sample Blog"><meta property="og:image" content="/cover.svg">' +
    '<meta property="og:description" content="What a week of restic snapshots taught us about restores.">',
};

/** The reference issue as a draft, lengthened with text blocks to 40 blocks, and three picks waiting in the inbox. */
const DRAFT = { ...REFERENCE_ISSUE, status: 'draft' as const, publishedAt: null, createdAt: Date.now() + 3_600_000 };
const FILLER: Block[] = Array.from({ length: 40 - REFERENCE_BLOCKS.length }, (_, index) => ({
  id: `filler-${index}`, issueId: DRAFT.id, order: `z${String(index).padStart(3, '0')}`, type: 'text',
  markdown: `Filler paragraph ${index + 1}, long enough to take a few lines in the preview once it is rendered there.`,
}));
const FIRST_BLOCK_ID = [...REFERENCE_BLOCKS, ...FILLER].reduce((first, block) => (block.order < first.order ? block : first)).id;
const LAST_BLOCK_ID = [...REFERENCE_BLOCKS, ...FILLER].reduce((last, block) => (block.order > last.order ? block : last)).id;
const INBOX: Pick[] = [...REFERENCE_PICKS.values()].slice(0, 3).map((pick, index) => ({
  ...pick, id: `inbox-${index}`, issueId: '', url: `${pick.url}?again=${index}`, urlKey: `${pick.urlKey}?again=${index}`,
}));

let harness: Harness;
let compose: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  harness = await launch({ '/article': ARTICLE });
  compose = await harness.context.newPage();
  // The issue's window: a normal laptop screen, not a grown viewport.
  await compose.setViewportSize({ width: 1280, height: 800 });
  await compose.goto(harness.extensionUrl('src/options/index.html'));
  await compose.getByRole('heading', { name: 'Draft issue' }).waitFor();
  await writeRecords(compose, { picks: [...REFERENCE_PICKS.values(), ...INBOX], issues: [DRAFT], blocks: [...REFERENCE_BLOCKS, ...FILLER] });
  await compose.reload();
  await compose.getByTestId('preview-rendered').waitFor();
});
afterAll(() => harness?.close());

function blocks(): Locator {
  return compose.getByTestId('block');
}

/** The followed chunk's box and the preview panel's, in window coordinates. */
function followedBoxes(): Promise<{ chunk: DOMRect | null; panel: DOMRect; scrollTop: number }> {
  return compose.evaluate(() => {
    const panel = document.querySelector('.preview-panel')!;
    const chunk = panel.querySelector('.is-followed');
    return { chunk: chunk?.getBoundingClientRect().toJSON() ?? null, panel: panel.getBoundingClientRect().toJSON(), scrollTop: panel.scrollTop };
  });
}

/**
 * Down at the bottom, the draft's last block. By its id, not as the last block in the page: the list is
 * windowed, and while heights are still being measured after the scroll, the window's last block may be
 * one above it, then another one once the window moves (the test then clicked one block and looked for
 * the text box in the next).
 */
async function lastBlock(): Promise<Locator> {
  await compose.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const last = compose.locator(`[data-testid="block"][data-block-id="${LAST_BLOCK_ID}"]`);
  await last.waitFor();
  await expect.poll(() => last.locator('.block-label').textContent()).toContain('Filler paragraph');
  return last;
}

/**
 * Back at the top, the draft's first block takes focus. The list is windowed: right after the scroll, the
 * first block in the page may still be one of the window shown before it, far down, and focusing that one
 * would bring the page back down. So wait for the draft's own first block.
 */
async function focusFirstBlock(): Promise<void> {
  await compose.evaluate(() => window.scrollTo(0, 0));
  const first = compose.locator(`[data-testid="block"][data-block-id="${FIRST_BLOCK_ID}"]`);
  await first.waitFor();
  await first.locator('.block-toggle').focus();
}

/** Polled: the preview is windowed, and the followed chunk is rendered a frame after the panel scrolls to it. */
async function followedInView(): Promise<boolean> {
  const { chunk, panel } = await followedBoxes();
  return chunk !== null && chunk.top >= panel.top && chunk.top < panel.bottom;
}

test('screenshots of the popup and of Compose, light and dark, go to test-results/', async () => {
  const article = await harness.context.newPage();
  await article.goto(`${harness.origin}/article`);
  const popup = await openPopupFor(harness, article);
  await popup.getByLabel('Blurb').fill('Restores are the only backups that count: a week of restic, told with numbers.');
  for (const colorScheme of SCHEMES) {
    await popup.emulateMedia({ colorScheme });
    await compose.emulateMedia({ colorScheme });
    await popup.screenshot({ path: join(SHOTS, `popup-${colorScheme}.png`), fullPage: true });
    await compose.evaluate(() => window.scrollTo(0, 0));
    await compose.screenshot({ path: join(SHOTS, `compose-${colorScheme}.png`) });
    // The same, with a block open to edit.
    await blocks().nth(1).locator('.block-toggle').click();
    await compose.screenshot({ path: join(SHOTS, `compose-editing-${colorScheme}.png`) });
    await blocks().nth(1).locator('.block-toggle').click();
    // The page really changed scheme (the canvas is dark in dark mode).
    const canvas = await compose.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(canvas).toBe(colorScheme === 'dark' ? 'rgb(21, 21, 23)' : 'rgb(246, 246, 247)');
  }
  await compose.emulateMedia({ colorScheme: 'light' });
  await popup.close();
  await article.close();
});

test('blocks are one line each and open in place by click or Enter; Escape closes and focus stays on the line', async () => {
  await expect.poll(() => blocks().count()).toBeGreaterThan(5);
  // Compact: no field in any block, each line holds kind, emoji and title.
  expect(await blocks().locator('input, textarea, select').count()).toBe(0);
  const first = blocks().first();
  const line = (await first.locator('.block-header').boundingBox())!;
  expect(line.height).toBeLessThan(44);
  expect(await first.locator('.block-kind').textContent()).not.toBe('');

  const pickBlock = blocks().filter({ has: compose.locator('.block-kind', { hasText: 'Link' }) }).first();
  const toggle = pickBlock.locator('.block-toggle');
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  await toggle.focus();
  await compose.keyboard.press('Enter');
  await expect.poll(() => pickBlock.getByLabel('Blurb').count()).toBe(1);
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  expect(await compose.evaluate(() => document.activeElement?.classList.contains('block-toggle'))).toBe(true);

  await pickBlock.getByLabel('Blurb').focus();
  await compose.keyboard.press('Escape');
  await expect.poll(() => pickBlock.getByLabel('Blurb').count()).toBe(0);
  expect(await compose.evaluate(() => document.activeElement?.classList.contains('block-toggle'))).toBe(true);

  // By mouse, and closed again.
  await pickBlock.locator('.block-toggle').click();
  await expect.poll(() => pickBlock.getByLabel('Blurb').count()).toBe(1);
  await pickBlock.locator('.block-toggle').click();
  await expect.poll(() => pickBlock.locator('.block-body').count()).toBe(0);
});

test('the preview follows the block being edited, far down and back up', async () => {
  const last = await lastBlock();
  await last.locator('.block-toggle').click();
  await last.getByRole('textbox', { name: 'Text (Markdown)' }).focus();
  await expect.poll(followedInView).toBe(true);
  expect((await followedBoxes()).scrollTop).toBeGreaterThan(500);
  // Typing in it keeps it in view.
  await compose.keyboard.press('End');
  await compose.keyboard.type(' Edited at the end.');
  await expect.poll(() => compose.locator('.is-followed').textContent()).toContain('Edited at the end.');
  await expect.poll(followedInView).toBe(true);

  await focusFirstBlock();
  await expect.poll(async () => (await followedBoxes()).scrollTop).toBeLessThan(300);
  await expect.poll(followedInView).toBe(true);
});

test('the Markdown tab follows too: it scrolls to the lines of the block being typed in and marks them', async () => {
  await compose.getByRole('tab', { name: 'Markdown' }).click();
  await compose.getByTestId('preview-raw').waitFor();
  await compose.evaluate(() => { document.querySelector('.preview-panel')!.scrollTop = 0; });
  const last = await lastBlock();
  if ((await last.locator('.block-toggle').getAttribute('aria-expanded')) !== 'true') await last.locator('.block-toggle').click();
  const text = last.getByRole('textbox', { name: 'Text (Markdown)' });
  await text.focus();
  await compose.keyboard.press('End');
  await compose.keyboard.type(' Typed with the Markdown tab open.');
  // The marked lines are the block's, with what was just typed, and the panel scrolled down to them.
  await expect.poll(() => compose.locator('.preview-raw .is-followed').textContent()).toMatch(/^Filler paragraph \d+.* Typed with the Markdown tab open\.$/s);
  await expect.poll(followedInView).toBe(true);
  expect((await followedBoxes()).scrollTop).toBeGreaterThan(500);

  // Moving to the first block brings the panel back up and marks that block instead.
  await focusFirstBlock();
  await expect.poll(async () => (await followedBoxes()).scrollTop).toBeLessThan(300);
  expect(await compose.locator('.preview-raw .is-followed').textContent()).not.toContain('Typed with the Markdown tab open.');
  await expect.poll(followedInView).toBe(true);
  await compose.getByRole('tab', { name: 'Rendered' }).click();
});

test('in a long draft the inbox, the preview and the export bar stay on screen while the page scrolls', async () => {
  const height = await compose.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeGreaterThan(2 * 800);
  for (const y of [0, height / 2, height]) {
    await compose.evaluate((top) => window.scrollTo(0, top), y);
    const download = (await compose.getByRole('button', { name: 'Download .md' }).boundingBox())!;
    expect(download.y).toBeGreaterThanOrEqual(0);
    expect(download.y + download.height).toBeLessThanOrEqual(800);
    const preview = (await compose.locator('.preview-panel').boundingBox())!;
    expect(preview.y).toBeGreaterThanOrEqual(0);
    expect(preview.y).toBeLessThan(200);
    // The inbox's newest pick too, ready for "Add to issue" at the end of the draft.
    const newest = (await compose.getByTestId('inbox-item').first().boundingBox())!;
    expect(newest.y).toBeGreaterThanOrEqual(0);
    expect(newest.y + newest.height).toBeLessThanOrEqual(800);
  }
  // One Copy Markdown on the page, in the export bar.
  expect(await compose.getByRole('button', { name: 'Copy Markdown' }).count()).toBe(1);
});
