import { beforeEach, describe, expect, test } from 'vitest';
import type { Block, Pick } from '../../src/core/types';
import {
  AT_END,
  insertHeadingBlock,
  insertPickBlock,
  insertPickBlocks,
  insertTextBlock,
  moveBlock,
  patchBlockText,
  removeBlock,
} from '../../src/db/blocks';
import { db } from '../../src/db/db';
import { GleanerDb } from '../../src/db/schema';
import { watchIssueContent } from '../../src/db/issue-content-watch';
import { writesMark } from '../../src/db/table-writes';
import { countWrites } from './count-writes';
import { createDraft, deleteDraft, loadIssueContent, loadIssueHead, type IssueContent } from '../../src/db/issues';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

// Rows the database hands back (get, getMany, queries), below Dexie's API: what a watcher reads per write.
const counter = countWrites(db);

function pick(id: string, issueId = ''): Pick {
  return {
    id, url: `https://example.com/${id}`, urlKey: `example.com/${id}`, title: `Title ${id}`, blurb: '',
    emoji: '', kind: 'link', tags: [], image: null, description: '', siteName: '', quote: '', issueId,
    createdAt: Number(id.replace(/\D/g, '')) || 1, updatedAt: 1,
  };
}

/** What a watcher shows, in a form comparable with a fresh read. */
function plain(content: IssueContent | undefined): unknown {
  return content && { issue: content.issue, blocks: content.blocks, picks: [...content.picks.entries()].sort(([a], [b]) => (a < b ? -1 : 1)) };
}

