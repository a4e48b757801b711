// `gleaner render BACKUP.json --all --out-dir DIR`: every issue under its Jekyll file name; an imported issue
// under the name it came with, byte for byte the file it came from.
import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { ALL_FILES, REFERENCE_FILE } from '../core/import/fixtures';
import { gleaner, type Files } from './memory-io';

const REFERENCE_BACKUP = readFileSync(new URL('../fixtures/reference-backup.json', import.meta.url), 'utf8');
let imported: string;

beforeAll(async () => {
  const files = Object.fromEntries(ALL_FILES.map((file) => [`in/${file.name}`, file.text]));
  const run = await gleaner(['import', 'in', '--into', 'reference.json', '--out', 'all.json'], { ...files, 'reference.json': REFERENCE_BACKUP });
  if (run.code !== 0) throw new Error(run.stderr);
  imported = run.written.get('all.json')!;
});

test('writes each imported issue under its own name, byte-identical to its source, and the others under Jekyll names', async () => {
  const run = await gleaner(['render', 'all.json', '--all', '--out-dir', 'site/_posts'], { 'all.json': imported });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  for (const file of ALL_FILES) expect(run.written.get(`site/_posts/${file.name}`)).toBe(file.text);
  // The reference backup's issue (made in Gleaner) is the reference file: one issue, not two.
  const names = [...run.written.keys()];
  expect(names).toContain(`site/_posts/${REFERENCE_FILE.name}`);
  expect(names).toHaveLength(ALL_FILES.length);
  expect(run.stdout.trim().split('\n').sort()).toEqual(names.sort());
});

test('each file is what `gleaner render --issue` prints for that issue', async () => {
  const all = await gleaner(['render', 'all.json', '--all', '--out-dir', 'out'], { 'all.json': imported });
  const ids = (JSON.parse(imported) as { issues: { id: string; fileName?: string }[] }).issues;
  for (const { id } of ids) {
    const one = await gleaner(['render', 'all.json', '--issue', id], { 'all.json': imported });
    expect([...all.written.values()]).toContain(one.stdout);
  }
  expect(all.written.size).toBe(ids.length);
});

test('two issues that would share a file name: nothing written, both named', async () => {
  const issue = (id: string, status: string): object => ({ id, status, date: '2025-11-12', frontMatter: { title: 'Same' }, blocks: [] });
  const files: Files = { 'b.json': JSON.stringify({ format: 'gleaner-backup', version: 2, picks: [], issues: [issue('a', 'published'), issue('b', 'draft')] }) };
  const run = await gleaner(['render', 'b.json', '--all', '--out-dir', 'out'], files);
  expect(run).toMatchObject({ code: 1, stdout: '' });
  expect(run.stderr).toBe('gleaner: a (published, 2025-11-12) and b (draft, 2025-11-12) would both be written to 2025-11-12-same.md: nothing written (render one of them with --issue ID --out FILE)\n');
  expect(run.written.size).toBe(0);
});

test.each([
  [['render', 'all.json', '--all'], 2, '--all needs --out-dir DIR'],
  [['render', 'all.json', '--out-dir', 'x'], 2, '--out-dir goes with --all'],
  [['render', '--all', '--out-dir', 'x'], 2, 'render needs the path of a backup file'],
  [['render', 'missing.json', '--all', '--out-dir', 'x'], 1, 'gleaner: cannot read missing.json: ENOENT'],
  [['render', 'bad.json', '--all', '--out-dir', 'x'], 1, 'gleaner: bad.json: the file is not valid JSON'],
])('%j: exit %i', async (argv, code, message) => {
  const run = await gleaner(argv, { 'all.json': imported, 'bad.json': '{' });
  expect(run.code).toBe(code);
  expect(run.stderr).toContain(message);
  expect(run.written.size).toBe(0);
});
