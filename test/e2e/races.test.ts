// Races between open pages, in a real Chromium: two popups opened at once on a new page, and a popup left
// open while the options page edits the same pick (issue 8).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openPopupFor, readPicks, tabIdOf } from './capture-helpers';
import { launch, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(() => harness?.close());

/** Deletes every stored pick straight in IndexedDB: the page is new again, its activeTab grant stays. */
function forgetPicks(): Promise<void> {
  return harness.worker.evaluate(() => new Promise<void>((resolve, reject) => {
    const request = indexedDB.open('gleaner');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const transaction = request.result.transaction('picks', 'readwrite');
      transaction.objectStore('picks').clear();
      transaction.oncomplete = () => {
        request.result.close();
        resolve();
      };
      transaction.onerror = () => reject(transaction.error);
    };
  }));
}

test('20 times: two popups opened at once on a new page store one pick', async () => {
  let duplicates = 0;
  for (let round = 0; round < 20; round++) {
    const article = await harness.context.newPage();
    await article.goto(`${harness.origin}/twin-${round}`);
    // The toolbar click grants activeTab (and captures the page); forgetting the pick makes it new again.
    await (await openPopupFor(harness, article)).close();
    const tabId = await tabIdOf(harness, article);
    await forgetPicks();
    const popups = await Promise.all([
      openPopupFor(harness, article, { viaToolbar: false, tabId }),
      openPopupFor(harness, article, { viaToolbar: false, tabId }),
    ]);
    const stored = (await readPicks(harness)).filter((pick) => pick.url === `${harness.origin}/twin-${round}`);
    if (stored.length !== 1) duplicates += 1;
    await Promise.all([...popups.map((popup) => popup.close()), article.close()]);
  }
  expect(duplicates).toBe(0);
}, 120_000);

test('a popup left open shows what the options page changed, never writes it back, and keeps both texts of a field edited in both', async () => {
  const article = await harness.context.newPage();
  await article.goto(`${harness.origin}/stale`);
  const popup = await openPopupFor(harness, article);
  const options = await harness.context.newPage();
  await options.goto(harness.extensionUrl('src/options/index.html#compose'));
  const stored = async (): Promise<{ id?: string; title?: string; blurb?: string } | undefined> =>
    (await readPicks(harness)).find((pick) => pick.url === `${harness.origin}/stale`);
  // Found by id: its title is about to change.
  const item = options.locator(`[data-pick-id="${(await stored())?.id}"]`);
  await item.getByRole('button', { name: 'Edit' }).click();

  // A field the popup's curator is not editing follows the options page; typing elsewhere keeps it.
  await item.getByRole('textbox', { name: 'Title' }).fill('Title from options');
  await expect.poll(() => popup.getByLabel('Title').inputValue()).toBe('Title from options');
  await popup.getByLabel('Blurb').pressSequentially('x');
  await expect.poll(stored).toMatchObject({ title: 'Title from options', blurb: 'x' });

  // Both edit the blurb: the options page's text lands first; the popup's next key does not overwrite it.
  const optionsBlurb = item.getByRole('textbox', { name: 'Blurb' });
  await expect.poll(() => optionsBlurb.inputValue()).toBe('x');
  await optionsBlurb.fill('from options');
  await expect.poll(stored).toMatchObject({ blurb: 'from options' });
  await popup.getByLabel('Blurb').press('End');
  await popup.getByLabel('Blurb').pressSequentially('y');
  await expect.poll(() => popup.getByRole('alert').textContent()).toContain('Yours: “xy”');
  expect(await popup.getByLabel('Blurb').inputValue()).toBe('from options');
  expect(await stored()).toMatchObject({ blurb: 'from options' });

  // "Use mine" puts the popup's text back; the options page, still typing, is told in turn.
  await popup.getByRole('button', { name: 'Use mine' }).click();
  await expect.poll(stored).toMatchObject({ blurb: 'xy' });
  await optionsBlurb.press('End');
  await optionsBlurb.press('!');
  await expect.poll(() => item.getByRole('alert').textContent()).toContain('Yours: “from options!”');
  expect(await optionsBlurb.inputValue()).toBe('xy');
  expect(await stored()).toMatchObject({ blurb: 'xy', title: 'Title from options' });
  await Promise.all([popup.close(), options.close(), article.close()]);
});
