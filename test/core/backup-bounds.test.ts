// Bounds of the backup format (issue 8): sizes, depth, calendar dates, one block per pick and issue. Each
// refusal is one error naming its place, and never echoes the oversized value.
import { describe, expect, test } from 'vitest';
import { parseBackup, type BackupError } from '../../src/core/backup-format';
import { MAX_ID_LENGTH, MAX_JSON_DEPTH, MAX_TEMPLATE_LENGTH, MAX_TEXT_LENGTH } from '../../src/core/limits';

const pick = { id: 'p1', url: 'https://example.com/' };
const issue = { id: 'i1', status: 'draft', date: '2025-11-12', blocks: [{ type: 'pick', pickId: 'p1' }] };
type Row = Record<string, unknown>;
interface LooseFile extends Row {
  picks: Row[];
  issues: Array<Row & { blocks: Row[] }>;
  settings: Row;
}
const base = (): LooseFile => ({ format: 'gleaner-backup', version: 1, picks: [{ ...pick }], issues: [structuredClone(issue)], settings: {} });

function errorsOf(file: unknown): BackupError[] {
  const result = parseBackup(typeof file === 'string' ? file : JSON.stringify(file));
  if (result.ok) throw new Error('expected the file to be refused');
  if (result.problem.kind !== 'invalid') throw new Error(JSON.stringify(result.problem));
  for (const error of result.problem.errors) expect(`${error.path}: ${error.message}`.length).toBeLessThan(400);
  return result.problem.errors;
}

test('the base file is valid', () => {
  expect(parseBackup(JSON.stringify(base())).ok).toBe(true);
});

describe('sizes', () => {
  test.each([
    ['a blurb', (f: LooseFile) => { f.picks[0]!.blurb = 'b'.repeat(MAX_TEXT_LENGTH + 1); }, 'picks[0].blurb', `the text is 1,000,001 characters long; the limit is 1,000,000`],
    ['a text block', (f: LooseFile) => { f.issues[0]!.blocks.push({ type: 'text', markdown: 'm'.repeat(MAX_TEXT_LENGTH + 5) }); }, 'issues[0].blocks[1].markdown', 'the text is 1,000,005 characters long; the limit is 1,000,000'],
    ['a title', (f: LooseFile) => { f.picks[0]!.title = 't'.repeat(2_000_000); }, 'picks[0].title', 'the text is 2,000,000 characters long; the limit is 1,000,000'],
    ['a tag', (f: LooseFile) => { f.picks[0]!.tags = ['ok', 't'.repeat(MAX_TEXT_LENGTH + 1)]; }, 'picks[0].tags[1]', 'the text is 1,000,001 characters long; the limit is 1,000,000'],
    ['a pick id', (f: LooseFile) => { f.picks[0]!.id = 'p'.repeat(5_000_000); f.issues[0]!.blocks = []; }, 'picks[0].id', 'the id is 5,000,000 characters long; the limit is 256'],
    ['a block id', (f: LooseFile) => { f.issues[0]!.blocks[0]!.id = 'b'.repeat(MAX_ID_LENGTH + 1); }, 'issues[0].blocks[0].id', 'the id is 257 characters long; the limit is 256'],
    ['a template', (f: LooseFile) => { f.settings.templates = { link: 'x'.repeat(6_200_000) }; }, 'settings.templates.link', 'the template is 6,200,000 characters long; the limit is 100,000'],
    ['a front matter value', (f: LooseFile) => { f.issues[0]!.frontMatter = { title: 't'.repeat(MAX_TEXT_LENGTH + 1) }; }, 'issues[0].frontMatter.title', 'the text is 1,000,001 characters long; the limit is 1,000,000'],
  ])('%s over its limit', (_name, change, path, message) => {
    const file = base();
    change(file);
    expect(errorsOf(file)).toEqual([{ path, message }]);
  });

  test('at its limit, a template is accepted', () => {
    const file = base();
    file.settings = { templates: { link: 'x'.repeat(MAX_TEMPLATE_LENGTH) } };
    expect(parseBackup(JSON.stringify(file)).ok).toBe(true);
  });

  test('an unknown key is named, cut short', () => {
    const file = base();
    file.picks[0]!['k'.repeat(1_000_000)] = 1;
    expect(errorsOf(file)).toEqual([{ path: 'picks[0]', message: `unknown field "${'k'.repeat(39)}…"` }]);
  });
});

