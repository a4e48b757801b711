// The command line in process: arguments, messages and exit codes.
import { describe, expect, test } from 'vitest';
import { USAGE } from '../../src/cli/main';
import { gleaner, type Files, type Run } from './memory-io';

const ISSUE = (id: string, status: string, updatedAt: number, title: string): object => ({
  id, status, date: '2025-11-12', updatedAt, frontMatter: { layout: 'post', title }, blocks: [{ type: 'text', markdown: `Body of ${id}` }],
});

const BACKUP = JSON.stringify({
  format: 'gleaner-backup', version: 1, picks: [],
  issues: [ISSUE('old-draft', 'draft', 1, 'Old'), ISSUE('new-draft', 'draft', 3, 'New'), ISSUE('published', 'published', 5, 'Done')],
});

function run(argv: string[], files: Files = { 'backup.json': BACKUP }): Promise<Run> {
  return gleaner(argv, files);
}

test('--help prints the usage and succeeds', async () => {
  expect(await run(['--help'])).toMatchObject({ code: 0, stdout: USAGE, stderr: '' });
});

describe('bad arguments: a message and the usage on stderr, exit 2', () => {
  test.each([
    [[], 'no command given'],
    [['deploy', 'backup.json'], 'unknown command "deploy"'],
    [['render'], 'render needs the path of a backup file'],
    [['render', 'backup.json', 'extra'], 'unexpected argument "extra"'],
    [['render', 'backup.json', '--bogus'], "Unknown option '--bogus'"],
    [['render', 'backup.json', '--issue'], "Option '--issue <value>' argument missing"],
  ])('%j', async (argv, message) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain(USAGE);
  });
});

describe('a bad file or issue: a message naming the problem on stderr, exit 1', () => {
  test.each([
    ['a missing file', ['render', 'missing.json'], {}, 'cannot read missing.json: ENOENT'],
    ['not JSON', ['render', 'b.json'], { 'b.json': '{"format": ' }, 'b.json: the file is not valid JSON'],
    ['another format', ['render', 'b.json'], { 'b.json': '{"format": "other"}' }, 'is not a Gleaner backup (expected "format": "gleaner-backup")'],
    ['a newer version', ['render', 'b.json'], { 'b.json': '{"format": "gleaner-backup", "version": 7}' }, 'a version 7 backup; this Gleaner reads up to version 2'],
    ['invalid content', ['render', 'b.json'], { 'b.json': BACKUP.replace('"status":"draft"', '"status":"done"') }, 'issues[0].status: Invalid option: expected one of "draft"|"published"'],
    ['an unknown issue', ['render', 'backup.json', '--issue', 'nope'], undefined, 'no issue with the id "nope"; its issues: old-draft (draft, 2025-11-12), new-draft'],
    ['no draft to default to', ['render', 'b.json'], { 'b.json': BACKUP.replaceAll('"draft"', '"published"') }, 'no draft issue: choose one with --issue ID'],
  ])('%s', async (_name, argv, files, message) => {
    const { code, stdout, stderr } = await run(argv, files);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });
});

test('renders the most recently updated draft by default', async () => {
  const { code, stdout } = await run(['render', 'backup.json']);
  expect(code).toBe(0);
  expect(stdout).toBe('---\nlayout: post\ntitle: New\n---\n\n\nBody of new-draft\n');
});

test('--issue renders that issue, published ones included', async () => {
  expect((await run(['render', 'backup.json', '--issue', 'published'])).stdout).toContain('Body of published');
});

test('--out writes the file and prints nothing', async () => {
  const { code, stdout, written } = await run(['render', '--out', 'issue.md', 'backup.json']);
  expect(code).toBe(0);
  expect(stdout).toBe('');
  expect(written.get('issue.md')).toContain('Body of new-draft');
});

test('--out - is standard output, not a file named "-"', async () => {
  const { code, stdout, written } = await run(['render', 'backup.json', '--out', '-']);
  expect(code).toBe(0);
  expect(stdout).toContain('Body of new-draft');
  expect(written.size).toBe(0);
});

test('--out naming the backup itself is refused before anything is written', async () => {
  const { code, stderr, written } = await run(['render', 'backup.json', '--out', 'backup.json']);
  expect(code).toBe(2);
  expect(stderr).toBe('gleaner: --out backup.json is the backup file itself: choose another file\n');
  expect(written.size).toBe(0);
});

describe('messages never echo megabytes', () => {
  const huge = 'x'.repeat(5_000_000);
  test.each([
    ['an unknown issue id', ['render', 'backup.json', '--issue', huge], undefined],
    ['an unknown command', [huge, 'backup.json'], undefined],
    ['a huge pick id', ['render', 'b.json'], { 'b.json': JSON.stringify({ format: 'gleaner-backup', version: 1, picks: [{ id: huge, url: 'u' }], issues: [] }) }],
    ['a huge unknown key', ['render', 'b.json'], { 'b.json': JSON.stringify({ format: 'gleaner-backup', version: 1, picks: [], issues: [], [huge]: 1 }) }],
    ['a huge impossible date', ['render', 'b.json'], { 'b.json': BACKUP.replace('2025-11-12', huge) }],
    ['a huge missing file name', ['render', huge], {}],
  ])('%s', async (_name, argv, files) => {
    const { code, stderr } = await run(argv, files);
    expect(code).toBeGreaterThan(0);
    expect(stderr.length).toBeLessThan(2_000);
  });
  test('a backup with thousands of issues lists ten of them', async () => {
    const issues = Array.from({ length: 5_000 }, (_, index) => ISSUE(`i${index}`, 'published', index, 'T'));
    const { stderr } = await run(['render', 'b.json'], { 'b.json': JSON.stringify({ format: 'gleaner-backup', version: 1, picks: [], issues }) });
    expect(stderr).toContain('i9 (published, 2025-11-12) and 4990 more');
  });
});

describe('bad input is a one-line problem, not a stack trace', () => {
  test('JSON nested 100,000 levels deep in a settings value', async () => {
    const deep = `{"format":"gleaner-backup","version":1,"picks":[],"issues":[],"settings":{"theme":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    const { code, stderr } = await run(['render', 'b.json'], { 'b.json': deep });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^gleaner: b\.json: the backup is not valid:\n {2}settings\.theme(\[0\])+: nested more than 64 levels deep\n$/);
  });
  test('an impossible date', async () => {
    const { code, stderr } = await run(['render', 'b.json'], { 'b.json': BACKUP.replace('2025-11-12', '2025-13-45') });
    expect(code).toBe(1);
    expect(stderr).toContain('issues[0].date: expected a calendar date written YYYY-MM-DD, got "2025-13-45"');
  });
  test('an impossible date in the front matter', async () => {
    const backup = BACKUP.replace('"layout":"post"', '"layout":"post","date":"2024-02-30"');
    expect(backup).not.toBe(BACKUP);
    const { code, stderr } = await run(['render', 'b.json'], { 'b.json': backup });
    expect(code).toBe(1);
    expect(stderr).toContain('issues[0].frontMatter.date: expected a calendar date written YYYY-MM-DD, got "2024-02-30"');
  });
  test('bytes that are not text', async () => {
    const { code, stderr } = await run(['render', 'b.json'], { 'b.json': new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) });
    expect(code).toBe(1);
    expect(stderr).toBe('gleaner: b.json: the file is not valid UTF-8 text (a backup is UTF-8, or UTF-16 with a byte order mark)\n');
  });
});
