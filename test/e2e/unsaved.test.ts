// Closing the options page while a keystroke is still being written: the browser asks before leaving,
// instead of silently aborting the write (a closing page aborts its IndexedDB transactions).
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Block } from '../../src/core/types';
import { readStore } from './capture-helpers';
import { launch, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(() => harness?.close());

/** The text blocks' Markdown as stored. */
async function storedTexts(harness: Harness): Promise<string[]> {
  const blocks = await readStore<Block>(harness, 'blocks');
  return blocks.flatMap((block) => (block.type === 'text' ? [block.markdown] : []));
}

interface Hold {
  gleanerReleaseHold?: () => void;
}

test('leaving while a write is in flight asks first; once stored, the page closes without asking', async () => {
  const page = await harness.context.newPage();
  await page.goto(harness.extensionUrl('src/options/index.html'));
  await page.getByRole('button', { name: 'Add text' }).click();
  const text = page.getByLabel('Text (Markdown)');
  await text.fill('Bonjour');

  // A slow disk, played by a read-write transaction on `blocks` that stays open until released.
  await page.evaluate(() => new Promise<void>((ready) => {
    const request = indexedDB.open('gleaner');
    request.onsuccess = () => {
      const store = request.result.transaction('blocks', 'readwrite').objectStore('blocks');
      let held = true;
      const spin = (): void => {
        if (held) store.count().onsuccess = spin;
      };
      spin();
      (globalThis as Hold).gleanerReleaseHold = () => { held = false; };
      ready();
    };
  }));
  await text.press('!');

  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.type());
    await dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(['beforeunload']);
  expect(page.isClosed()).toBe(false);

  await page.evaluate(() => (globalThis as Hold).gleanerReleaseHold?.());
  await expect.poll(() => storedTexts(harness)).toContain('Bonjour!');
  // Stored: reloading shows the keystroke, and nothing asks any more.
  await page.reload();
  await expect.poll(() => page.getByTestId('block').locator('.block-label').textContent()).toBe('Bonjour!');
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(dialogs).toEqual(['beforeunload']);
});