describe('depth', () => {
  test.each([MAX_JSON_DEPTH, 1_500, 100_000])('a settings value %i levels deep answers with its place', (levels) => {
    const text = JSON.stringify(base()).replace('"settings":{}', `"settings":{"theme":${'['.repeat(levels)}${']'.repeat(levels)}}`);
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toMatch(/^settings\.theme(\[0\])+/);
    expect(errors[0]!.message).toBe(`nested more than ${MAX_JSON_DEPTH} levels deep`);
  });
  // The file's own object is level 1 and `settings` level 2: a value of 62 arrays reaches level 64 exactly.
  test('a file exactly at the limit is kept; one level more is refused', () => {
    const nested = (levels: number): string => JSON.stringify(base()).replace('"settings":{}', `"settings":{"theme":${'['.repeat(levels)}${']'.repeat(levels)}}`);
    expect(parseBackup(nested(MAX_JSON_DEPTH - 2)).ok).toBe(true);
    const errors = errorsOf(nested(MAX_JSON_DEPTH - 1));
    expect(errors.map((error) => error.message)).toEqual([`nested more than ${MAX_JSON_DEPTH} levels deep`]);
  });
  test('a settings value a little under the limit is kept', () => {
    const levels = MAX_JSON_DEPTH - 3;
    const text = JSON.stringify(base()).replace('"settings":{}', `"settings":{"theme":${'['.repeat(levels)}${']'.repeat(levels)}}`);
    expect(parseBackup(text).ok).toBe(true);
  });
});

describe('dates are days of the calendar', () => {
  test.each(['2025-13-45', '2025-02-29', '2025-04-31', '0000-01-01'])('%s is refused', (date) => {
    const file = base();
    file.issues[0]!.date = date;
    expect(errorsOf(file)).toEqual([{ path: 'issues[0].date', message: `expected a calendar date written YYYY-MM-DD, got "${date}"` }]);
  });
  test.each(['2024-02-30', '2025-02-29 10:00:00 +0100', '2025-13-45T00:00:00Z'])('a front matter date %s is refused, in an issue and in the defaults', (date) => {
    const file = base();
    file.issues[0]!.frontMatter = { title: 'T', date };
    file.settings = { frontMatterDefaults: { date } };
    expect(errorsOf(file)).toEqual([
      { path: 'issues[0].frontMatter.date', message: `expected a calendar date written YYYY-MM-DD, got "${date}"` },
      { path: 'settings.frontMatterDefaults.date', message: `expected a calendar date written YYYY-MM-DD, got "${date}"` },
    ]);
  });
  test('a front matter date written another way stays as it was (an imported post\'s own)', () => {
    const file = base();
    file.issues[0]!.frontMatter = { date: 'Nov 12 2025' };
    expect(parseBackup(JSON.stringify(file)).ok).toBe(true);
  });
  test('2024-02-29 is a day', () => {
    const file = base();
    file.issues[0]!.date = '2024-02-29';
    expect(parseBackup(JSON.stringify(file)).ok).toBe(true);
  });
});

test('the same pick twice in one issue is refused at the second block', () => {
  const file = base();
  file.issues[0]!.blocks.push({ type: 'text', markdown: 'x' }, { type: 'pick', pickId: 'p1' });
  expect(errorsOf(file)).toEqual([{ path: 'issues[0].blocks[2].pickId', message: 'the pick "p1" is already in this issue (block 0)' }]);
});
