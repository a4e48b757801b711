// axe-core on every screen a curator uses, in the states they meet: the popup on a page, and each options tab
// with content in it, each in the light and the dark colour scheme (emulated prefers-color-scheme). A failure
// lists each violation as "scheme rule-id: selector" so it can be fixed directly.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openPopupFor } from './capture-helpers';
import { launch, type Harness } from './harness';

interface AxeResult {
  violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }>;
}
interface AxeGlobal {
  axe: { run(context: Document): Promise<AxeResult> };
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every violation as `rule-id: selector`, after injecting axe (evaluate is not subject to the page's CSP). */
async function violationsNow(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() => (globalThis as unknown as AxeGlobal).axe.run(document));
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.map(String).join(' ')}`));
}

/** The violations in the light scheme, then in the dark one (prefixed with the scheme); the page ends light. */
async function violations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // The scheme really applies (the tokens switch on prefers-color-scheme).
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    found.push(...(await violationsNow(page)).map((violation) => `${colorScheme} ${violation}`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

let harness: Harness;
let options: Page;

beforeAll(async () => {
  harness = await launch({
    '/first': { title: 'A first article' },
    '/second': { title: 'A second article' },
  });
});
afterAll(() => harness?.close());

test('the popup on a web page', async () => {
  for (const path of ['/first', '/second']) {
    const article = await harness.context.newPage();
    await article.goto(`${harness.origin}${path}`);
    const popup = await openPopupFor(harness, article);
    await popup.getByLabel('Blurb').fill(`Worth reading, [says ${path}].`);
    expect(await violations(popup)).toEqual([]);
    await popup.close();
    await article.close();
  }
});

test('the options page, Compose tab, with a pick in the inbox, one in the draft and the preview', async () => {
  options = await harness.context.newPage();
  await options.goto(harness.extensionUrl('src/options/index.html#compose'));
  await options.getByTestId('inbox-item').first().locator('[data-action=add]').click();
  // A sponsor banner is a link holding only an image without alt text: the preview must still name it.
  await options.locator('[data-action=add-text]').click();
  await options.getByRole('textbox', { name: 'Text (Markdown)' }).fill('[![](https://sponsor.example/banner.png)](https://sponsor.example/)\n\n#### Deep heading');
  await options.getByTestId('preview-rendered').getByText('Deep heading').waitFor();
  expect(await violations(options)).toEqual([]);
});

test('the Compose tab with a pick being edited and the raw Markdown shown', async () => {
  await options.getByTestId('inbox-item').first().getByRole('button', { name: 'Edit' }).click();
  // A block of the draft open to edit, too (blocks are compact until opened).
  await options.getByTestId('block').first().locator('.block-toggle').click();
  await options.getByTestId('block').first().locator('.block-body').waitFor();
  await options.getByRole('tab', { name: 'Markdown' }).click();
  await options.getByTestId('preview-raw').waitFor();
  expect(await violations(options)).toEqual([]);
  await options.getByRole('tab', { name: 'Rendered' }).click();
});

test('the Archive tab with a published issue', async () => {
  await options.getByRole('button', { name: 'Mark as published' }).click();
  await options.getByRole('tab', { name: 'Archive' }).click();
  await options.getByRole('tabpanel').getByText('Newsletter ', { exact: false }).first().waitFor();
  expect(await violations(options)).toEqual([]);
});

test('the Settings tab, with a template problem and a reset offering undo', async () => {
  await options.getByRole('tab', { name: 'Settings' }).click();
  const template = options.getByRole('textbox', { name: 'Featured article template' });
  await template.fill('## {{titel}}');
  await options.getByTestId('template-featured').getByText('unknown field').waitFor();
  await options.getByRole('button', { name: 'Reset to default: Link item template' }).click();
  await options.getByRole('button', { name: 'Undo: restore my Link item template' }).waitFor();
  await options.getByText('Example output').first().click();
  expect(await violations(options)).toEqual([]);
});

test('the check is live: a planted unlabelled field is reported', async () => {
  await options.evaluate(() => document.querySelector('main')?.append(Object.assign(document.createElement('input'), { className: 'planted' })));
  expect(await violations(options)).toEqual(['light label: .planted', 'dark label: .planted']);
});
