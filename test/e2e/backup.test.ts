// Backup and restore as the curator does it, in the options page's Settings tab: restore a file, see the
// data, export it back, and have broken files refused with the database untouched.
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, type Harness } from './harness';

const REFERENCE_BACKUP = readFileSync(new URL('../fixtures/reference-backup.json', import.meta.url), 'utf8');
const INBOX_TITLE = 'A pick waiting in the inbox';

/** The reference issue plus one pick no block shows, so it waits in the inbox. */
function validBackup(): string {
  const file = JSON.parse(REFERENCE_BACKUP) as { picks: object[] };
  file.picks.push({ id: 'inbox-pick', url: 'https://example.com/waiting', title: INBOX_TITLE, blurb: '[Worth] a read.', emoji: '📌' });
  return JSON.stringify(file);
}

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await launch();
  page = await harness.context.newPage();
  await page.goto(harness.extensionUrl('src/options/index.html#settings'));
  await page.getByRole('button', { name: 'Export backup' }).waitFor();
});
afterAll(() => harness?.close());

async function chooseFile(name: string, text: string | Buffer): Promise<void> {
  const buffer = typeof text === 'string' ? Buffer.from(text) : text;
  await page.getByLabel('Restore backup from a file').setInputFiles({ name, mimeType: 'application/json', buffer });
}

interface ExportedBackup {
  format: string;
  version: number;
  exportedAt: string;
  picks: Array<{ id: string; title: string }>;
  issues: Array<{ id: string; status: string; blocks: unknown[] }>;
}

/**
 * Clicks "Export backup" and reads the file it downloads. Once in a clean-clone CI run (of about 13 downloads
 * in this file) Playwright reported no download within 30 s and the cause could not be reproduced locally:
 * a click that gets no download within 10 s is logged with what the panel says, and tried once more.
 */
async function exportBackup(): Promise<{ fileName: string; backup: ExportedBackup }> {
  const button = page.getByRole('button', { name: 'Export backup' });
  let download: Download | undefined;
  for (let attempt = 1; !download; attempt += 1) {
    const downloaded = page.waitForEvent('download', { timeout: 10_000 });
    await button.click();
    download = await downloaded.catch(async (error: unknown) => {
      const panel = await page.getByTestId('backup-panel').innerText();
      if (attempt === 2) throw new Error(`No download after two clicks on Export backup. The panel says:\n${panel}`, { cause: error });
      console.warn(`No download 10 s after clicking Export backup; clicking again. The panel says:\n${panel}`);
      return undefined;
    });
  }
  const path = await download.path();
  return { fileName: download.suggestedFilename(), backup: JSON.parse(readFileSync(path, 'utf8')) as ExportedBackup };
}

test('restoring a valid file shows what it holds, asks, writes, and the data appears', async () => {
  await chooseFile('week-46.json', validBackup());
  const summary = page.getByTestId('backup-summary');
  await expect.poll(() => summary.textContent()).toContain('Picks13');
  expect(await summary.textContent()).toContain('Published issues1');

  await page.getByRole('radio', { name: /Replace everything/ }).check();
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect.poll(() => page.getByTestId('backup-restored').textContent()).toContain('Picks: 13 added');

  // The curator sees the restored data where they work: the inbox in Compose, the issue in Archive.
  await page.getByRole('tab', { name: 'Compose' }).click();
  await page.getByText(INBOX_TITLE).first().waitFor();
  await page.getByRole('tab', { name: 'Archive' }).click();
  await page.getByText('Newsletter du 12 Novembre 2025').first().waitFor();
  await page.getByRole('tab', { name: 'Settings' }).click();
});

test('export downloads the whole database as a dated gleaner-backup file', async () => {
  const { fileName, backup } = await exportBackup();
  expect(fileName).toMatch(/^gleaner-backup-\d{4}-\d{2}-\d{2}\.json$/);
  expect(backup).toMatchObject({ format: 'gleaner-backup', version: 2 });
  expect(backup.picks.map((pick) => pick.title)).toContain(INBOX_TITLE);
  expect(backup.picks).toHaveLength(13);
  // Opening Compose may have started a draft next to the restored issue: the backup has that too.
  const published = backup.issues.find((issue) => issue.id === 'issue-2025-11-12');
  expect(published).toMatchObject({ status: 'published' });
  expect(published!.blocks).toHaveLength(15);
});

