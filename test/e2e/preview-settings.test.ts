// Settings as the curator uses them: a template edited in the Settings tab changes how the draft previews,
// survives a reload, resets to the default with an undo; front matter defaults shape the next new draft.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openPopupFor } from './capture-helpers';
import { launch, type Harness } from './harness';
import { chooseIssueLanguage } from './settings-helpers';
import { DEFAULT_TEMPLATES } from '../../src/core/templates';

let harness: Harness;
let options: Page;
const MY_TEMPLATE = '{{emoji}} **{{titleText}}** — {{blurb}}';

beforeAll(async () => {
  harness = await launch({ '/dtop': { title: 'Docker monitoring for your terminal' } });
  // The reference issue's (French) defaults, which the template tests below compare with.
  await chooseIssueLanguage(harness, 'fr');
  const article = await harness.context.newPage();
  await article.goto(`${harness.origin}/dtop`);
  const popup = await openPopupFor(harness, article);
  await popup.getByLabel('Blurb').fill('A TUI in Rust, [a fresh terminal].');
  await popup.close();
  options = await harness.context.newPage();
  await options.goto(harness.extensionUrl('src/options/index.html#compose'));
  await options.getByTestId('inbox-item').locator('[data-action=add]').click();
  await options.getByTestId('preview-rendered').getByText('Docker monitoring for your terminal').waitFor();
});
afterAll(() => harness?.close());

/** A settings row as stored, read from the service worker (independent of the page being tested). */
function stored(key: string): Promise<unknown> {
  return harness.worker.evaluate((wanted) => new Promise((resolve, reject) => {
    const request = indexedDB.open('gleaner');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const get = request.result.transaction('settings').objectStore('settings').get(wanted);
      get.onsuccess = () => { request.result.close(); resolve((get.result as { value?: unknown } | undefined)?.value); };
      get.onerror = () => reject(get.error);
    };
  }), key);
}
const storedLinkTemplate = async (): Promise<unknown> => ((await stored('templates')) as { link?: string } | undefined)?.link;

const linkTemplate = (): ReturnType<Page['getByRole']> => options.getByRole('textbox', { name: 'Link item template' });
const previewText = (): Promise<string | null> => options.getByTestId('preview-rendered').textContent();

async function openTab(name: 'Compose' | 'Settings'): Promise<void> {
  await options.getByRole('tab', { name }).click();
}

test('Compose opened on an empty database starts one draft, not two', async () => {
  const drafts = await harness.worker.evaluate(() => new Promise<number>((resolve, reject) => {
    const request = indexedDB.open('gleaner');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const count = request.result.transaction('issues').objectStore('issues').count();
      count.onsuccess = () => { request.result.close(); resolve(count.result); };
      count.onerror = () => reject(count.error);
    };
  }));
  expect(drafts).toBe(1);
});

test('the default link template renders the reference’s shape', async () => {
  expect(await previewText()).toContain('Docker monitoring for your terminal : A TUI in Rust, a fresh terminal.');
});

test('a template edited in the settings is saved as typed and used by the preview', async () => {
  await openTab('Settings');
  await linkTemplate().fill('');
  await linkTemplate().pressSequentially(MY_TEMPLATE);
  await expect.poll(() => options.getByTestId('template-example-link').textContent()).toContain('** — A Docker manager');
  // Every keystroke is written; the last one lands a few milliseconds after it is typed.
  await expect.poll(storedLinkTemplate).toBe(MY_TEMPLATE);
  await options.reload();
  expect(await linkTemplate().inputValue()).toBe(MY_TEMPLATE);
  await openTab('Compose');
  await expect.poll(previewText).toContain('Docker monitoring for your terminal — A TUI in Rust');
});

test('an unknown field is named, and the template is kept as typed', async () => {
  await openTab('Settings');
  await linkTemplate().pressSequentially(' {{autor}}');
  await expect.poll(() => options.getByTestId('template-link').textContent()).toContain('unknown field "autor"');
  await expect.poll(storedLinkTemplate).toBe(`${MY_TEMPLATE} {{autor}}`);
  await options.reload();
  expect(await linkTemplate().inputValue()).toBe(`${MY_TEMPLATE} {{autor}}`);
});

