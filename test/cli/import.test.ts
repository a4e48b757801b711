// `gleaner import`: past issue files into a backup that "Restore backup" accepts, through the options page's
// importer — each file once (same name = same issue), every link findable, bad files skipped with a reason.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fromBackupFile, parseBackup, type BackupFile } from '../../src/core/backup-format';
import { restoreBackup } from '../../src/db/backup';
import { db } from '../../src/db/db';
import { findPicksForUrl } from '../../src/db/picks';
import { ALL_FILES, olderFile, OLDER_FILES, REFERENCE_FILE } from '../core/import/fixtures';
import { gleaner, type Files } from './memory-io';

/** The fixtures as a blog has them: the reference at the top, the older ones in `_posts/`. */
const FILES: Files = {
  [REFERENCE_FILE.name]: REFERENCE_FILE.text,
  ...Object.fromEntries(OLDER_FILES.map((file) => [`_posts/${file.name}`, file.text])),
  '_posts/cover.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
};

function backupOf(text: string | undefined): BackupFile {
  const parsed = parseBackup(text ?? '');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  return parsed.file;
}

describe('a first import', () => {
  test('files and folders become one published issue each, in a backup that validates and restores', async () => {
    const run = await gleaner(['import', REFERENCE_FILE.name, '_posts', '--out', 'backup.json'], FILES);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`imported  ${REFERENCE_FILE.name} "Newsletter du 12 Novembre 2025" (2025-11-12), 12 links\n`);
    expect(run.stderr).toContain('imported  _posts/2019-03-06-newsletter-du-6-mars-2019.md');
    expect(run.stderr).toMatch(/\ngleaner: 4 imported, 0 updated, 0 unchanged, 0 skipped; 1 file of the folders left out \(not Markdown\) → backup\.json\n$/);
    const file = backupOf(run.written.get('backup.json'));
    expect(file.issues.map((issue) => [issue.status, issue.fileName]).sort()).toEqual(ALL_FILES.map((entry) => ['published', entry.name]).sort());

    // Restore accepts it, and the popup's lookup then knows every link, prose ones included.
    await Promise.all(db.tables.map((table) => table.clear()));
    await restoreBackup(fromBackupFile(file, { defaultLanguage: 'fr', now: 1, newId: () => crypto.randomUUID() }), 'replace');
    const [found] = await findPicksForUrl('https://github.com/stern/stern');
    expect(found?.place).toMatchObject({ kind: 'published', title: 'Newsletter du 6 Mars 2019', date: '2019-03-06' });
  });

  test('--out - writes the backup to standard output', async () => {
    const run = await gleaner(['import', REFERENCE_FILE.name, '--out', '-'], FILES);
    expect(run.code).toBe(0);
    expect(backupOf(run.stdout).issues).toHaveLength(1);
  });
});

