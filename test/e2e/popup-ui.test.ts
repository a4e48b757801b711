// The popup as a curator uses it (issue 10): the page's card, the image of featured and sponsor picks, a blurb
// that grows, the emoji picker, tag suggestions, and a delete that can be undone.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Block, Pick } from '../../src/core/types';
import { openPopupFor, readPicks, readStore } from './capture-helpers';
import { launch, type Harness } from './harness';

let harness: Harness;
const offsiteRequests: string[] = [];

beforeAll(async () => {
  harness = await launch({
    '/rich': {
      title: 'Rich article | Rich Site',
      head: '<meta property="og:image" content="/cover.svg"><meta property="og:description" content="What it is about">' +
        '<meta property="og:site_name" content="Rich Site">',
    },
    '/tagged': { title: 'Tagged article' },
    '/plain': { title: 'Plain article' },
    '/undo': { title: 'Undone article' },
  });
  harness.context.on('request', (request) => {
    if (!/^(chrome-extension|http:\/\/127\.0\.0\.1|data|blob):/.test(request.url())) offsiteRequests.push(request.url());
  });
});
afterAll(() => harness?.close());

async function popupOn(path: string): Promise<Page> {
  const article = await harness.context.newPage();
  await article.goto(`${harness.origin}${path}`);
  return openPopupFor(harness, article);
}

async function storedPick(path: string): Promise<Pick | undefined> {
  return (await readPicks(harness)).find((pick) => pick.url === `${harness.origin}${path}`);
}

test('the popup shows the page’s thumbnail, site name and description', async () => {
  const popup = await popupOn('/rich');
  const card = popup.getByTestId('page-card');
  await expect.poll(() => card.textContent()).toContain('What it is about');
  expect(await card.textContent()).toContain('Rich Site');
  expect(await card.locator('img').getAttribute('src')).toBe(`${harness.origin}/cover.svg`);
  await popup.close();
});

test('featured and sponsor picks get an image field, the page’s image by default, and it is saved', async () => {
  const popup = await popupOn('/rich');
  expect(await popup.getByLabel('Image').count()).toBe(0);
  await popup.getByLabel('Kind').selectOption('featured');
  await expect.poll(() => popup.getByLabel('Image').inputValue()).toBe(`${harness.origin}/cover.svg`);
  await popup.getByLabel('Image').fill('https://cdn.example/banner.png');
  await expect.poll(async () => (await storedPick('/rich'))?.image).toBe('https://cdn.example/banner.png');
  await popup.close();
});

test('the blurb grows with its text', async () => {
  const popup = await popupOn('/plain');
  const blurb = popup.getByLabel('Blurb');
  const height = (): Promise<number> => blurb.evaluate((box) => box.getBoundingClientRect().height);
  const empty = await height();
  await blurb.fill('A blurb of a good length, with [a phrase] and an opinion. '.repeat(14));
  expect(await height()).toBeGreaterThan(empty * 2.5);
  expect(await blurb.evaluate((box) => box.scrollHeight <= box.clientHeight + 1)).toBe(true);
  await popup.close();
});

test('the emoji picker opens on demand, from data inside the extension, and fills the emoji', async () => {
  const popup = await popupOn('/plain');
  expect(await popup.locator('emoji-picker').count()).toBe(0);
  await popup.getByRole('button', { name: 'Choose from a list' }).click();
  await popup.locator('emoji-picker input#search').fill('rocket');
  await popup.locator('emoji-picker #search-results [role=option]').filter({ hasText: /^🚀$/ }).click();
  await expect.poll(() => popup.getByLabel('Emoji', { exact: true }).inputValue()).toBe('🚀');
  await expect.poll(async () => (await storedPick('/plain'))?.emoji).toBe('🚀');
  expect(await popup.locator('emoji-picker').count()).toBe(0);
  expect(offsiteRequests.filter((url) => !url.startsWith('https://cdn.example/'))).toEqual([]);
  await popup.close();
});

test('tags suggest the tags already used, as one types', async () => {
  const first = await popupOn('/tagged');
  await first.getByLabel('Tags', { exact: true }).fill('devops, sécurité');
  await expect.poll(async () => (await storedPick('/tagged'))?.tags).toEqual(['devops', 'sécurité']);
  await first.close();

  const popup = await popupOn('/undo');
  const tags = popup.getByRole('combobox', { name: 'Tags' });
  await tags.pressSequentially('rust, secu');
  const suggestions = popup.getByRole('listbox', { name: 'Existing tags' });
  await expect.poll(() => suggestions.getByRole('option').allTextContents()).toEqual(['sécurité']);
  await tags.press('ArrowDown');
  await tags.press('Enter');
  expect(await tags.inputValue()).toBe('rust, sécurité, ');
  await tags.pressSequentially('DE');
  await suggestions.getByRole('option', { name: 'devops' }).click();
  expect(await tags.inputValue()).toBe('rust, sécurité, devops, ');
  await expect.poll(async () => (await storedPick('/undo'))?.tags).toEqual(['rust', 'sécurité', 'devops']);
  await popup.close();
});

test('"Delete pick" is not the primary action, and Undo restores the exact pick, in its place in the draft', async () => {
  const popup = await popupOn('/undo');
  await popup.getByLabel('Blurb').fill('A blurb that [took a while] to write.');
  await popup.getByLabel('Emoji', { exact: true }).fill('🧪');
  await expect.poll(async () => (await storedPick('/undo'))?.emoji).toBe('🧪');
  // Place it in the draft, as the options page does.
  const options = await harness.context.newPage();
  await options.goto(harness.extensionUrl('src/options/index.html#compose'));
  await options.locator('[data-testid=inbox-item]', { hasText: 'Undone article' }).locator('[data-action=add]').click();
  await expect.poll(async () => (await storedPick('/undo'))?.issueId).not.toBe('');
  const before = await storedPick('/undo');
  const blocksBefore = await readStore<Block>(harness, 'blocks');
  await options.close();

  expect(await popup.locator('button.primary').textContent()).toBe('Done');
  await popup.getByRole('button', { name: 'Delete pick' }).click();
  const toast = popup.getByTestId('undo-toast');
  await expect.poll(() => toast.textContent()).toBe('Pick deleted.Undo');
  expect(await storedPick('/undo')).toBeUndefined();
  await toast.getByRole('button', { name: 'Undo' }).click();
  // As it was; only updatedAt is the restore's, so that sync takes the restore as newer than the delete.
  await expect.poll(() => storedPick('/undo')).toEqual({ ...before, updatedAt: expect.any(Number) });
  expect(await readStore<Block>(harness, 'blocks')).toEqual(blocksBefore.map((block) => ({ ...block, updatedAt: expect.any(Number) })));
  await expect.poll(() => popup.getByLabel('Blurb').inputValue()).toBe('A blurb that [took a while] to write.');
  expect(await popup.getByRole('status').textContent()).toContain('Pick restored.');
  await popup.close();
});
