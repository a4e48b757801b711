import { describe, expect, test } from 'vitest';
import {
  fromBackupFile, parseBackup, summarizeBackup, toBackupFile, type BackupFile, type BackupProblem,
} from '../../src/core/backup-format';
import { compareKeys } from '../../src/core/order-key';

// The minimal example of issue 4, verbatim apart from the elided strings.
const MINIMAL = `{ "format": "gleaner-backup", "version": 1,
  "picks": [ { "id": "p1", "url": "https://www.example.com/post/?utm_source=x", "title": "A post", "blurb": "[Read it], really.", "emoji": "🗄️",
               "kind": "link", "tags": [], "image": null } ],
  "issues": [ { "id": "i1", "status": "draft", "date": "2025-11-12",
                "frontMatter": { "layout": "post", "title": "Newsletter", "tags": ["devops"], "author": "RudeOps" },
                "blocks": [ { "type": "text", "markdown": "Hello" },
                            { "type": "heading", "level": 3, "text": "Quoi de neuf ?" },
                            { "type": "pick", "pickId": "p1" } ] } ],
  "settings": {} }`;

let counter = 0;
const options = { defaultLanguage: 'fr', now: 1_700_000_000_000, newId: () => `generated-${++counter}` };

function parsed(text: string): BackupFile {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.file;
}

function problemOf(text: string): BackupProblem {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problem;
}

function sortedById<T extends { id: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => compareKeys(a.id, b.id));
}

function withChange(change: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(MINIMAL) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
}

describe('the minimal file of issue 4', () => {
  const data = fromBackupFile(parsed(MINIMAL), options);

  test('imports with every default filled', () => {
    expect(data.picks).toEqual([{
      id: 'p1', url: 'https://www.example.com/post/?utm_source=x', urlKey: 'example.com/post', title: 'A post',
      blurb: '[Read it], really.', emoji: '🗄️', kind: 'link', tags: [], image: null, description: '', siteName: '',
      quote: '', issueId: 'i1', createdAt: options.now, updatedAt: options.now,
    }]);
    expect(data.issues).toEqual([{
      id: 'i1', status: 'draft', date: '2025-11-12', language: 'fr',
      frontMatter: { layout: 'post', title: 'Newsletter', tags: ['devops'], author: 'RudeOps' },
      createdAt: options.now, updatedAt: options.now, publishedAt: null,
    }]);
    expect(data.settings).toEqual({});
  });

  test('keeps the blocks in file order with ascending order keys', () => {
    expect(data.blocks.map((block) => block.type)).toEqual(['text', 'heading', 'pick']);
    const orders = data.blocks.map((block) => block.order);
    expect([...orders].sort(compareKeys)).toEqual(orders);
    expect(new Set(orders).size).toBe(3);
    expect(data.blocks.every((block) => block.issueId === 'i1' && block.id.startsWith('generated-'))).toBe(true);
  });

  test('keeps the front matter key order', () => {
    expect(Object.keys(data.issues[0]!.frontMatter)).toEqual(['layout', 'title', 'tags', 'author']);
  });

  test('summarizes what a restore would write', () => {
    expect(summarizeBackup(data)).toEqual({ picks: 1, inbox: 0, drafts: 1, published: 0, blocks: 3, hasTemplates: false, setAside: 0 });
  });
});

test('a pick no block shows waits in the inbox', () => {
  const text = withChange((file) => {
    (file.issues as Array<{ blocks: unknown[] }>)[0]!.blocks.pop();
  });
  expect(fromBackupFile(parsed(text), options).picks[0]!.issueId).toBe('');
});

test('the file order wins over order keys that disagree with it', () => {
  const text = withChange((file) => {
    const blocks = (file.issues as Array<{ blocks: Array<Record<string, unknown>> }>)[0]!.blocks;
    blocks.forEach((block, index) => { block.order = ['a2', 'a1', 'a0'][index]; });
  });
  const orders = fromBackupFile(parsed(text), options).blocks.map((block) => block.order);
  expect([...orders].sort(compareKeys)).toEqual(orders);
});

test('valid ascending order keys are kept as written', () => {
  const text = withChange((file) => {
    const blocks = (file.issues as Array<{ blocks: Array<Record<string, unknown>> }>)[0]!.blocks;
    blocks.forEach((block, index) => { block.order = ['a0', 'a0V', 'a1'][index]; });
  });
  expect(fromBackupFile(parsed(text), options).blocks.map((block) => block.order)).toEqual(['a0', 'a0V', 'a1']);
});

test('the issue language falls back to the language of the file settings', () => {
  const text = withChange((file) => { file.settings = { language: 'en' }; });
  expect(fromBackupFile(parsed(text), options).issues[0]!.language).toBe('en');
});

test('the commit and path of an issue published to the repository survive a backup', () => {
  const commit = '0123456789abcdef0123456789abcdef01234567';
  const text = withChange((file) => {
    Object.assign((file.issues as object[])[0]!, { status: 'published', publishedCommit: commit, publishedPath: '_posts/2025-11-12-newsletter.md' });
  });
  const data = fromBackupFile(parsed(text), options);
  expect(data.issues[0]).toMatchObject({ publishedCommit: commit, publishedPath: '_posts/2025-11-12-newsletter.md' });
  expect(toBackupFile(data, '2025-11-12T00:00:00Z').issues[0]).toMatchObject({ publishedCommit: commit });
  expect(problemOf(withChange((file) => { Object.assign((file.issues as object[])[0]!, { publishedCommit: 'nope' }); }))).toMatchObject({ kind: 'invalid' });
});

