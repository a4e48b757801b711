import { beforeEach, describe, expect, test, vi } from 'vitest';
import { localIsoDate } from '../../src/core/dates';
import type { Pick } from '../../src/core/types';
import { insertPickBlock, insertTextBlock, listBlocks } from '../../src/db/blocks';
import { db } from '../../src/db/db';
import {
  createDraft,
  deleteDraft,
  getIssue,
  listDrafts,
  listPublished,
  loadIssueContent,
  loadIssueHead,
  publishIssue,
  reopenIssue,
  removeFrontMatterKey,
  renameFrontMatterKey,
  setFrontMatterValue,
  updateIssueDate,
  patchFrontMatterValue,
  type DraftDefaults,
} from '../../src/db/issues';

const DEFAULTS: DraftDefaults = {
  language: 'fr',
  frontMatterDefaults: {
    layout: 'post',
    title: 'Newsletter du {Date}',
    tags: ['devops'],
    comments: true,
    mathjax: true,
    author: 'RudeOps',
  },
};

function pick(id: string): Pick {
  return {
    id, url: `https://example.com/${id}`, urlKey: `example.com/${id}`, title: id, blurb: '', emoji: '',
    kind: 'link', tags: [], image: null, description: '', siteName: '', quote: '', issueId: '',
    createdAt: 1, updatedAt: 1,
  };
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('drafts', () => {
  test('a new draft takes the settings front matter, in order, with the title written for its date', async () => {
    const issue = await createDraft(DEFAULTS, '2025-11-12');
    expect(issue.status).toBe('draft');
    expect(issue.date).toBe('2025-11-12');
    expect(issue.language).toBe('fr');
    expect(Object.keys(issue.frontMatter)).toEqual(['layout', 'title', 'tags', 'comments', 'mathjax', 'author']);
    expect(issue.frontMatter.title).toBe('Newsletter du 12 Novembre 2025');
    expect(await getIssue(issue.id)).toEqual(issue);
  });

  test('a draft is dated today unless told otherwise', async () => {
    const issue = await createDraft(DEFAULTS);
    expect(issue.date).toBe(localIsoDate());
    expect(issue.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('editing a draft does not reach into the settings defaults', async () => {
    const issue = await createDraft(DEFAULTS, '2025-11-12');
    (issue.frontMatter.tags as string[]).push('Restic');
    expect(DEFAULTS.frontMatterDefaults.tags).toEqual(['devops']);
  });

  test('setting a key keeps its place; a new key goes last', async () => {
    const issue = await createDraft(DEFAULTS, '2025-11-12');
    await setFrontMatterValue(issue.id, 'title', 'Hello');
    await setFrontMatterValue(issue.id, 'image', '/x.png');
    const { frontMatter } = (await getIssue(issue.id))!;
    expect(Object.keys(frontMatter)).toEqual(['layout', 'title', 'tags', 'comments', 'mathjax', 'author', 'image']);
    expect(frontMatter.title).toBe('Hello');
  });

  test('two fields written back to back both survive', async () => {
    const issue = await createDraft(DEFAULTS, '2025-11-12');
    await Promise.all([
      setFrontMatterValue(issue.id, 'title', 'T'),
      setFrontMatterValue(issue.id, 'author', 'A'),
      setFrontMatterValue(issue.id, 'tags', ['x', 'y']),
    ]);
    expect((await getIssue(issue.id))!.frontMatter).toMatchObject({ title: 'T', author: 'A', tags: ['x', 'y'] });
  });

  test('a key is renamed in place, never onto an empty or existing key', async () => {
    const issue = await createDraft(DEFAULTS, '2025-11-12');
    expect(await renameFrontMatterKey(issue.id, 'comments', 'discuss')).toBe(true);
    expect(await renameFrontMatterKey(issue.id, 'discuss', 'title')).toBe(false);
    expect(await renameFrontMatterKey(issue.id, 'discuss', '')).toBe(false);
    const { frontMatter } = (await getIssue(issue.id))!;
    expect(Object.keys(frontMatter)).toEqual(['layout', 'title', 'tags', 'discuss', 'mathjax', 'author']);
    expect(frontMatter.discuss).toBe(true);
    await removeFrontMatterKey(issue.id, 'discuss');
    expect((await getIssue(issue.id))!.frontMatter).not.toHaveProperty('discuss');
  });

  test('a new date rewrites a title that still follows the pattern', async () => {
    const issue = await createDraft(DEFAULTS, '2025-11-12');
    await updateIssueDate(issue.id, '2025-12-03', 'Newsletter du {Date}');
    expect(await getIssue(issue.id)).toMatchObject({
      date: '2025-12-03',
      frontMatter: { title: 'Newsletter du 3 Décembre 2025' },
    });
  });

  test('a new date leaves a title the curator wrote alone', async () => {
    const issue = await createDraft(DEFAULTS, '2025-11-12');
    await setFrontMatterValue(issue.id, 'title', 'Spécial KubeCon');
    await updateIssueDate(issue.id, '2025-12-03', 'Newsletter du {Date}');
    expect(await getIssue(issue.id)).toMatchObject({ date: '2025-12-03', frontMatter: { title: 'Spécial KubeCon' } });
  });

  test('a front matter value is written over the value it replaces, and refused over another', async () => {
    const issue = await createDraft(DEFAULTS, '2025-11-12');
    const was = (value: unknown) => (stored: unknown): boolean => stored === value;
    const title = (await getIssue(issue.id))!.frontMatter.title;
    expect(await patchFrontMatterValue(issue.id, 'title', 'Mine', was(title))).toEqual({});
    expect(await patchFrontMatterValue(issue.id, 'title', 'Theirs', was(title))).toEqual({ stale: 'Mine' });
    expect(await patchFrontMatterValue(issue.id, 'subtitle', 'New', was(undefined))).toEqual({});
    const { frontMatter } = (await getIssue(issue.id))!;
    expect(frontMatter.title).toBe('Mine');
    expect(Object.keys(frontMatter).at(-1)).toBe('subtitle');
  });

  test('an impossible date is refused and the issue keeps its own', async () => {
    const issue = await createDraft(DEFAULTS, '2025-11-12');
    await expect(updateIssueDate(issue.id, '2026-02-31', null)).rejects.toThrow('Not a calendar date: 2026-02-31');
    expect((await getIssue(issue.id))!.date).toBe('2025-11-12');
  });

  test('several drafts coexist, newest first', async () => {
    const first = await createDraft(DEFAULTS, '2025-11-05');
    await new Promise((done) => setTimeout(done, 2));
    const second = await createDraft(DEFAULTS, '2025-11-12');
    expect((await listDrafts()).map((issue) => issue.id)).toEqual([second.id, first.id]);
  });

  test('deleting a draft sends its picks back to the inbox and drops its blocks', async () => {
    await db.picks.add(pick('a'));
    const issue = await createDraft(DEFAULTS, '2025-11-12');
    await insertPickBlock(issue.id, 'a', 0);
    await insertTextBlock(issue.id, 1, 'editorial');
    await deleteDraft(issue.id);
    expect(await getIssue(issue.id)).toBeUndefined();
    expect(await listBlocks(issue.id)).toEqual([]);
    expect((await db.picks.get('a'))?.issueId).toBe('');
  });
});

describe('publishing', () => {
  test('publishing archives the issue with its picks and starts a fresh draft', async () => {
    await db.picks.add(pick('a'));
    const issue = await createDraft(DEFAULTS, '2025-11-12');
    await insertPickBlock(issue.id, 'a', 0);
    const fresh = await publishIssue(issue.id, DEFAULTS);

    const published = await getIssue(issue.id);
    expect(published?.status).toBe('published');
    expect(published?.publishedAt).toEqual(expect.any(Number));
    expect((await db.picks.get('a'))?.issueId).toBe(issue.id);
    expect(await listBlocks(issue.id)).toHaveLength(1);
    expect((await listPublished()).map((each) => each.id)).toEqual([issue.id]);
    expect((await listDrafts()).map((each) => each.id)).toEqual([fresh.id]);
    expect(fresh.date).toBe(localIsoDate());
  });

  test('publishing to the repository records the commit and the path', async () => {
    const issue = await createDraft(DEFAULTS, '2025-11-12');
    const commit = 'a'.repeat(40);
    await publishIssue(issue.id, DEFAULTS, { commit, path: '_posts/2025-11-12-x.md' });
    expect(await getIssue(issue.id)).toMatchObject({ status: 'published', publishedCommit: commit, publishedPath: '_posts/2025-11-12-x.md' });
  });

  test('publishing does not start a second empty draft when one is waiting', async () => {
    const issue = await createDraft(DEFAULTS, '2025-11-12');
    await insertTextBlock(issue.id, 0, 'editorial');
    const waiting = await createDraft(DEFAULTS, '2025-11-19');
    const next = await publishIssue(issue.id, DEFAULTS);
    expect(next.id).toBe(waiting.id);
    expect((await listDrafts()).map((each) => each.id)).toEqual([waiting.id]);
  });

  test('a draft with blocks is not the next one: a fresh draft starts', async () => {
    const issue = await createDraft(DEFAULTS, '2025-11-12');
    const other = await createDraft(DEFAULTS, '2025-11-19');
    await insertTextBlock(other.id, 0, 'started');
    const next = await publishIssue(issue.id, DEFAULTS);
    expect(next.id).not.toBe(other.id);
    expect(await listDrafts()).toHaveLength(2);
  });

  test('a published issue loads with its blocks and picks for export', async () => {
    await db.picks.bulkAdd([pick('a'), pick('b')]);
    const issue = await createDraft(DEFAULTS, '2025-11-12');
    await insertPickBlock(issue.id, 'a', 0);
    await insertTextBlock(issue.id, 0, 'editorial');
    await publishIssue(issue.id, DEFAULTS);
    const content = await loadIssueContent(issue.id);
    expect(content?.issue.status).toBe('published');
    expect(content?.blocks.map((block) => block.type)).toEqual(['text', 'pick']);
    expect([...content!.picks.keys()]).toEqual(['a']);
    expect(await loadIssueContent('ghost')).toBeUndefined();
  });

  test("the first screen's head read: the first blocks and their picks, without counting the draft's blocks", async () => {
    await db.picks.bulkAdd([pick('a'), pick('b')]);
    const issue = await createDraft(DEFAULTS, '2025-11-12');
    await insertPickBlock(issue.id, 'a', 0);
    await insertTextBlock(issue.id, 1, 'second');
    await insertPickBlock(issue.id, 'b', 2);
    // IndexedDB counts by walking the index, and answers in turn: a count here held the picks' read back.
    const counts = [vi.spyOn(IDBIndex.prototype, 'count'), vi.spyOn(IDBObjectStore.prototype, 'count')];
    try {
      const head = await loadIssueHead(issue.id, 2);
      expect(head?.blocks.map((block) => block.type)).toEqual(['pick', 'text']);
      expect([...head!.picks.keys()]).toEqual(['a']);
      expect(head?.partial).toBe(true);
      // As many blocks as asked for: more may follow, how many the whole read says.
      expect(head?.total).toBeUndefined();
      // Fewer than asked for: that is the whole draft.
      expect((await loadIssueHead(issue.id, 5))?.total).toBe(3);
      for (const count of counts) expect(count).not.toHaveBeenCalled();
    } finally {
      for (const count of counts) count.mockRestore();
    }
  });

  test('a published issue reopens as a draft with its blocks', async () => {
    const issue = await createDraft(DEFAULTS, '2025-11-12');
    await insertTextBlock(issue.id, 0, 'editorial');
    await publishIssue(issue.id, DEFAULTS);
    await reopenIssue(issue.id);
    expect(await getIssue(issue.id)).toMatchObject({ status: 'draft', publishedAt: null });
    expect(await listPublished()).toEqual([]);
    expect(await listBlocks(issue.id)).toHaveLength(1);
  });

  test('a published issue cannot be deleted as a draft', async () => {
    const issue = await createDraft(DEFAULTS, '2025-11-12');
    await publishIssue(issue.id, DEFAULTS);
    await expect(deleteDraft(issue.id)).rejects.toThrow(/draft/);
    expect(await getIssue(issue.id)).toBeDefined();
  });

  test('publishing an unknown issue creates nothing', async () => {
    await expect(publishIssue('ghost', DEFAULTS)).rejects.toThrow(/ghost/);
    expect(await db.issues.count()).toBe(0);
  });

  test('the archive lists the newest issue first', async () => {
    const older = await createDraft(DEFAULTS, '2025-11-05');
    const newer = await createDraft(DEFAULTS, '2025-11-12');
    await publishIssue(newer.id, DEFAULTS);
    await publishIssue(older.id, DEFAULTS);
    expect((await listPublished()).map((each) => each.id)).toEqual([newer.id, older.id]);
  });
});
