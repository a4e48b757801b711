// Issue 9, command line to browser: past issue files imported by `gleaner import` make a backup that the
// options page's Restore accepts as it is, after which a toolbar click on a page one of them links to (in
// the prose) says where it was published.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { REFERENCE_FILE } from '../core/import/fixtures';
import { gleaner } from '../cli/memory-io';
import { openPopupFor } from './capture-helpers';
import { launch, type Harness } from './harness';

const OLDER_ISSUE = (origin: string): string => `---
layout: post
title: Newsletter du 1er Octobre 2025
---

Cette semaine, [un billet en prose](${origin}/prose-link) pour commencer.
`;

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await launch({ '/prose-link': { title: 'Prose link' } });
  page = await harness.context.newPage();
  await page.goto(harness.extensionUrl('src/options/index.html#settings'));
  await page.getByLabel('Restore backup from a file').waitFor();
});
afterAll(() => harness?.close());

test('the backup `gleaner import` writes restores, and its links are known to the popup', async () => {
  const files = { [`_posts/${REFERENCE_FILE.name}`]: REFERENCE_FILE.text, '_posts/2025-10-01-newsletter-du-1er-octobre-2025.md': OLDER_ISSUE(harness.origin) };
  const run = await gleaner(['import', '_posts', '--out', 'archive.json'], files);
  expect(run.code).toBe(0);
  await page.getByLabel('Restore backup from a file').setInputFiles({ name: 'archive.json', mimeType: 'application/json', buffer: Buffer.from(run.written.get('archive.json')!) });
  await expect.poll(() => page.getByTestId('backup-summary').textContent()).toContain('Published issues2');
  await page.getByRole('radio', { name: /Replace everything/ }).check();
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect.poll(() => page.getByTestId('backup-restored').textContent()).toContain('added');

  await page.getByRole('tab', { name: 'Archive' }).click();
  await expect.poll(() => page.getByTestId('archived-issue').locator('h3').allTextContents())
    .toEqual(['Newsletter du 12 Novembre 2025', 'Newsletter du 1er Octobre 2025']);

  const article = await harness.context.newPage();
  await article.goto(`${harness.origin}/prose-link`);
  const popup = await openPopupFor(harness, article);
  await expect.poll(() => popup.getByRole('status').first().textContent()).toContain('Already published in “Newsletter du 1er Octobre 2025” (2025-10-01)');
});
