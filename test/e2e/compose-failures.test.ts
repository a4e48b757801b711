// The composer's fields when a write fails (issue 8): the same guarantee as Settings and the popup — the
// message is shown at the field, the text stays in it, and the next change stores it all.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Block, Issue } from '../../src/core/types';
import { readStore } from './capture-helpers';
import { launch, type Harness } from './harness';

const FULL = 'Not saved: the browser’s storage is full. Your text is still here; free some space and type again.';

let harness: Harness;
let page: Page;
beforeAll(async () => {
  harness = await launch();
  page = await harness.context.newPage();
  await page.goto(harness.extensionUrl('src/options/index.html#compose'));
  await page.getByRole('button', { name: 'Add text' }).waitFor();
});
afterAll(() => harness?.close());

interface PatchedGlobal {
  IDBObjectStore: { prototype: { put: unknown } };
  originalPut?: unknown;
}

/** The page's IndexedDB refuses every write, as it does when the disk or the quota is full. */
function fillDisk(): Promise<void> {
  return page.evaluate(() => {
    const scope = globalThis as unknown as PatchedGlobal;
    scope.originalPut = scope.IDBObjectStore.prototype.put;
    scope.IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

function freeDisk(): Promise<void> {
  return page.evaluate(() => {
    const scope = globalThis as unknown as PatchedGlobal;
    scope.IDBObjectStore.prototype.put = scope.originalPut;
  });
}

test('a text block typed on a full disk says so under the block, keeps the text, and stores it with the next key', async () => {
  await page.getByRole('button', { name: 'Add text' }).click();
  const text = page.getByRole('textbox', { name: 'Text (Markdown)' });
  await text.waitFor();
  await fillDisk();
  await text.pressSequentially('Kept');
  const item = page.getByTestId('block').filter({ has: text });
  await expect.poll(() => item.getByRole('alert').textContent()).toBe(FULL);
  expect(await text.inputValue()).toBe('Kept');
  const markdown = async (): Promise<string[]> =>
    (await readStore<Block>(harness, 'blocks')).flatMap((block) => (block.type === 'text' ? [block.markdown] : []));
  expect(await markdown()).toEqual(['']);

  await freeDisk();
  await text.press('!');
  await expect.poll(markdown).toEqual(['Kept!']);
  await expect.poll(() => item.getByRole('alert').count()).toBe(0);
});

test('the issue title on a full disk: the message is at the field and the title is stored once space is back', async () => {
  const title = page.getByLabel('Issue title');
  await fillDisk();
  await title.fill('Numéro spécial');
  await expect.poll(() => page.getByRole('alert').allTextContents()).toContain(FULL);
  expect(await title.inputValue()).toBe('Numéro spécial');

  await freeDisk();
  await title.press('End');
  await title.press('!');
  await expect.poll(async () => (await readStore<Issue>(harness, 'issues'))[0]?.frontMatter.title).toBe('Numéro spécial!');
  await expect.poll(() => page.getByRole('alert').count()).toBe(0);
});

test('an impossible issue date is told at the field, stays typed, and is never stored', async () => {
  const storedDate = async (): Promise<string | undefined> => (await readStore<Issue>(harness, 'issues'))[0]?.date;
  const date = page.getByLabel('Date', { exact: true });
  // The curator types 31 February 2026 (en-US: month, day, year) and moves on. On the way, "02" made a
  // real date (1 February): that one may be stored; 31 February never is.
  await date.focus();
  await page.keyboard.type('02312026');
  await page.getByLabel('Issue title').focus();
  const item = page.locator('.field').filter({ has: date });
  await expect.poll(() => item.getByRole('alert').count()).toBe(1);
  // The message names the date stored. Read together, until they agree: a real date made on the way may
  // still be on its way to the database, or to the form, when the message first shows (a clean-clone CI
  // once read 2026-02-03 stored while the message still named the date before it).
  await expect.poll(async () => {
    const stored = await storedDate();
    return (await item.getByRole('alert').textContent()) === `Not a day of the calendar: the issue keeps its date, ${stored}.`;
  }).toBe(true);
  const kept = await storedDate();
  expect(kept).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(kept).not.toContain('-02-31');
  expect(await item.getByRole('alert').textContent()).toBe(`Not a day of the calendar: the issue keeps its date, ${kept}.`);
  expect(await date.getAttribute('aria-invalid')).toBe('true');
  // What was typed stays in the field, even as another field's write re-renders the form.
  await page.getByLabel('Issue title').pressSequentially(' x');
  await expect.poll(async () => (await readStore<Issue>(harness, 'issues'))[0]?.frontMatter.title).toMatch(/ x$/);
  expect(await date.evaluate((input: HTMLInputElement) => input.validity.badInput)).toBe(true);
  expect(await storedDate()).toBe(kept);

  // Made real (28 February), it is stored and the message goes.
  await date.focus();
  await page.keyboard.type('02282026');
  await expect.poll(storedDate).toBe('2026-02-28');
  await page.getByLabel('Issue title').focus();
  await expect.poll(() => item.getByRole('alert').count()).toBe(0);
  expect(await date.inputValue()).toBe('2026-02-28');
});