describe('importing into a backup', () => {
  test('the same files again change nothing; a changed file updates its issue, and says so', async () => {
    const first = await gleaner(['import', '_posts', REFERENCE_FILE.name, '--out', 'a.json'], FILES);
    const a = first.written.get('a.json')!;
    const again = await gleaner(['import', '_posts', REFERENCE_FILE.name, '--into', 'a.json', '--out', 'b.json'], { ...FILES, 'a.json': a });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('gleaner: 0 imported, 0 updated, 4 unchanged, 0 skipped');
    const b = again.written.get('b.json')!;
    expect(backupOf(b).issues).toEqual(backupOf(a).issues);
    expect(backupOf(b).picks).toEqual(backupOf(a).picks);

    const edited = REFERENCE_FILE.text.replace(/\n\n🤖 \*\*OSV-Scanner[^\n]*/, '');
    const update = await gleaner(['import', REFERENCE_FILE.name, '--into', 'b.json', '--out', 'c.json'], { [REFERENCE_FILE.name]: edited, 'b.json': b });
    expect(update.code).toBe(0);
    expect(update.stderr).toContain(`updated   ${REFERENCE_FILE.name} "Newsletter du 12 Novembre 2025" (2025-11-12), 11 links, the file changed since its last import`);
    const c = backupOf(update.written.get('c.json'));
    expect(c.issues).toHaveLength(4);
    const reference = c.issues.find((issue) => issue.fileName === REFERENCE_FILE.name)!;
    expect(reference.id).toBe(backupOf(b).issues.find((issue) => issue.fileName === REFERENCE_FILE.name)!.id);
    expect(reference.linkKeys).not.toContain('github.com/google/osv-scanner');
    expect(c.picks.some((pick) => pick.url.includes('osv-scanner'))).toBe(false);
  });

  test('an issue made in Gleaner is recognised by the name it exports under, and learns its links', async () => {
    const into = readFileSync(new URL('../fixtures/reference-backup.json', import.meta.url), 'utf8');
    // What Gleaner exported (the published file only lost the final newline).
    const files = { [REFERENCE_FILE.name]: `${REFERENCE_FILE.text}\n`, 'into.json': into };
    const run = await gleaner(['import', REFERENCE_FILE.name, '--into', 'into.json', '--out', 'out.json'], files);
    expect(run.stderr).toContain('gleaner: 0 imported, 0 updated, 1 unchanged, 0 skipped');
    const out = backupOf(run.written.get('out.json'));
    expect(out.issues).toHaveLength(backupOf(into).issues.length);
    expect(out.issues.find((issue) => issue.id === 'issue-2025-11-12')).toMatchObject({ fileName: REFERENCE_FILE.name, linkKeys: expect.arrayContaining(['dtop.dev']) });
  });

  test('the backup imported into keeps its picks, settings and set-aside records', async () => {
    const into = JSON.stringify({
      format: 'gleaner-backup', version: 2, picks: [{ id: 'p1', url: 'https://example.org/waiting' }], issues: [],
      settings: { language: 'en', theme: 'dark' },
      quarantine: [{ table: 'picks', id: 'bad', repaired: false, problems: ['url: missing'], record: '{"id":"bad"}' }],
    });
    const run = await gleaner(['import', REFERENCE_FILE.name, '--into', 'into.json', '--out', 'out.json'], { ...FILES, 'into.json': into });
    expect(run.code).toBe(0);
    const out = backupOf(run.written.get('out.json'));
    expect(out.picks.map((pick) => pick.id)).toContain('p1');
    expect(out.settings).toEqual({ language: 'en', theme: 'dark' });
    expect(out.quarantine).toEqual(JSON.parse(into).quarantine);
  });
});