test('reset restores the default, and undo brings the curator’s template back', async () => {
  await options.getByRole('button', { name: 'Reset to default: Link item template' }).click();
  await expect.poll(() => linkTemplate().inputValue()).toBe(DEFAULT_TEMPLATES.link);
  // Focus lands on Undo, so a keyboard user can take it back at once.
  await expect.poll(() => options.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
  await options.keyboard.press('Enter');
  await expect.poll(() => linkTemplate().inputValue()).toBe(`${MY_TEMPLATE} {{autor}}`);
  await options.getByRole('button', { name: 'Reset to default: Link item template' }).click();
  await openTab('Compose');
  await expect.poll(previewText).toContain('Docker monitoring for your terminal : A TUI in Rust');
});

test('front matter defaults and language shape the next new draft', async () => {
  await openTab('Settings');
  await options.getByRole('textbox', { name: 'Author', exact: true }).fill('RudeOps');
  await options.getByRole('textbox', { name: 'Tags (comma separated)' }).fill('devops, Restic');
  await options.getByRole('checkbox', { name: /MathJax/ }).uncheck();
  await options.getByRole('combobox', { name: 'Language of new issues' }).selectOption('en');
  await expect.poll(() => stored('language')).toBe('en');
  await expect.poll(async () => ((await stored('frontMatterDefaults')) as { tags?: unknown }).tags).toEqual(['devops', 'Restic']);
  // English issues get the English pattern, written the English way (not "Newsletter du November 30, 2026").
  await expect.poll(() => options.getByText('Today this gives:').textContent()).toMatch(/Newsletter of [A-Z][a-z]+ \d+, \d{4}/);
  await options.reload();
  expect(await options.getByRole('textbox', { name: 'Author', exact: true }).inputValue()).toBe('RudeOps');
  await openTab('Compose');
  await options.getByRole('button', { name: 'New draft' }).click();
  const table = options.getByTestId('preview-front-matter');
  await expect.poll(() => table.getByRole('row', { name: /^author/ }).textContent()).toBe('authorRudeOps');
  expect(await table.getByRole('row', { name: /^tags/ }).textContent()).toBe('tagsdevops, Restic');
  expect(await table.getByRole('row', { name: /^mathjax/ }).textContent()).toBe('mathjaxfalse');
  expect(await table.getByRole('row', { name: /^title/ }).textContent()).toMatch(/^titleNewsletter of [A-Z][a-z]+ \d+, \d{4}$/);
});

test('a full disk while typing: a clear message, the text stays in the box, and the next keystroke saves it all', async () => {
  await openTab('Settings');
  const author = options.getByRole('textbox', { name: 'Author', exact: true });
  // The browser refuses every write, as it does when the quota is exhausted.
  await options.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    (globalThis as unknown as { restorePut: () => void }).restorePut = () => { IDBObjectStore.prototype.put = put; };
    IDBObjectStore.prototype.put = function refuse(): IDBRequest {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await author.fill('Cyril');
  await expect.poll(() => options.getByRole('alert').allTextContents()).toContain(
    'Not saved: the browser’s storage is full. Your text is still here; free some space and type again.');
  await options.getByRole('textbox', { name: 'Layout' }).focus();
  expect(await author.inputValue()).toBe('Cyril');
  expect(((await stored('frontMatterDefaults')) as { author?: string }).author).toBe('RudeOps');

  await options.evaluate(() => (globalThis as unknown as { restorePut: () => void }).restorePut());
  await author.press('End');
  await author.press('!');
  await expect.poll(async () => ((await stored('frontMatterDefaults')) as { author?: string }).author).toBe('Cyril!');
  await expect.poll(() => options.getByRole('alert').count()).toBe(0);
});
