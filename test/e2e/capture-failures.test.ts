// The popup when storage fails: a clear message, and nothing typed is lost.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openPopupFor, readPicks, tabIdOf } from './capture-helpers';
import { launch, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch({ '/full': { title: 'Disk full' }, '/gone': { title: 'Gone elsewhere' }, '/nodb': { title: 'No database' } });
});
afterAll(() => harness?.close());

interface PatchedGlobal {
  IDBObjectStore: { prototype: { put: unknown } };
  originalPut?: unknown;
}

test('a write refused for lack of space says so, keeps the text and saves it with the next change', async () => {
  const article = await harness.context.newPage();
  await article.goto(`${harness.origin}/full`);
  const popup = await openPopupFor(harness, article);
  // Popup edits are written by the service worker: make its IndexedDB refuse every put, as a full disk does.
  await harness.worker.evaluate(() => {
    const scope = globalThis as unknown as PatchedGlobal;
    scope.originalPut = scope.IDBObjectStore.prototype.put;
    scope.IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const blurb = popup.getByLabel('Blurb');
  await blurb.pressSequentially('Kept');
  await expect.poll(() => popup.getByRole('status').textContent()).toContain('storage is full');
  expect(await blurb.inputValue()).toBe('Kept');

  await harness.worker.evaluate(() => {
    const scope = globalThis as unknown as PatchedGlobal;
    scope.IDBObjectStore.prototype.put = scope.originalPut;
  });
  await popup.getByRole('textbox', { name: 'Emoji' }).pressSequentially('🚀');
  await expect.poll(async () => (await readPicks(harness)).find((pick) => pick.title === 'Disk full'))
    .toMatchObject({ blurb: 'Kept', emoji: '🚀' });
  await expect.poll(() => popup.getByRole('status').textContent()).not.toContain('storage is full');
  await popup.close();
});

test('a pick deleted elsewhere while the popup is open is reported, not silently recreated', async () => {
  const article = await harness.context.newPage();
  await article.goto(`${harness.origin}/gone`);
  const popup = await openPopupFor(harness, article);
  const tabId = await tabIdOf(harness, article);
  const other = await openPopupFor(harness, article, { viaToolbar: false, tabId });
  await other.getByRole('button', { name: 'Delete pick' }).click();
  await expect.poll(() => other.getByRole('status').textContent()).toContain('Pick deleted');
  await popup.getByLabel('Blurb').pressSequentially('x');
  await expect.poll(() => popup.getByRole('status').textContent()).toContain('deleted in another window');
  expect((await readPicks(harness)).some((pick) => pick.title === 'Gone elsewhere')).toBe(false);
  await Promise.all([popup.close(), other.close()]);
});

test('without IndexedDB (Firefox "never remember history") the popup explains instead of failing', async () => {
  const article = await harness.context.newPage();
  await article.goto(`${harness.origin}/nodb`);
  await (await openPopupFor(harness, article)).close();
  const tabId = await tabIdOf(harness, article);
  const popup = await harness.context.newPage();
  await popup.addInitScript(() => {
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined });
  });
  await popup.goto(harness.extensionUrl(`src/popup/index.html?tab=${tabId}`));
  await expect.poll(() => popup.getByRole('status').textContent()).toContain('no database');
  expect(await popup.getByLabel('Blurb').count()).toBe(0);
  await popup.close();
});