describe('bad input: a one-line reason, exit 1; the good files are still imported', () => {
  test.each([
    ['not Markdown', 'notes.txt', 'hello', 'skipped   notes.txt: not a Markdown file (.md or .markdown): .txt'],
    ['broken front matter', '2025-01-01-broken.md', '---\ntitle: [unclosed\n---\nBody', 'skipped   2025-01-01-broken.md: its YAML front matter does not parse'],
    ['binary', '2025-01-02-binary.md', new Uint8Array([0x2d, 0x00, 0xff, 0xfe]), 'skipped   2025-01-02-binary.md: not text: binary data or not UTF-8'],
    ['too large', '2025-01-03-huge.md', 'x'.repeat(1024 * 1024 + 1), 'skipped   2025-01-03-huge.md: larger than 1 MiB, too large for an issue: 1024 KiB'],
    ['no date', 'about.md', '---\ntitle: About\n---\nHi', 'skipped   about.md: no date: neither the file name'],
    ['missing', 'missing.md', undefined, "skipped   missing.md: it could not be read: ENOENT: no such file or directory, open 'missing.md'"],
  ])('%s', async (_name, path, content, line) => {
    const files: Files = { [REFERENCE_FILE.name]: REFERENCE_FILE.text, ...(content !== undefined && { [path]: content }) };
    const run = await gleaner(['import', path, REFERENCE_FILE.name, '--out', 'out.json'], files);
    expect(run.code).toBe(1);
    const skipped = run.stderr.split('\n').filter((entry) => entry.startsWith('skipped'));
    expect(skipped).toHaveLength(1);
    expect(skipped[0]?.startsWith(line)).toBe(true);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).toContain('gleaner: 1 imported, 0 updated, 0 unchanged, 1 skipped');
    expect(backupOf(run.written.get('out.json')).issues).toHaveLength(1);
  });

  test('an issue the backup format cannot hold as it is (a paragraph over a million characters) is flagged, kept aside', async () => {
    const huge = `---\ntitle: Huge\n---\n\n${'x'.repeat(1_000_100)}\n`;
    const run = await gleaner(['import', '2025-01-04-huge.md', '--out', 'out.json'], { '2025-01-04-huge.md': huge });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\ngleaner: warning: the (issue|block) "[^"]+" was set aside \(.*\): see "quarantine" in the backup\n$/);
    const out = JSON.parse(run.written.get('out.json')!) as { quarantine: { record: string }[] };
    expect(out.quarantine.some((entry) => entry.record.includes('x'.repeat(1_000_100)))).toBe(true);
  });

  test('a backup to import into that is not one: nothing written', async () => {
    const run = await gleaner(['import', REFERENCE_FILE.name, '--into', 'into.json', '--out', 'out.json'], { ...FILES, 'into.json': '{"format": "other"}' });
    expect(run).toMatchObject({ code: 1, stderr: 'gleaner: into.json: the file is not a Gleaner backup (expected "format": "gleaner-backup")\n' });
    expect(run.written.size).toBe(0);
  });

  test('no file that can be imported: nothing written', async () => {
    const run = await gleaner(['import', 'notes.txt', '--out', 'out.json'], { 'notes.txt': 'hi' });
    expect(run).toMatchObject({ code: 1, stderr: 'skipped   notes.txt: not a Markdown file (.md or .markdown): .txt\ngleaner: 0 imported, 0 updated, 0 unchanged, 1 skipped: nothing written\n' });
    expect(run.written.size).toBe(0);
  });

  test('a folder without Markdown: nothing written', async () => {
    const run = await gleaner(['import', 'assets', '--out', 'out.json'], { 'assets/logo.png': 'png' });
    expect(run).toMatchObject({ code: 1, stderr: 'gleaner: no Markdown file to import in assets: nothing written\n' });
    expect(run.written.size).toBe(0);
  });
});

describe('the command line', () => {
  test.each([
    [['import', 'x.md'], 'import needs --out BACKUP.json'],
    [['import', '--out', 'b.json'], 'import needs the past issue files or folders to import'],
    [['import', 'x.md', '--out', 'b.json', '--branch', 'main'], '--branch, --posts and --token-env go with --repo'],
    [['import', 'x.md', '--repo', 'https://example.org/blog.git', '--out', 'b.json'], '--repo reads the repository: unexpected argument "x.md"'],
  ])('%j: exit 2 with the usage', async (argv, message) => {
    const run = await gleaner(argv, FILES);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Usage: gleaner import');
  });

  test('--out onto an input is refused before anything is read or written', async () => {
    const onFile = await gleaner(['import', REFERENCE_FILE.name, '--out', REFERENCE_FILE.name], FILES);
    expect(onFile).toMatchObject({ code: 2, stderr: `gleaner: --out ${REFERENCE_FILE.name} is one of the files to import: choose another file\n` });
    const onInto = await gleaner(['import', REFERENCE_FILE.name, '--into', 'a.json', '--out', 'a.json'], { ...FILES, 'a.json': '{}' });
    expect(onInto).toMatchObject({ code: 2, stderr: 'gleaner: --out a.json is the backup given to --into: choose another file\n' });
    expect(onFile.written.size + onInto.written.size).toBe(0);
  });

  test('an older fixture alone is named by its own file name in the report', async () => {
    const run = await gleaner(['import', '_posts/2018-11-28-les-liens-de-novembre.markdown', '--out', 'o.json'], FILES);
    expect(run.stderr).toContain(`imported  _posts/${olderFile('2018-11-28').name}`);
  });
});
