// `gleaner find URL BACKUP.json`: the published issues that link to a page, by normalised URL, as the
// popup's "Already published in …" finds them. Exit 0 when found, 1 when not.
import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { ALL_FILES } from '../core/import/fixtures';
import { gleaner } from './memory-io';

const REFERENCE_BACKUP = readFileSync(new URL('../fixtures/reference-backup.json', import.meta.url), 'utf8');
let backup: string;

beforeAll(async () => {
  // The older fixtures imported into the reference backup (whose issue was made in Gleaner).
  const files = Object.fromEntries(ALL_FILES.slice(1).map((file) => [`_posts/${file.name}`, file.text]));
  const run = await gleaner(['import', '_posts', '--into', 'reference.json', '--out', 'all.json'], { ...files, 'reference.json': REFERENCE_BACKUP });
  if (run.code !== 0) throw new Error(run.stderr);
  backup = run.written.get('all.json')!;
});

function find(url: string): ReturnType<typeof gleaner> {
  return gleaner(['find', url, 'all.json'], { 'all.json': backup });
}

test('a link in the prose of an imported issue: its date, title and file name', async () => {
  expect(await find('https://github.com/stern/stern')).toMatchObject({
    code: 0, stderr: '', stdout: '2019-03-06\tNewsletter du 6 Mars 2019\t2019-03-06-newsletter-du-6-mars-2019.md\n',
  });
});

test('found by normalised URL: tracking parameters, www, a fragment and a trailing slash make no difference', async () => {
  const run = await find('http://terraform.io/#top');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('\t2019-03-06-newsletter-du-6-mars-2019.md\n');
});

test('a pick of an issue made in Gleaner, under the name it exports as', async () => {
  expect(await find('https://dtop.dev/?utm_source=x')).toMatchObject({
    code: 0, stdout: '2025-11-12\tNewsletter du 12 Novembre 2025\t2025-11-12-newsletter-du-12-novembre-2025.md\n',
  });
});

test('a page no published issue links to: exit 1, one line', async () => {
  const run = await find('https://example.org/never');
  expect(run).toMatchObject({ code: 1, stdout: '', stderr: 'gleaner: no published issue of all.json links to example.org/never\n' });
});

test.each([
  [['find', 'https://x.org'], 2, 'find needs a URL and the path of a backup file'],
  [['find', 'https://x.org', 'missing.json'], 1, 'gleaner: cannot read missing.json'],
])('%j: exit %i', async (argv, code, message) => {
  const run = await gleaner(argv, {});
  expect(run.code).toBe(code);
  expect(run.stderr).toContain(message);
});
