// Issue #9 in a real Chromium: past issue files chosen in Archive → Import become published issues, and a
// toolbar click on a page one of them links to (a pick, or a link in the prose) says where it was published.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { REFERENCE_FILE } from '../core/import/fixtures';
import { openPopupFor } from './capture-helpers';
import { launch, type Harness } from './harness';

/** An older issue whose links point at the local test pages (`ORIGIN` is replaced by the server's). */
const LOCAL_ISSUE = `---
layout: post
title: Newsletter du 1er Octobre 2025
subtitle: Un ancien numéro
---

Cette semaine, [un billet en prose](ORIGIN/prose-link) et [une référence][ref].

🔥 **Un article local :** Une phrase, et [le lien du pick](ORIGIN/picked?utm_source=newsletter).

[ref]: ORIGIN/reference-link
`;

let harness: Harness;
let options: Page;

beforeAll(async () => {
  harness = await launch({ '/prose-link': { title: 'Prose link' }, '/picked': { title: 'Picked page' }, '/reference-link': { title: 'Reference' } });
  options = await harness.context.newPage();
  await options.goto(harness.extensionUrl('src/options/index.html#archive'));
  await options.getByLabel('Import past issue files').waitFor();
});
afterAll(() => harness?.close());

function file(name: string, text: string): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: 'text/markdown', buffer: Buffer.from(text) };
}

test('the chosen files are imported, reported file by file, and listed in the Archive', async () => {
  await options.getByLabel('Import past issue files').setInputFiles([
    file(REFERENCE_FILE.name, REFERENCE_FILE.text),
    file('2025-10-01-newsletter-du-1er-octobre-2025.md', LOCAL_ISSUE.replaceAll('ORIGIN', harness.origin)),
    file('notes.txt', 'not an issue'),
  ]);
  await expect.poll(() => options.getByTestId('import-summary').textContent()).toContain('Imported: 2');
  const report = await options.getByTestId('import-report').locator('li').allTextContents();
  expect(report).toEqual([
    `${REFERENCE_FILE.name} imported as “Newsletter du 12 Novembre 2025” (12 links).`,
    '2025-10-01-newsletter-du-1er-octobre-2025.md imported as “Newsletter du 1er Octobre 2025” (3 links).',
    'notes.txt skipped: not a Markdown file (.md or .markdown) (.txt).',
  ]);
  const archived = options.getByTestId('archived-issue');
  await expect.poll(() => archived.locator('h3').allTextContents()).toEqual(['Newsletter du 12 Novembre 2025', 'Newsletter du 1er Octobre 2025']);
});

test('importing the same files again changes nothing', async () => {
  await options.getByLabel('Import past issue files').setInputFiles([file(REFERENCE_FILE.name, REFERENCE_FILE.text)]);
  await expect.poll(() => options.getByTestId('import-summary').textContent()).toContain('already in the archive: 1');
  expect(await options.getByTestId('archived-issue').count()).toBe(2);
});

test.each([['/picked', 'a recognised pick'], ['/prose-link', 'a link in the prose'], ['/reference-link', 'a reference-style link']])(
  'a toolbar click on %s (%s) says where it was published',
  async (path) => {
    const page = await harness.context.newPage();
    await page.goto(`${harness.origin}${path}`);
    const popup = await openPopupFor(harness, page);
    await expect.poll(() => popup.getByRole('status').first().textContent()).toContain('Already published in “Newsletter du 1er Octobre 2025” (2025-10-01)');
    await popup.close();
    await page.close();
  },
);
