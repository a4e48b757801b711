// Races between open pages, in a real Chromium: two popups opened at once on a new page, and a popup left
// open while the options page edits the same pick (issue 8).
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Block, Issue } from '../../src/core/types';
import { openPopupFor, readPicks, readStore, tabIdOf } from './capture-helpers';
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

test('two options tabs typing in one text block and one front matter field: the later text is kept, the other shown', async () => {
  const [first, second] = [await harness.context.newPage(), await harness.context.newPage()];
  for (const page of [first, second]) await page.goto(harness.extensionUrl('src/options/index.html#compose'));
  await first.getByRole('button', { name: 'Add text' }).click();
  const boxes = [first, second].map((page) => page.getByRole('textbox', { name: 'Text (Markdown)' }));
  await boxes[1]!.waitFor();
  const markdown = async (): Promise<string[]> =>
    (await readStore<Block>(harness, 'blocks')).flatMap((block) => (block.type === 'text' ? [block.markdown] : []));
  const title = async (): Promise<unknown> => (await readStore<Issue>(harness, 'issues')).find((issue) => issue.status === 'draft')?.frontMatter.title;

  for (const [field, stored] of [[boxes, markdown], [[first, second].map((page) => page.getByLabel('Issue title')), title]] as const) {
    const [mine, theirs] = field;
    // The second tab's curator is in the field; the first tab's writes there meanwhile.
    await theirs!.focus();
    await mine!.fill('from the first tab');
    await expect.poll(stored).toEqual(field === boxes ? ['from the first tab'] : 'from the first tab');
    await theirs!.press('End');
    await theirs!.pressSequentially('!');
    // Not written over: the second tab shows the stored text and offers its own back.
    const notice = theirs!.locator('xpath=ancestor::*[contains(@class, "field")][1]').getByRole('alert');
    await expect.poll(() => notice.textContent()).toContain('Edited elsewhere');
    expect(await theirs!.inputValue()).toBe('from the first tab');
    expect(await stored()).toEqual(field === boxes ? ['from the first tab'] : 'from the first tab');
    const yours = (await notice.textContent())!;
    // "Use mine" puts the second tab's text back; the first tab, typing on, is told in its turn.
    await notice.getByRole('button', { name: 'Use mine' }).click();
    const kept = /Yours: “(.*)”/.exec(yours)![1]!;
    await expect.poll(stored).toEqual(field === boxes ? [kept] : kept);
    await mine!.press('End');
    await mine!.pressSequentially('?');
    const mineNotice = mine!.locator('xpath=ancestor::*[contains(@class, "field")][1]').getByRole('alert');
    await expect.poll(() => mineNotice.textContent()).toContain('Yours: “from the first tab?”');
    expect(await mine!.inputValue()).toBe(kept);
    await mine!.blur();
    await theirs!.blur();
  }
  await Promise.all([first.close(), second.close()]);
});

test('a draft made elsewhere (another tab, or a co-curator\'s by sync) does not take the place of the draft open here', async () => {
  const [here, elsewhere] = [await harness.context.newPage(), await harness.context.newPage()];
  await here.goto(harness.extensionUrl('src/options/index.html#compose'));
  const picker = here.getByLabel('Draft', { exact: true });
  await expect.poll(() => picker.inputValue()).not.toBe('');
  // Nothing chosen yet on a page opened anew: it opens the newest draft, and the curator starts typing in it.
  await here.reload();
  await expect.poll(() => picker.inputValue()).not.toBe('');
  const open = await picker.inputValue();
  const drafts = await picker.locator('option').count();
  await here.getByLabel('Issue title').fill('Kept open here');
  await elsewhere.goto(harness.extensionUrl('src/options/index.html#compose'));
  await elsewhere.getByRole('button', { name: 'New draft' }).click();
  // Read in one evaluation, once the newer draft is listed here: which draft is open, and its title box.
  const shown = (): Promise<{ count: number; open: string; title: string | undefined }> => here.evaluate(() => {
    const select = [...document.querySelectorAll('label')].find((label) => label.textContent === 'Draft')?.control as HTMLSelectElement;
    const title = [...document.querySelectorAll('label')].find((label) => label.textContent === 'Issue title')?.control as HTMLInputElement | null;
    return { count: select.options.length, open: select.value, title: title?.value };
  });
  await expect.poll(async () => (await shown()).count).toBe(drafts + 1);
  expect(await shown()).toEqual({ count: drafts + 1, open, title: 'Kept open here' });
  await here.getByLabel('Issue title').pressSequentially('!');
  await expect.poll(async () => (await readStore<Issue>(harness, 'issues')).find((issue) => issue.id === open)?.frontMatter.title).toBe('Kept open here!');
  await Promise.all([here.close(), elsewhere.close()]);
});
