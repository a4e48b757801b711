// The preview in a real Chromium, fed the way a curator feeds it: pages captured through the toolbar popup,
// added to the draft from the options page's inbox. Hostile titles and blurbs must render as inert text.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openPopupFor } from './capture-helpers';
import { launch, type Harness } from './harness';

interface Flags { __pwned?: unknown }

/** What a hostile page title or a careless paste could put in a pick. */
const HOSTILE = [
  {
    path: '/one',
    title: '<script>window.__pwned = "title-script"</script>',
    blurb: '<img src=x onerror="document.title=\'pwned\'"> Read [this phrase] now.',
  },
  {
    path: '/two',
    title: '<img src=x onerror="document.title=\'pwned\'">',
    blurb: '[click me](javascript:window.__pwned="md-js") or [data](data:text/html,<script>alert(1)</script>) ' +
      'or <a href="JaVaScRiPt:window.__pwned=\'raw-js\'">raw link</a> <a href="data:text/html;base64,PHNjcmlwdD4=">raw data</a>',
  },
  {
    path: '/three',
    title: 'Frames <iframe src="javascript:parent.__pwned=\'title-iframe\'"></iframe>',
    blurb: '<iframe srcdoc="<script>parent.__pwned=\'srcdoc\'</script>"></iframe>\n\n' +
      '<svg><script>window.__pwned="svg-script"</script><a href="javascript:window.__pwned=\'svg-link\'"><text>svg link</text></a></svg>' +
      '<svg onload="window.__pwned=\'svg-onload\'"></svg> and <math><mi xlink:href="javascript:alert(1)">m</mi></math>',
  },
] as const;

let harness: Harness;
let options: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  harness = await launch(Object.fromEntries(HOSTILE.map(({ path }) => [path, { title: `Article ${path}` }])));
  for (const { path, title, blurb } of HOSTILE) {
    const article = await harness.context.newPage();
    await article.goto(`${harness.origin}${path}`);
    const popup = await openPopupFor(harness, article);
    await popup.getByLabel('Title').fill(title);
    await popup.getByLabel('Blurb').fill(blurb);
    await popup.close();
    await article.close();
  }
  harness.context.on('dialog', async (dialog) => { dialogs.push(dialog.message()); await dialog.dismiss(); });
  options = await harness.context.newPage();
  await options.goto(harness.extensionUrl('src/options/index.html#compose'));
  for (const { title } of HOSTILE) {
    await options.getByTestId('inbox-item').filter({ has: options.getByText(title, { exact: true }) }).locator('[data-action=add]').click();
  }
  await options.getByTestId('preview-rendered').getByText(HOSTILE[2].title).waitFor();
});
afterAll(() => harness?.close());

// Two layers stand between these and execution: DOMPurify, and the extension pages' CSP (no inline script or
// handler). This test checks the outcome; the next one checks the sanitiser alone, so it fails without it.
test('hostile titles and blurbs execute nothing in the preview', async () => {
  const title = await options.title();
  // Give any handler that could fire (image errors, frame loads) the chance to.
  await options.waitForLoadState('networkidle');
  expect(await options.title()).toBe(title);
  expect(await options.evaluate(() => (globalThis as Flags).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('no script, frame, SVG, event handler or non-web link survives sanitising', async () => {
  const rendered = options.getByTestId('preview-rendered');
  for (const selector of ['script', 'iframe', 'svg', 'math', 'object', 'embed', 'form', 'style', '[onerror]', '[onload]', '[srcdoc]',
    'a[href^="javascript" i]', 'a[href^="data" i]', 'img[src="x"]']) {
    expect(await rendered.locator(selector).count(), selector).toBe(0);
  }
  const hrefs = await rendered.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
  const targets = await rendered.locator('a[href]').evaluateAll((links) => links.map((link) => `${link.getAttribute('target')} ${link.getAttribute('rel')}`));
  for (const target of targets) expect(target).toBe('_blank noopener noreferrer');
});

test('titles read exactly as typed, and the neutralised links are plain text that does nothing when clicked', async () => {
  const rendered = options.getByTestId('preview-rendered');
  for (const { title } of HOSTILE) await expect.poll(() => rendered.textContent()).toContain(title);
  const pagesBefore = harness.context.pages().length;
  await rendered.getByText('click me').click();
  await rendered.getByText('raw link').click();
  expect(harness.context.pages().length).toBe(pagesBefore);
  expect(await options.evaluate(() => (globalThis as Flags).__pwned)).toBeUndefined();
  expect(options.url()).toContain('src/options/index.html');
});

test('the Markdown tab shows the exported text, and Copy Markdown puts it on the clipboard', async () => {
  await options.getByRole('tab', { name: 'Markdown' }).click();
  const raw = (await options.getByTestId('preview-raw').textContent()) ?? '';
  expect(raw).toMatch(/^---\nlayout: post\n/);
  // The raw view is the export, verbatim: hostile text is visible there, never interpreted.
  for (const fragment of ['<img src=x onerror=', '[click me](javascript:', '<iframe srcdoc=', '<svg onload=']) expect(raw).toContain(fragment);
  // One Copy Markdown on the page: in the export bar, beside Download.
  await options.getByRole('button', { name: 'Copy Markdown' }).click();
  await expect.poll(() => options.locator('.export-actions').getByRole('status').textContent()).toBe('Markdown copied to the clipboard.');
  // Paste as a user would, into a page of its own (reading the clipboard from script needs a permission).
  const paper = await harness.context.newPage();
  await paper.goto(`${harness.origin}/paper`);
  await paper.setContent('<textarea aria-label="paper"></textarea>');
  await paper.getByLabel('paper').focus();
  await paper.keyboard.press('Control+V');
  expect(await paper.getByLabel('paper').inputValue()).toBe(raw);
  await paper.close();
  await options.bringToFront();
  await options.getByRole('tab', { name: 'Rendered' }).click();
});

test('word count and reading time describe what the reader sees', async () => {
  const stats = await options.getByTestId('preview-stats').textContent();
  expect(stats).toMatch(/^\d+ words · about 1 min read$/);
  const words = Number(/^(\d+)/.exec(stats ?? '')?.[1]);
  // The URLs and the front matter are not read: far fewer words than in the raw text.
  expect(words).toBeGreaterThan(10);
  expect(words).toBeLessThan(60);
});
