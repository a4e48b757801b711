import { beforeEach, describe, expect, test } from 'vitest';
import type { Block, Issue } from '../../src/core/types';
import { db } from '../../src/db/db';
import { storageFailureOf } from '../../src/db/errors';
import { countInboxPicks, createPick, deletePick, findPicksForUrl, getPick, restorePick, updatePick } from '../../src/db/picks';

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
});

describe('restorePick', () => {
  test('puts back exactly what deletePick removed: the pick, its blurb and its place in the draft', async () => {
    await db.issues.add(issue('d1', 'draft', 'Next week'));
    const pick = await createPick({ url: 'https://example.com/a', title: 'A', blurb: 'Sacred [text].', issueId: 'd1' }, 1000);
    const block: Block = { id: 'b1', issueId: 'd1', order: 'a0', type: 'pick', pickId: pick.id };
    await db.blocks.add(block);
    const removed = await deletePick(pick.id);
    expect(removed).toEqual({ pick, blocks: [block] });
    await restorePick(removed!);
    expect(await getPick(pick.id)).toEqual(pick);
    expect(await db.blocks.toArray()).toEqual([block]);
  });
  test('a pick whose draft was deleted meanwhile comes back to the inbox', async () => {
    const pick = await createPick({ url: 'https://example.com/a', title: 'A', issueId: 'gone' });
    const block: Block = { id: 'b1', issueId: 'gone', order: 'a0', type: 'pick', pickId: pick.id };
    await restorePick({ pick, blocks: [block] });
    expect((await getPick(pick.id))?.issueId).toBe('');
    expect(await db.blocks.count()).toBe(0);
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
