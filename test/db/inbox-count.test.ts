import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Pick } from '../../src/core/types';
import { AT_END, insertPickBlock, insertPickBlocks, removeBlock } from '../../src/db/blocks';
import { db } from '../../src/db/db';
import { countInbox, watchInboxCount, type EarlierCount } from '../../src/db/inbox-count';
import { writesMark } from '../../src/db/table-writes';
import { deletePick, deletePicks, updatePick } from '../../src/db/picks';
import { restorePick } from '../../src/db/restore';
import { GleanerDb } from '../../src/db/schema';
import { countWrites } from './count-writes';

// Counts asked of IndexedDB (it counts by walking every index entry: what the watcher avoids).
const writes = countWrites(db);
// The test's own counts, on a connection of their own (not seen by `writes`).
const checker = new GleanerDb();

function pick(id: string, issueId = ''): Pick {
  return {
    id, url: `https://example.com/${id}`, urlKey: `example.com/${id}`, title: `Title ${id}`, blurb: '',
    emoji: '', kind: 'link', tags: [], image: null, description: '', siteName: '', quote: '', issueId,
    createdAt: Number(id.replace(/\D/g, '')) || 1, updatedAt: 1,
  };
}

/** Watches the count; `settled()` waits until it equals a fresh count of the database. */
function watch(first?: EarlierCount) {
  const shown: number[] = [];
  const errors: unknown[] = [];
  const stop = watchInboxCount((count) => shown.push(count), (error) => errors.push(error), first);
  return {
    stop,
    errors,
    get latest() { return shown.at(-1); },
    async settled(): Promise<number> {
      const deadline = Date.now() + 2_000;
      for (;;) {
        const fresh = await checker.picks.where('issueId').equals('').count();
        if (shown.at(-1) === fresh) return fresh;
        if (Date.now() > deadline) expect(shown.at(-1)).toBe(fresh);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
  };
}

let watcher: ReturnType<typeof watch> | undefined;

beforeEach(async () => {
  await db.delete();
  await db.open();
  await db.picks.bulkAdd(Array.from({ length: 30 }, (_, n) => pick(`p${n + 1}`)));
  writes.reset();
});

afterEach(() => {
  watcher?.stop();
  watcher = undefined;
});

describe('watchInboxCount', () => {
  test("this page's writes move the count with no count asked", async () => {
    watcher = watch();
    expect(await watcher.settled()).toBe(30);
    writes.reset();
    const { block } = await insertPickBlock('i1', 'p1', AT_END);
    expect(watcher.latest).toBe(29);
    await insertPickBlocks('i1', ['p2', 'p3', 'p4'], AT_END);
    expect(watcher.latest).toBe(26);
    await removeBlock(block.id);
    expect(watcher.latest).toBe(27);
    const removed = await deletePick('p5');
    expect(watcher.latest).toBe(26);
    await restorePick(removed!);
    expect(watcher.latest).toBe(27);
    await deletePicks(['p6', 'p7', 'p2']);
    expect(watcher.latest).toBe(25);
    // A pick edited in place stays where it was.
    await updatePick('p8', { title: 'Retitled' });
    await db.picks.add(pick('p99'));
    expect(watcher.latest).toBe(26);
    expect(writes.counts).toEqual({});
    expect(await watcher.settled()).toBe(26);
    expect(watcher.errors).toEqual([]);
  });

  test('a write of more rows than are handed over is counted again', async () => {
    watcher = watch();
    await watcher.settled();
    writes.reset();
    await db.picks.bulkAdd(Array.from({ length: 80 }, (_, n) => pick(`q${n + 1}`)));
    expect(await watcher.settled()).toBe(110);
    expect(writes.counts.picks).toBeGreaterThan(0);
  });

  test("another page's write is counted again, once a burst settles", async () => {
    watcher = watch();
    await watcher.settled();
    // A second connection without this page's middlewares: Dexie tells its writes by keys, as it does for
    // a write in another extension page.
    const other = new GleanerDb();
    try {
      writes.reset();
      for (let n = 1; n <= 5; n++) await other.picks.update(`p${n}`, { issueId: 'elsewhere' });
      expect(await watcher.settled()).toBe(25);
      expect(writes.counts.picks).toBe(1);
    } finally {
      other.close();
    }
  });

  test('a write made while the first count is under way is neither lost nor counted twice', async () => {
    // The count's transaction comes first: the write waits for it, and the count does not hold it.
    const first = { value: countInbox(), mark: writesMark() };
    const moving = insertPickBlock('i1', 'p1', AT_END);
    watcher = watch(first);
    await moving;
    expect(await watcher.settled()).toBe(29);
    // The write's transaction comes first: the count holds it, and it is not added again.
    const before = insertPickBlock('i1', 'p2', AT_END);
    watcher.stop();
    watcher = watch({ value: countInbox(), mark: writesMark() });
    await before;
    expect(await watcher.settled()).toBe(28);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(watcher.latest).toBe(28);
  });

  test('a count asked before writes the watcher did not hear (it started later) is asked again', async () => {
    const first = { value: countInbox(), mark: writesMark() };
    await first.value;
    await db.picks.bulkAdd([pick('late1'), pick('late2', 'i1')]);
    watcher = watch(first);
    expect(await watcher.settled()).toBe(31);
  });

  test('after a restore clears the table, the count is asked again', async () => {
    watcher = watch();
    await watcher.settled();
    await db.picks.clear();
    await db.picks.bulkAdd([pick('r1'), pick('r2', 'i1')]);
    expect(await watcher.settled()).toBe(1);
  });
});