test.each([
  ['corrupt JSON', '{"format": "gleaner-backup", "version": 1, "picks": [', /not valid JSON/],
  ['another format', '{"format": "something-else", "version": 1}', /not a Gleaner backup/],
  ["a newer version", '{"format": "gleaner-backup", "version": 99, "picks": [], "issues": []}', /newer Gleaner \(format version 99\)/],
  ['invalid content', validBackup().replace('"kind":"link"', '"kind":"video"'), /picks\[0\]\.kind/],
])('%s is refused with a clear message and nothing changes', async (_name, text, message) => {
  const before = (await exportBackup()).backup;
  await chooseFile('broken.json', text);
  const problem = page.getByTestId('backup-problem');
  await expect.poll(() => problem.textContent()).toMatch(message);
  expect(await problem.textContent()).toContain('Nothing was changed');
  const after = (await exportBackup()).backup;
  expect({ ...after, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
});

// The command line reads these too (test/cli/bin.test.ts): both go through core/backup-bytes.
test.each([
  ['UTF-8 with a byte order mark', 'Pick BOM', (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
  ['UTF-16LE with a byte order mark', 'Pick UTF-16 é🚀', (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
  ['UTF-16BE with a byte order mark', 'Pick UTF-16BE ü🚀', (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
])('a backup in %s restores', async (_name, title, encode) => {
  const file = JSON.parse(validBackup()) as { picks: Array<{ id: string; title: string }> };
  file.picks.push({ id: `encoded-${title}`, url: `https://example.com/${encodeURIComponent(title)}`, title } as { id: string; title: string });
  await chooseFile('encoded.json', encode(JSON.stringify(file)));
  await page.getByRole('radio', { name: /Merge/ }).check();
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect.poll(() => page.getByTestId('backup-restored').textContent()).toContain('Picks: 1 added');
  expect((await exportBackup()).backup.picks.map((pick) => pick.title)).toContain(title);
});

test.each([
  ['LE', (text: string) => Buffer.from(text, 'utf16le')],
  ['BE', (text: string) => Buffer.from(text, 'utf16le').swap16()],
])('UTF-16%s without a byte order mark is refused by name, and nothing changes', async (endian, encode) => {
  // From a valid file's question first: the refusal read below is this file's, not the previous test's.
  await chooseFile('valid.json', validBackup());
  await expect.poll(() => page.getByTestId('backup-problem').count()).toBe(0);
  await chooseFile(`no-bom-${endian}.json`, encode(validBackup()));
  await expect.poll(() => page.getByTestId('backup-problem').textContent()).toMatch(/not valid UTF-8 text.*Nothing was changed/);
});

// A replace writes only the rows that differ from the database's (db/backup.ts): those few writes, and the
// deletes, must still reach every page already open, as any write does through liveQuery.
test('a page left open on Compose shows what a replace changed, without a reload', async () => {
  const { backup } = await exportBackup();
  const gone = backup.picks.find((pick) => pick.title === 'Pick BOM')!;
  const retitled = backup.picks.find((pick) => pick.title === INBOX_TITLE)!;
  expect(gone).toBeDefined();
  const file = { ...backup, picks: backup.picks.filter((pick) => pick !== gone).map((pick) => (pick === retitled ? { ...pick, title: 'Retitled by the backup' } : pick)) };

  const compose = await harness.context.newPage();
  try {
    await compose.goto(harness.extensionUrl('src/options/index.html#compose'));
    await compose.getByText(INBOX_TITLE).first().waitFor();
    await compose.getByText('Pick BOM').first().waitFor();

    await chooseFile('changed.json', JSON.stringify(file));
    await page.getByRole('radio', { name: /Replace everything/ }).check();
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect.poll(() => page.getByTestId('backup-restored').textContent()).toContain(`Picks: ${file.picks.length} added`);

    // Both facts read at once: the inbox list is windowed and may re-render between two reads.
    await expect.poll(() => compose.evaluate(() => {
      const text = document.body.innerText;
      return { retitled: text.includes('Retitled by the backup'), old: text.includes('A pick waiting in the inbox'), gone: text.includes('Pick BOM') };
    })).toEqual({ retitled: true, old: false, gone: false });
  } finally {
    await compose.close();
  }
});