/** Watches `issueId`; `settled()` waits until what it shows equals a fresh read of the database. */
function watch(issueId: string, head?: Parameters<typeof watchIssueContent>[3]) {
  let shown: IssueContent | undefined | null = null;
  let shows = 0;
  const errors: unknown[] = [];
  const stop = watchIssueContent(issueId, (content) => { shown = content; shows += 1; }, (error) => errors.push(error), head);
  return {
    stop,
    errors,
    get shows() { return shows; },
    get shown() { return shown; },
    async settled(): Promise<IssueContent | undefined> {
      const deadline = Date.now() + 2_000;
      for (;;) {
        const fresh = await loadIssueContent(issueId);
        if (shown !== null && JSON.stringify(plain(shown)) === JSON.stringify(plain(fresh))) return shown;
        if (Date.now() > deadline) expect(plain(shown ?? undefined)).toEqual(plain(fresh));
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
  };
}

let issueId = '';

beforeEach(async () => {
  await db.delete();
  await db.open();
  issueId = (await createDraft(DEFAULT_SETTINGS, '2025-11-12')).id;
});

describe('watchIssueContent', () => {
  test('follows every kind of write to the draft and ends equal to a fresh read', async () => {
    await db.picks.bulkAdd([pick('p1'), pick('p2'), pick('p3')]);
    const watcher = watch(issueId);
    await watcher.settled();
    const text = (await insertTextBlock(issueId, 0, 'hello')).block;
    await watcher.settled();
    const heading = (await insertHeadingBlock(issueId, 0, 2, 'Links')).block;
    await insertPickBlock(issueId, 'p1', 1);
    await watcher.settled();
    await moveBlock(heading.id, { to: 2 });
    await watcher.settled();
    expect((watcher.shown as IssueContent | undefined)?.blocks.map((block) => block.id).indexOf(heading.id)).toBe(2);
    await patchBlockText(text.id, 'markdown', 'hello, world', 'hello');
    await db.picks.update('p1', { title: 'A better title' });
    await watcher.settled();
    expect((watcher.shown as IssueContent | undefined)?.picks.get('p1')?.title).toBe('A better title');
    // Out of the draft: the block leaves, its pick goes back to the inbox and out of the draft's picks.
    const pickBlock = (watcher.shown as IssueContent | undefined)!.blocks.find((block) => block.type === 'pick')!;
    await removeBlock(pickBlock.id);
    const after = await watcher.settled();
    expect(after?.picks.has('p1')).toBe(false);
    await insertPickBlocks(issueId, ['p2', 'p3'], 0);
    await watcher.settled();
    expect(watcher.errors).toEqual([]);
    watcher.stop();
  });

  test('a block written elsewhere is ignored, and a block moved to another draft leaves', async () => {
    const other = (await createDraft(DEFAULT_SETTINGS, '2025-11-19')).id;
    const mine = (await insertTextBlock(issueId, 0, 'mine')).block;
    const watcher = watch(issueId);
    await watcher.settled();
    const shows = watcher.shows;
    await insertTextBlock(other, 0, 'theirs');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(watcher.shows).toBe(shows);
    await db.blocks.update(mine.id, { issueId: other });
    expect((await watcher.settled())?.blocks).toEqual([]);
    watcher.stop();
  });

  test('reads the changed rows, not the draft, after a write to a long draft', async () => {
    await db.blocks.bulkAdd(Array.from({ length: 2_000 }, (_, n): Block => ({
      id: `b${String(n).padStart(5, '0')}`, issueId, order: `a${String(n).padStart(5, '0')}`, type: 'text', markdown: `block ${n}`, updatedAt: 1,
    })));
    const watcher = watch(issueId);
    await watcher.settled();
    counter.reset();
    await moveBlock('b00000', { to: 1_999 });
    // Waits on what the watcher shows (no read of its own): the move's reads (the block and its new
    // neighbours) and the watcher's (the moved row) are all that is counted.
    const deadline = Date.now() + 2_000;
    while ((watcher.shown as IssueContent | undefined)?.blocks.at(-1)?.id !== 'b00000' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(counter.rowsRead()).toBeLessThan(20);
    expect((watcher.shown as IssueContent | undefined)?.blocks.at(-1)?.id).toBe('b00000');
    watcher.stop();
  });

  test('a bulk write it cannot pin to rows reads the draft again', async () => {
    const watcher = watch(issueId);
    await watcher.settled();
    await db.blocks.bulkAdd(Array.from({ length: 120 }, (_, n): Block => ({
      id: `bulk${n}`, issueId, order: `b${String(n).padStart(4, '0')}`, type: 'heading', level: 3, text: `h${n}`, updatedAt: 1,
    })));
    expect((await watcher.settled())?.blocks).toHaveLength(120);
    await db.blocks.clear();
    expect((await watcher.settled())?.blocks).toEqual([]);
    watcher.stop();
  });

  test('shows undefined when the draft is deleted', async () => {
    await insertTextBlock(issueId, 0, 'soon gone');
    const watcher = watch(issueId);
    await watcher.settled();
    await deleteDraft(issueId);
    await watcher.settled();
    expect(watcher.shown).toBeUndefined();
    watcher.stop();
  });

  test('a read handed over is shown first; a write heard after it began is read again', async () => {
    const mark = writesMark();
    const early = loadIssueContent(issueId);
    await early;
    await insertTextBlock(issueId, 0, 'written after the read ahead');
    const watcher = watch(issueId, { value: early, mark, rest: Promise.resolve() });
    const shown = await watcher.settled();
    expect(shown?.blocks.map((block) => block.type === 'text' && block.markdown)).toEqual(['written after the read ahead']);
    watcher.stop();
  });

  test("this page's own write is shown as it commits, with no read", async () => {
    const watcher = watch(issueId);
    await watcher.settled();
    counter.reset();
    const { block } = await insertTextBlock(issueId, 0, 'at once');
    const written = counter.rowsRead();
    // Shown before the write's promise resolved: nothing was read for it.
    expect((watcher.shown as IssueContent | undefined)?.blocks.map((each) => each.id)).toEqual([block.id]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(counter.rowsRead()).toBe(written);
    watcher.stop();
  });

  test("another page's write (keys only) is read row by row", async () => {
    await db.blocks.bulkAdd(Array.from({ length: 500 }, (_, n): Block => ({
      id: `b${String(n).padStart(4, '0')}`, issueId, order: `a${String(n).padStart(4, '0')}`, type: 'text', markdown: `block ${n}`, updatedAt: 1,
    })));
    await db.picks.add(pick('p9'));
    const watcher = watch(issueId);
    await watcher.settled();
    // A second connection without this page's middlewares: Dexie tells its writes by keys, as it does
    // for a write in another extension page.
    const other = new GleanerDb();
    try {
      counter.reset();
      await other.transaction('rw', other.blocks, other.picks, async () => {
        const block: Block = { id: 'from-elsewhere', issueId, order: 'a0250x', type: 'pick', pickId: 'p9', updatedAt: 2 };
        await other.blocks.add(block);
        await other.picks.update('p9', { issueId });
      });
      const deadline = Date.now() + 2_000;
      while (!(watcher.shown as IssueContent | undefined)?.picks.has('p9') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(counter.rowsRead()).toBeLessThan(5);
      const shown = await watcher.settled();
      expect(shown?.blocks.findIndex((block) => block.id === 'from-elsewhere')).toBe(251);
    } finally {
      other.close();
    }
    watcher.stop();
  });

  test('a partial read ahead shows first; the whole draft is read once `rest` settles', async () => {
    for (let n = 0; n < 5; n++) await insertTextBlock(issueId, n, `block ${n}`);
    let release = (): void => undefined;
    const rest = new Promise<void>((resolve) => { release = resolve; });
    const watcher = watch(issueId, { value: loadIssueHead(issueId, 2), mark: writesMark(), rest });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect((watcher.shown as IssueContent | undefined)?.blocks).toHaveLength(2);
    expect((watcher.shown as IssueContent | undefined)?.partial).toBe(true);
    // Not counted with the first blocks (the count held the first screen back): the whole read tells.
    expect((watcher.shown as IssueContent | undefined)?.total).toBeUndefined();
    // A write meanwhile is not placed among the first blocks only: the whole read brings it.
    await insertTextBlock(issueId, AT_END, 'added while partial');
    expect((watcher.shown as IssueContent | undefined)?.blocks).toHaveLength(2);
    release();
    const whole = await watcher.settled();
    expect(whole?.blocks).toHaveLength(6);
    expect(whole?.partial).toBeUndefined();
    watcher.stop();
  });

  test('stops hearing writes once stopped', async () => {
    const watcher = watch(issueId);
    await watcher.settled();
    watcher.stop();
    const shows = watcher.shows;
    await insertTextBlock(issueId, 0, 'unheard');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(watcher.shows).toBe(shows);
  });
});
