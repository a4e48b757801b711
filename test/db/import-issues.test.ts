// Issue #9, database side: a batch of past issue files lands in the archive, a few files per transaction
// yet each file whole or not at all, idempotent by file name, and every link it holds answers the popup's lookup.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { renderIssue } from '../../src/core/render-issue';
import { DEFAULT_TEMPLATES } from '../../src/core/templates';
import type { Pick } from '../../src/core/types';
import { db } from '../../src/db/db';
import { FILES_PER_WRITE, importIssueFiles } from '../../src/db/import-issues';
import { loadIssueContent, listPublished } from '../../src/db/issues';
import { findPicksForUrl } from '../../src/db/picks';
import { REFERENCE_BLOCKS, REFERENCE_ISSUE, REFERENCE_PICKS } from '../fixtures/reference-issue';
import { ALL_FILES, olderFile, REFERENCE_FILE } from '../core/import/fixtures';

async function exported(issueId: string): Promise<string> {
  const content = await loadIssueContent(issueId);
  if (!content) throw new Error(`no issue ${issueId}`);
  return renderIssue({ ...content, templates: DEFAULT_TEMPLATES });
}

async function rowCounts(): Promise<number[]> {
  return Promise.all([db.issues.count(), db.picks.count(), db.blocks.count()]);
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('a first import', () => {
  test('makes one published issue per file, each exporting its file byte for byte', async () => {
    const report = await importIssueFiles(ALL_FILES.map(({ name, text }) => ({ name: `_posts/${name}`, text })));
    expect(report.counts).toEqual({ imported: ALL_FILES.length, updated: 0, unchanged: 0, changed: 0, skipped: 0 });
    const published = await listPublished();
    expect(published.map((issue) => issue.fileName).sort()).toEqual(ALL_FILES.map((file) => file.name).sort());
    for (const issue of published) {
      expect(await exported(issue.id)).toBe(ALL_FILES.find((file) => file.name === issue.fileName)?.text);
    }
    expect(report.files[0]).toMatchObject({ name: `_posts/${REFERENCE_FILE.name}`, status: 'imported', picks: 12, links: 12, issue: { title: 'Newsletter du 12 Novembre 2025', date: '2025-11-12' } });
  });

  test('every link of an imported issue is published there, prose links included', async () => {
    await importIssueFiles([olderFile('2019-03-06')]);
    for (const url of ['https://github.com/stern/stern', 'https://www.meetup.com/fr-FR/devops-toulouse/', 'https://github.com/jesseduffield/lazydocker']) {
      const [found, ...more] = await findPicksForUrl(url);
      expect(more).toEqual([]);
      expect(found?.place).toMatchObject({ kind: 'published', title: 'Newsletter du 6 Mars 2019', date: '2019-03-06' });
    }
    expect(await findPicksForUrl('https://example.com/in-code')).toEqual([]);
  });

  test('skips files that are not issues, with their reason, and imports the others', async () => {
    const report = await importIssueFiles([
      { name: 'cover.png', text: '\u0089PNG' },
      { name: '2025-01-01-broken.md', text: '---\ntitle: [unclosed\n---\nBody' },
      REFERENCE_FILE,
    ]);
    expect(report.files.map((file) => [file.status, file.problem?.code])).toEqual([
      ['skipped', 'not-markdown'], ['skipped', 'bad-front-matter'], ['imported', undefined],
    ]);
    expect(await db.issues.count()).toBe(1);
  });

  test('a file whose write fails leaves nothing behind, and the files written with it still go in', async () => {
    const bulkAdd = db.picks.bulkAdd.bind(db.picks) as (picks: readonly Pick[]) => Promise<unknown>;
    // The reference's picks can never be written (its own transaction fails too); the others can.
    const failing = vi.spyOn(db.picks, 'bulkAdd').mockImplementation(((picks: readonly Pick[]) =>
      picks.some((pick) => pick.urlKey === 'dtop.dev') ? Promise.reject(new Error('disk full')) : bulkAdd(picks)) as typeof db.picks.bulkAdd);
    const report = await importIssueFiles([olderFile('2019-03-06'), REFERENCE_FILE, olderFile('2018-11-28')]);
    failing.mockRestore();
    expect(report.files.map((file) => file.status)).toEqual(['imported', 'skipped', 'imported']);
    expect(report.files[1]?.problem).toMatchObject({ code: 'not-saved', detail: 'disk full' });
    expect((await listPublished()).map((issue) => issue.fileName)).toEqual([olderFile('2019-03-06').name, olderFile('2018-11-28').name]);
    expect(await db.picks.where('urlKey').equals('dtop.dev').count()).toBe(0);
    expect(await db.blocks.where('issueId').anyOf((await listPublished()).map((issue) => issue.id)).count()).toBe(await db.blocks.count());
  });

  test('a batch is written a few files per transaction, reporting progress after each', async () => {
    const day = (n: number): string => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const files = Array.from({ length: 2 * FILES_PER_WRITE + 3 }, (_, n) => ({
      name: `${day(n)}-issue-${n}.md`, text: `---\ntitle: Issue ${n}\n---\n\nRead [this](https://example.org/${n}).\n`,
    }));
    const transactions = vi.spyOn(db, 'transaction');
    const progress: string[] = [];
    const report = await importIssueFiles(files, { onProgress: (done, total) => progress.push(`${done}/${total}`) });
    expect(transactions).toHaveBeenCalledTimes(3);
    transactions.mockRestore();
    expect(progress).toEqual([`${FILES_PER_WRITE}/${files.length}`, `${2 * FILES_PER_WRITE}/${files.length}`, `${files.length}/${files.length}`]);
    expect(report.counts.imported).toBe(files.length);
    expect(await db.issues.count()).toBe(files.length);
  });

  test('the archive is read once per transaction, not once per file', async () => {
    const files = Array.from({ length: 2 * FILES_PER_WRITE }, (_, n) => ({
      name: `2020-01-${String(1 + (n % 28)).padStart(2, '0')}-issue-${n}.md`, text: `---\ntitle: Issue ${n}\n---\n\nRead [this](https://example.org/${n}).\n`,
    }));
    const reads = vi.spyOn(db.issues, 'where');
    const report = await importIssueFiles(files);
    // By file name and by date, for each of the 2 transactions.
    expect(reads).toHaveBeenCalledTimes(4);
    reads.mockRestore();
    expect(report.counts.imported).toBe(files.length);
  });

  test('two files of one batch with the same name: the second is compared with what the first wrote', async () => {
    const edited = { name: REFERENCE_FILE.name, text: `${REFERENCE_FILE.text}\n\nP.S. Une dernière chose.` };
    const report = await importIssueFiles([REFERENCE_FILE, olderFile('2019-03-06'), edited, REFERENCE_FILE]);
    expect(report.files.map((file) => file.status)).toEqual(['imported', 'imported', 'updated', 'updated']);
    expect(await db.issues.count()).toBe(2);
    const issue = await db.issues.where('fileName').equals(REFERENCE_FILE.name).first();
    // Exported from every block stored under the issue: a block left from the first version would show.
    expect(await exported(issue!.id)).toBe(REFERENCE_FILE.text);
  });
});

describe('importing again', () => {
  test('the same files change nothing', async () => {
    await importIssueFiles(ALL_FILES);
    const before = await rowCounts();
    const report = await importIssueFiles(ALL_FILES);
    expect(report.counts.unchanged).toBe(ALL_FILES.length);
    expect(await rowCounts()).toEqual(before);
  });

  test('a changed file is reported and left alone, or replaces its issue when asked, keeping its id and picks', async () => {
    await importIssueFiles([REFERENCE_FILE]);
    const [issue] = await listPublished();
    const dtop = await db.picks.where('urlKey').equals('dtop.dev').first();
    await db.picks.update(dtop!.id, { tags: ['rust'] });
    const edited = {
      name: REFERENCE_FILE.name,
      text: REFERENCE_FILE.text.replace('🌐 **It\'s not always DNS', '🌍 **It\'s not always DNS').replace(/\n\n🤖 \*\*OSV-Scanner[^\n]*/, ''),
    };

    const asked = await importIssueFiles([edited], { updateChanged: false });
    expect(asked.files[0]).toMatchObject({ status: 'changed', issue: { id: issue!.id } });
    expect(await exported(issue!.id)).toBe(REFERENCE_FILE.text);

    const updated = await importIssueFiles([edited]);
    expect(updated.files[0]).toMatchObject({ status: 'updated', issue: { id: issue!.id } });
    expect(await db.issues.count()).toBe(1);
    expect(await exported(issue!.id)).toBe(edited.text);
    expect(await db.picks.get(dtop!.id)).toMatchObject({ tags: ['rust'], issueId: issue!.id });
    expect(await db.picks.where('urlKey').equals('github.com/google/osv-scanner').count()).toBe(0);
    expect(await findPicksForUrl('https://github.com/google/osv-scanner')).toEqual([]);
  });

  test('an issue made in Gleaner is recognised by the name it exports under, and learns its links', async () => {
    await db.issues.add(structuredClone(REFERENCE_ISSUE));
    await db.blocks.bulkAdd(structuredClone(REFERENCE_BLOCKS));
    await db.picks.bulkAdd(structuredClone([...REFERENCE_PICKS.values()]));
    // What Gleaner exported (the published file only lost the final newline).
    const report = await importIssueFiles([{ name: REFERENCE_FILE.name, text: `${REFERENCE_FILE.text}\n` }]);
    expect(report.files[0]).toMatchObject({ status: 'unchanged', issue: { id: REFERENCE_ISSUE.id } });
    expect(await db.issues.count()).toBe(1);
    expect(await db.issues.get(REFERENCE_ISSUE.id)).toMatchObject({ fileName: REFERENCE_FILE.name, linkKeys: expect.arrayContaining(['dtop.dev']) });
  });

  test('a draft with the file\'s name is never overwritten', async () => {
    await importIssueFiles([REFERENCE_FILE]);
    const [issue] = await listPublished();
    await db.issues.update(issue!.id, { status: 'draft', publishedAt: null });
    const report = await importIssueFiles([{ ...REFERENCE_FILE, text: `${REFERENCE_FILE.text}\n\nP.S.` }]);
    expect(report.files[0]).toMatchObject({ status: 'skipped', problem: { code: 'draft-open' } });
    expect(await exported(issue!.id)).toBe(REFERENCE_FILE.text);
  });
});
