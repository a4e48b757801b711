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
/** The page's dedicated workers, as they start: the import parses in one. */
const workers: string[] = [];

beforeAll(async () => {
  harness = await launch({ '/prose-link': { title: 'Prose link' }, '/picked': { title: 'Picked page' }, '/reference-link': { title: 'Reference' } });
  options = await harness.context.newPage();
  options.on('worker', (worker) => workers.push(worker.url()));
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
  // Problems first, then the files in the order chosen.
  expect(report).toEqual([
    'notes.txt skipped: not a Markdown file (.md or .markdown) (.txt).',
    `${REFERENCE_FILE.name} imported as “Newsletter du 12 Novembre 2025” (12 links).`,
    '2025-10-01-newsletter-du-1er-octobre-2025.md imported as “Newsletter du 1er Octobre 2025” (3 links).',
  ]);
  // Parsed in the import's Web Worker (the page would parse them itself had it not started).
  expect(workers.some((url) => /\/import-worker-[\w-]+\.js$/.test(url))).toBe(true);
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

/** Weekly issues before the two above, the oldest first: `Past issue 0` is the last in the Archive. */
function pastIssues(count: number): ReturnType<typeof file>[] {
  return Array.from({ length: count }, (_, n) => {
    const date = new Date(Date.UTC(2020, 0, 6) + n * 7 * 86_400_000).toISOString().slice(0, 10);
    return file(`${date}-past-issue-${n}.md`, `---\nlayout: post\ntitle: Past issue ${n}\n---\n\nRead [this](https://example.org/${n}/a) and [that](https://example.org/${n}/b).\n`);
  });
}

test('a whole archive: progress while it is written, a windowed report with the bad file first, then a windowed list that scrolls to its oldest issue', async () => {
  // Every text the progress line shows, recorded as it changes (the import may be over before a poll looks).
  await options.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="import-progress"]')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  // A file with broken front matter in the middle of the folder: refused, and the others imported.
  const files = pastIssues(250);
  files.splice(125, 0, file('2022-06-01-broken.md', '---\ntitle: [unclosed\n---\n\nRead [this](https://example.org/broken).\n'));
  await options.getByLabel('Import past issue files').setInputFiles(files);
  await expect.poll(() => options.getByTestId('import-summary').textContent(), { timeout: 60_000 }).toContain('Imported: 250 · already in the archive: 0 · changed: 0 · skipped: 1.');
  const progress = await options.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  expect(progress.some((text) => / of 251 files done/.test(text))).toBe(true);

  // 251 report lines, a box of them in the page, the refused file on top; scrolled down, the last file.
  const reportLines = (scrollToEnd: boolean): Promise<{ count: number; setSize: string | null | undefined; first: string | null | undefined; last: string | null | undefined }> => options.evaluate((toEnd) => {
    const box = document.querySelector('.import-report-box');
    if (box && toEnd) box.scrollTop = box.scrollHeight;
    const lines = [...document.querySelectorAll('[data-testid="import-report"] li')];
    return { count: lines.length, setSize: lines[0]?.getAttribute('aria-setsize'), first: lines[0]?.textContent, last: lines.at(-1)?.textContent };
  }, scrollToEnd);
  const top = await reportLines(false);
  expect(top).toMatchObject({ setSize: '251', first: expect.stringMatching(/^2022-06-01-broken\.md skipped: its YAML front matter does not parse \(.+\)\.$/) });
  expect(top.count).toBeLessThan(40);
  await expect.poll(async () => (await reportLines(true)).last).toBe('2024-10-14-past-issue-249.md imported as “Past issue 249” (2 links).');
  expect((await reportLines(false)).count).toBeLessThan(40);

  // 252 issues in the archive, a screenful of them in the page; read in one go (the window re-renders).
  const rows = (): Promise<{ count: number; setSize: string | null | undefined }> => options.evaluate(() => {
    const items = document.querySelectorAll('[data-testid="archived-issue"]');
    return { count: items.length, setSize: items[0]?.getAttribute('aria-setsize') };
  });
  await expect.poll(() => rows()).toMatchObject({ setSize: '252' });
  expect((await rows()).count).toBeLessThan(40);

  const last = (): Promise<string | null> => options.evaluate(() => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    return document.querySelector('[data-testid="archived-issue"][aria-posinset="252"] h3')?.textContent ?? null;
  });
  await expect.poll(last).toBe('Past issue 0');
  expect((await rows()).count).toBeLessThan(40);
});
