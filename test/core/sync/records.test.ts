import { describe, expect, test } from 'vitest';
import { encodeId, parsePath, recordPath, tombstonePath } from '../../../src/core/sync/layout';
import { entryOfRow, parseEntry, rowOfRecord, serializeEntry, tombstone } from '../../../src/core/sync/records';
import type { Pick } from '../../../src/core/types';

const pick: Pick = {
  id: 'p1', url: 'https://example.com/a', urlKey: 'example.com/a', title: 'A', blurb: '[Read] it', emoji: '🗄️', kind: 'link',
  tags: ['ops'], image: null, description: '', siteName: '', quote: '', issueId: 'i1', createdAt: 1, updatedAt: 2,
};

describe('paths', () => {
  test('a generated id is its own file name', () => {
    const id = '0b8f6f0e-5d0c-4a8e-9d7e-3f1f2b6c9a10';
    expect(recordPath({ kind: 'picks', id })).toBe(`picks/${id}.json`);
    expect(tombstonePath({ kind: 'blocks', id })).toBe(`tombstones/blocks/${id}.json`);
  });

  test('any other id is escaped, and reads back to itself', () => {
    for (const id of ['..', 'a/b', 'é 👩‍💻', '%41', 'a.json', 'frontMatterDefaults']) {
      const path = recordPath({ kind: 'settings', id });
      expect(path).toMatch(/^settings\/[A-Za-z0-9_%-]+\.json$/);
      expect(parsePath(path)).toEqual({ kind: 'settings', id, tombstone: false });
    }
    expect(encodeId('..')).toBe('%2E%2E');
  });

  test('files that are not records are ignored', () => {
    for (const path of ['README.md', 'picks/a/b.json', 'other/a.json', 'picks/a.txt', 'picks/a%2e.json', 'picks/%E9.json', 'picks/.json']) {
      expect(parsePath(path)).toBeNull();
    }
  });
});

describe('files', () => {
  test('a pick is written in the backup shape, keys sorted, without derived fields, with a final newline', () => {
    const text = serializeEntry(entryOfRow('picks', pick));
    expect(text.endsWith('}\n')).toBe(true);
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([...Object.keys(json)].sort());
    expect(json).not.toHaveProperty('urlKey');
    expect(json).not.toHaveProperty('issueId');
  });

  test('the same record gives the same bytes whatever order its fields were set in', () => {
    const reversed = Object.fromEntries(Object.entries(pick).reverse()) as unknown as Pick;
    expect(serializeEntry(entryOfRow('picks', reversed))).toBe(serializeEntry(entryOfRow('picks', pick)));
  });

  test('front matter keeps the curator\'s key order', () => {
    const issue = { id: 'i1', status: 'draft' as const, date: '2025-11-12', language: 'fr', frontMatter: { title: 'T', layout: 'post' }, createdAt: 1, updatedAt: 1, publishedAt: null };
    const text = serializeEntry(entryOfRow('issues', issue));
    expect(text.indexOf('"title"')).toBeLessThan(text.indexOf('"layout"'));
  });

  test('every kind reads back to the same entry and the same row', () => {
    const rows = [
      ['picks', pick],
      ['blocks', { id: 'b1', issueId: 'i1', order: 'a0', type: 'heading', level: 3, text: 'Hi', updatedAt: 4 }],
      ['settings', { key: 'language', value: 'en', updatedAt: 3 }],
    ] as const;
    for (const [kind, row] of rows) {
      const entry = entryOfRow(kind, row);
      const parsed = parseEntry(entry.ref, false, serializeEntry(entry));
      expect(parsed).toEqual({ ok: true, entry });
      if (parsed.ok && !parsed.entry.deleted) expect(rowOfRecord(kind, parsed.entry.record)).toEqual(kind === 'picks' ? { ...pick, issueId: '' } : row);
    }
    const gone = tombstone({ kind: 'issues', id: 'i1' }, 9);
    expect(parseEntry(gone.ref, true, serializeEntry(gone))).toEqual({ ok: true, entry: gone });
  });

  test('a bad file is refused with a reason, never guessed at', () => {
    const ref = { kind: 'picks' as const, id: 'p1' };
    expect(parseEntry(ref, false, '{')).toMatchObject({ ok: false, message: expect.stringContaining('not JSON') });
    expect(parseEntry(ref, false, JSON.stringify({ id: 'p1', url: 'u', blrub: 'x' }))).toMatchObject({ ok: false });
    expect(parseEntry(ref, false, JSON.stringify({ id: 'p2', url: 'u' }))).toMatchObject({ ok: false, message: expect.stringContaining('p2') });
    expect(parseEntry({ kind: 'blocks', id: 'b1' }, false, JSON.stringify({ id: 'b1', issueId: 'i1', order: '!!', type: 'text', markdown: '' }))).toMatchObject({ ok: false });
    expect(parseEntry({ kind: 'settings', id: 'language' }, false, JSON.stringify({ key: 'language', value: '' }))).toMatchObject({ ok: false });
    expect(parseEntry(ref, true, JSON.stringify({ kind: 'picks', id: 'p9', deletedAt: 1 }))).toMatchObject({ ok: false });
  });

  test('a setting nested 100,000 levels deep is refused with the place, not a stack overflow', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = `{"key":"custom","value":${deep},"updatedAt":1}`;
    expect(parseEntry({ kind: 'settings', id: 'custom' }, false, text))
      .toEqual({ ok: false, message: expect.stringMatching(/^value(\[0\])+: nested more than 64 levels deep$/) });
  });
});