describe('files that are refused, naming the problem', () => {
  test('not JSON', () => {
    expect(problemOf('{"format": "gleaner-backup",').kind).toBe('not-json');
  });

  test('JSON of another format', () => {
    expect(problemOf('{"format": "other", "version": 1}')).toEqual({ kind: 'not-backup' });
    expect(problemOf('[1, 2]')).toEqual({ kind: 'not-backup' });
  });

  test('a newer format version', () => {
    expect(problemOf(withChange((file) => { file.version = 3; }))).toEqual({ kind: 'newer-version', version: 3 });
  });

  test.each([
    ['an unknown kind', (file: Record<string, unknown>) => { (file.picks as Array<Record<string, unknown>>)[0]!.kind = 'video'; }, 'picks[0].kind', /expected one of "link"\|"featured"\|"sponsor"/],
    ['a misspelt field', (file: Record<string, unknown>) => { (file.picks as Array<Record<string, unknown>>)[0]!.blrub = 'x'; }, 'picks[0]', /blrub/],
    ['a missing url', (file: Record<string, unknown>) => { delete (file.picks as Array<Record<string, unknown>>)[0]!.url; }, 'picks[0].url', /expected string/],
    ['a block showing no known pick', (file: Record<string, unknown>) => { (file.picks as Array<Record<string, unknown>>)[0]!.id = 'p2'; }, 'issues[0].blocks[2].pickId', /"p1"/],
    ['a heading level 7', (file: Record<string, unknown>) => { (file.issues as Array<{ blocks: Array<Record<string, unknown>> }>)[0]!.blocks[1]!.level = 7; }, 'issues[0].blocks[1].level', /expected one of/],
    ['a date in another shape', (file: Record<string, unknown>) => { (file.issues as Array<Record<string, unknown>>)[0]!.date = '12/11/2025'; }, 'issues[0].date', /YYYY-MM-DD/],
    ['an object in the front matter', (file: Record<string, unknown>) => { (file.issues as Array<{ frontMatter: Record<string, unknown> }>)[0]!.frontMatter.author = { name: 'x' }; }, 'issues[0].frontMatter.author', /list of strings/],
    ['two picks with one id', (file: Record<string, unknown>) => { (file.picks as unknown[]).push({ id: 'p1', url: 'https://b.example' }); }, 'picks[1].id', /"p1"/],
    ['an unknown template', (file: Record<string, unknown>) => { file.settings = { templates: { lnik: '' } }; }, 'settings.templates', /lnik/],
    ['a "__proto__" key, which would otherwise vanish', (file: Record<string, unknown>) => { Object.defineProperty((file.issues as Array<{ frontMatter: object }>)[0]!.frontMatter, '__proto__', { value: 'x', enumerable: true }); }, 'issues[0].frontMatter.__proto__', /cannot be restored/],
    ['a version that is not a number', (file: Record<string, unknown>) => { file.version = '1'; }, 'version', /expected one of 1\|2/],
  ])('%s', (_name, change, path, message) => {
    const problem = problemOf(withChange(change));
    if (problem.kind !== 'invalid') throw new Error(`unexpected ${problem.kind}`);
    expect(problem.errors).toContainEqual({ path, message: expect.stringMatching(message) });
  });
});

test('a file written by toBackupFile reads back to the same rows', () => {
  const data = fromBackupFile(parsed(withChange((file) => {
    file.settings = { language: 'fr', templates: { link: '{{emoji}} **{{title}} :** {{blurb}}' }, theme: { dark: true } };
    (file.picks as unknown[]).push({ id: 'p2', url: 'https://b.example/x', kind: 'sponsor', createdAt: 5, updatedAt: 9 });
  })), options);
  const text = JSON.stringify(toBackupFile(data, '2025-11-12T10:00:00.000Z'));
  const back = fromBackupFile(parsed(text), { ...options, newId: () => 'unused' });
  // The file lists picks oldest first; the rows are the same, in any order.
  expect({ ...back, picks: sortedById(back.picks) }).toEqual({ ...data, picks: sortedById(data.picks) });
});

test('the written file leaves out derived fields', () => {
  const data = fromBackupFile(parsed(MINIMAL), options);
  const file = toBackupFile(data, '2025-11-12T10:00:00.000Z');
  expect(file.picks[0]).not.toHaveProperty('urlKey');
  expect(file.picks[0]).not.toHaveProperty('issueId');
  expect(file.issues[0]!.blocks[0]).not.toHaveProperty('issueId');
});

test('a pick\'s blurb history and a block\'s edit time (sync) survive a backup round trip', () => {
  const file = JSON.parse(MINIMAL) as { picks: Record<string, unknown>[]; issues: { blocks: Record<string, unknown>[] }[] };
  file.picks[0]!.history = [{ blurb: 'Older text', editedAt: 5 }];
  file.issues[0]!.blocks[0]!.updatedAt = 7;
  const data = fromBackupFile(parsed(JSON.stringify(file)), options);
  expect(data.picks[0]!.history).toEqual([{ blurb: 'Older text', editedAt: 5 }]);
  const again = toBackupFile(data, '2025-11-12T00:00:00.000Z');
  expect(again.picks[0]!.history).toEqual([{ blurb: 'Older text', editedAt: 5 }]);
  expect(again.issues[0]!.blocks[0]).toMatchObject({ type: 'text', updatedAt: 7 });
});
