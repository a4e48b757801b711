// Defaults that fit the browser's language (issue 13): an English browser's first draft is titled and
// templated in English, a French one's in French (the reference issue), and Settings switches either way.
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { launch, type Harness } from './harness';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function openOptions(hash: string): Promise<Page> {
  const page = await harness!.context.newPage();
  await page.goto(harness!.extensionUrl(`src/options/index.html#${hash}`));
  return page;
}

const draftTitle = (page: Page): Promise<string | null> =>
  page.getByTestId('preview-front-matter').getByRole('row', { name: /^title/ }).locator('td').textContent();
const featuredTemplate = (page: Page): Promise<string> =>
  page.getByTestId('template-featured').locator('textarea').inputValue();

test('an English browser: the first draft and the templates are in English', async () => {
  harness = await launch({}, { lang: 'en-US' });
  const options = await openOptions('compose');
  await expect.poll(() => draftTitle(options)).toMatch(/^Newsletter of [A-Z][a-z]+ \d{1,2}, \d{4}$/);
  await options.getByRole('tab', { name: 'Settings' }).click();
  await expect.poll(() => featuredTemplate(options)).toContain('[Read more ->]({{url}})');
});

test('a French browser gets the reference defaults; switching to English gives an English title pattern', async () => {
  harness = await launch({}, { lang: 'fr' });
  const options = await openOptions('compose');
  await expect.poll(() => draftTitle(options)).toMatch(/^Newsletter du \d{1,2} [A-ZÉÛ][a-zéû]+ \d{4}$/);
  await options.getByRole('tab', { name: 'Réglages' }).click();
  await expect.poll(() => featuredTemplate(options)).toContain('[Accéder au lien ->]({{url}})');

  await options.getByRole('combobox', { name: 'Langue des nouveaux numéros' }).selectOption('en');
  await expect.poll(() => featuredTemplate(options)).toContain('[Read more ->]({{url}})');
  await options.getByRole('tab', { name: 'Composer' }).click();
  await options.getByRole('button', { name: 'Nouveau brouillon' }).click();
  // Not "Newsletter du November 30, 2026": the English pattern, written the English way.
  await expect.poll(() => draftTitle(options)).toMatch(/^Newsletter of [A-Z][a-z]+ \d{1,2}, \d{4}$/);
});
