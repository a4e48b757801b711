import { beforeEach, describe, expect, test } from 'vitest';
import type { Block, Issue } from '../../src/core/types';
import { db } from '../../src/db/db';
import { storageFailureOf } from '../../src/db/errors';
import { countInboxPicks, createPick, deletePick, deletePicks, findPicksForUrl, getPick, tagPicks, updatePick } from '../../src/db/picks';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

function issue(id: string, status: Issue['status'], title: string): Issue {
  return {
    id, status, date: '2025-11-12', language: 'fr', frontMatter: { layout: 'post', title },
    createdAt: 1, updatedAt: 1, publishedAt: status === 'published' ? 1 : null,
  };
}

describe('createPick', () => {
  test('stores an inbox pick keyed by its normalised URL, with defaults', async () => {
    const pick = await createPick({ url: 'https://www.example.com/post/?utm_source=x', title: 'Post' }, 1000);
    expect(await getPick(pick.id)).toEqual({
      id: pick.id, url: 'https://www.example.com/post/?utm_source=x', urlKey: 'example.com/post', title: 'Post',
      blurb: '', emoji: '', kind: 'link', tags: [], image: null, description: '', siteName: '', quote: '',
      issueId: '', createdAt: 1000, updatedAt: 1000,
    });
  });
});

describe('updatePick', () => {
  test('writes the given fields and bumps updatedAt', async () => {
    const pick = await createPick({ url: 'https://example.com/a', title: 'A', blurb: 'old' }, 1000);
    expect(await updatePick(pick.id, { blurb: 'new [phrase]' }, 2000)).toBe(true);
    const stored = await getPick(pick.id);
    expect(stored?.blurb).toBe('new [phrase]');
    expect(stored?.title).toBe('A');
    expect(stored?.updatedAt).toBe(2000);
  });
  test('a new URL moves the identity key', async () => {
    const pick = await createPick({ url: 'https://example.com/a', title: 'A' });
    await updatePick(pick.id, { url: 'https://example.com/b?fbclid=1' });
    expect((await getPick(pick.id))?.urlKey).toBe('example.com/b');
  });
  test('says when the pick is gone', async () => {
    expect(await updatePick('nope', { blurb: 'x' })).toBe(false);
  });
});

describe('findPicksForUrl', () => {
  test('finds the pick through tracking parameters and text fragments', async () => {
    const pick = await createPick({ url: 'https://example.com/a', title: 'A' });
    const found = await findPicksForUrl('https://www.example.com/a/?utm_source=x#:~:text=hello');
    expect(found).toEqual([{ pick, place: { kind: 'inbox' } }]);
  });
  test('says which draft or published issue holds each pick', async () => {
    await db.issues.bulkAdd([issue('d1', 'draft', 'Next week'), issue('p1', 'published', 'Newsletter du 12 Novembre 2025')]);
    await createPick({ url: 'https://example.com/a', title: 'A', issueId: 'd1' });
    await createPick({ url: 'https://example.com/a', title: 'A', issueId: 'p1' });
    const places = (await findPicksForUrl('https://example.com/a')).map((entry) => entry.place);
    expect(places).toContainEqual({ kind: 'draft', issueId: 'd1', title: 'Next week' });
    expect(places).toContainEqual({ kind: 'published', issueId: 'p1', title: 'Newsletter du 12 Novembre 2025', date: '2025-11-12' });
  });
  test('finds nothing for another page', async () => {
    await createPick({ url: 'https://example.com/a', title: 'A' });
    expect(await findPicksForUrl('https://example.com/b')).toEqual([]);
  });
});

describe('deletePick', () => {
  test('removes the pick and the blocks that placed it', async () => {
    const pick = await createPick({ url: 'https://example.com/a', title: 'A', issueId: 'd1' });
    const blocks: Block[] = [
      { id: 'b1', issueId: 'd1', order: 'a0', type: 'pick', pickId: pick.id },
      { id: 'b2', issueId: 'd1', order: 'a1', type: 'text', markdown: 'Editorial' },
    ];
    await db.blocks.bulkPut(blocks);
    await deletePick(pick.id);
    expect(await getPick(pick.id)).toBeUndefined();
    expect((await db.blocks.toArray()).map((block) => block.id)).toEqual(['b2']);
  });
  test('says there was nothing to delete', async () => {
    expect(await deletePick('nope')).toBeNull();
  });
  test('several at once, each with its blocks; unknown ids are skipped', async () => {
    const a = await createPick({ url: 'https://example.com/a', title: 'A', issueId: 'd1' });
    const b = await createPick({ url: 'https://example.com/b', title: 'B' });
    const block: Block = { id: 'b1', issueId: 'd1', order: 'a0', type: 'pick', pickId: a.id };
    await db.blocks.add(block);
    expect(await deletePicks([a.id, 'nope', b.id])).toEqual([{ pick: a, blocks: [block] }, { pick: b, blocks: [] }]);
    expect(await db.picks.count()).toBe(0);
    expect(await db.blocks.count()).toBe(0);
  });
});

describe('tagPicks', () => {
  test('adds the tag to the picks that lack it, and only to those', async () => {
    const a = await createPick({ url: 'https://example.com/a', title: 'A', tags: ['rust'] }, 1);
    const b = await createPick({ url: 'https://example.com/b', title: 'B', tags: ['go'] }, 1);
    const c = await createPick({ url: 'https://example.com/c', title: 'C' }, 1);
    expect(await tagPicks([a.id, b.id], 'rust', 5)).toBe(1);
    expect((await getPick(a.id))?.updatedAt).toBe(1);
    expect(await getPick(b.id)).toMatchObject({ tags: ['go', 'rust'], updatedAt: 5 });
    expect((await getPick(c.id))?.tags).toEqual([]);
  });
});

describe('countInboxPicks', () => {
  test('counts only picks in no issue', async () => {
    await createPick({ url: 'https://example.com/a', title: 'A' });
    await createPick({ url: 'https://example.com/b', title: 'B' });
    await createPick({ url: 'https://example.com/c', title: 'C', issueId: 'd1' });
    expect(await countInboxPicks()).toBe(2);
  });
});

describe('storageFailureOf', () => {
  test('a quota error, even wrapped, means the storage is full', () => {
    expect(storageFailureOf({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('full');
  });
  test('no IndexedDB means storage is unavailable', () => {
    expect(storageFailureOf({ name: 'MissingAPIError' })).toBe('unavailable');
    expect(storageFailureOf({ name: 'OpenFailedError', inner: { name: 'InvalidStateError' } })).toBe('unavailable');
  });
  test('anything else is reported as is', () => {
    expect(storageFailureOf(new TypeError('boom'))).toBe('other');
    expect(storageFailureOf('weird')).toBe('other');
  });
});
