import { beforeEach, describe, expect, test } from 'vitest';
import { keysBetween } from '../../src/core/order-key';
import type { Pick, TextBlock } from '../../src/core/types';
import {
  insertHeadingBlock,
  insertPickBlock,
  insertPickBlocks,
  insertTextBlock,
  listBlocks,
  moveBlock,
  patchBlockText,
  removeBlock,
  updateHeadingBlock,
  updateTextBlock,
} from '../../src/db/blocks';
import { db } from '../../src/db/db';
import { countWrites } from './count-writes';

// Every row written, table by table, below Dexie's API: a move writes one block row, plus the mark that
// tells sync the block changed (src/db/sync-changes.ts), in the same transaction.
const writes = countWrites(db);
const rowsWritten = writes.rows;
const resetCount = (): void => writes.reset();

function pick(id: string, issueId = ''): Pick {
  return {
    id, url: `https://example.com/${id}`, urlKey: `example.com/${id}`, title: `Title ${id}`, blurb: '',
    emoji: '', kind: 'link', tags: [], image: null, description: '', siteName: '', quote: '', issueId,
    createdAt: 1, updatedAt: 1,
  };
}

async function labels(issueId: string): Promise<string[]> {
  return (await listBlocks(issueId)).map((block) =>
    block.type === 'pick' ? block.pickId : block.type === 'text' ? block.markdown : block.text);
}

/** `length` text blocks t0, t1… of issue i1, with valid order keys. */
function longIssue(length: number): TextBlock[] {
  const keys = keysBetween(null, null, length);
  return keys.map((order, index) => ({ id: `b${index}`, issueId: 'i1', order, type: 'text', markdown: `t${index}` }));
}

beforeEach(async () => {
  await db.delete();
  await db.open();
  resetCount();
});

describe('inserting', () => {
  test('a pick goes into the issue at the given position and leaves the inbox', async () => {
    await db.picks.bulkAdd([pick('a'), pick('b'), pick('c')]);
    await insertPickBlock('i1', 'a', 0);
    await insertPickBlock('i1', 'b', 1);
    await insertPickBlock('i1', 'c', 1);
    expect(await labels('i1')).toEqual(['a', 'c', 'b']);
    expect((await db.picks.get('c'))?.issueId).toBe('i1');
  });

  test('a position past the end appends, a negative one prepends', async () => {
    await insertTextBlock('i1', 0, 'middle');
    await insertTextBlock('i1', 99, 'last');
    await insertHeadingBlock('i1', -3, 2, 'first');
    expect(await labels('i1')).toEqual(['first', 'middle', 'last']);
  });

  test('blocks of other issues do not interleave', async () => {
    await insertTextBlock('i1', 0, 'one');
    await insertTextBlock('i2', 0, 'other');
    await insertTextBlock('i1', 1, 'two');
    expect(await labels('i1')).toEqual(['one', 'two']);
    expect(await labels('i2')).toEqual(['other']);
  });

  test('a pick already in another issue moves rather than appearing twice', async () => {
    await db.picks.add(pick('a'));
    await insertPickBlock('i1', 'a', 0);
    await insertPickBlock('i2', 'a', 0);
    expect(await labels('i1')).toEqual([]);
    expect(await labels('i2')).toEqual(['a']);
  });

  test('an insert returns the block as stored', async () => {
    await db.picks.add(pick('a'));
    await insertTextBlock('i1', 99, 'one');
    await insertHeadingBlock('i1', 99, 2, 'two');
    const placed = await insertPickBlock('i1', 'a', 1);
    expect(placed.block).toMatchObject({ issueId: 'i1', type: 'pick', pickId: 'a' });
    expect(await db.blocks.get(placed.block.id)).toEqual(placed.block);
    expect(await labels('i1')).toEqual(['one', 'a', 'two']);
  });

  test('inserting at either end of a long issue counts nothing (IndexedDB counts by walking the index)', async () => {
    await db.picks.bulkAdd([pick('a'), pick('b'), pick('c')]);
    await db.blocks.bulkAdd(longIssue(300));
    resetCount();
    await insertTextBlock('i1', Number.POSITIVE_INFINITY, 'end');
    await insertHeadingBlock('i1', 0, 2, 'start');
    await insertPickBlock('i1', 'a', Number.POSITIVE_INFINITY);
    await insertPickBlocks('i1', ['b', 'c'], Number.POSITIVE_INFINITY);
    expect(writes.counts).toEqual({});
    const all = await labels('i1');
    expect([all[0], all[1], ...all.slice(-4)]).toEqual(['start', 't0', 'end', 'a', 'b', 'c']);
  });

  test('inserting writes the new row only (and the pick it takes from the inbox)', async () => {
    await db.picks.add(pick('a'));
    for (let index = 0; index < 20; index += 1) await insertTextBlock('i1', index, `t${index}`);
    resetCount();
    await insertTextBlock('i1', 7, 'new');
    expect(rowsWritten).toEqual({ blocks: 1, syncChanges: 1 });
    resetCount();
    await insertPickBlock('i1', 'a', 3);
    expect(rowsWritten).toMatchObject({ blocks: 1, picks: 1, syncChanges: 2 });
    expect((await labels('i1')).slice(2, 9)).toEqual(['t2', 'a', 't3', 't4', 't5', 't6', 'new']);
  });

  test('an unknown pick is refused and nothing is written', async () => {
    await expect(insertPickBlock('i1', 'ghost', 0)).rejects.toThrow(/ghost/);
    expect(await db.blocks.count()).toBe(0);
  });
});

describe('moving', () => {
  test('moving one block writes one block row and its sync mark', async () => {
    for (let index = 0; index < 12; index += 1) await insertTextBlock('i1', index, `t${index}`);
    const blocks = await listBlocks('i1');
    resetCount();
    await moveBlock(blocks[10]!.id, { to: 2 });
    expect(rowsWritten).toEqual({ blocks: 1, syncChanges: 1 });
    expect((await labels('i1')).slice(0, 4)).toEqual(['t0', 't1', 't10', 't2']);
  });

  test('a block lands at the index it is given, downwards and upwards', async () => {
    for (const text of ['a', 'b', 'c', 'd']) await insertTextBlock('i1', 99, text);
    const [a, , , d] = await listBlocks('i1');
    await moveBlock(a!.id, { to: 2 });
    expect(await labels('i1')).toEqual(['b', 'c', 'a', 'd']);
    await moveBlock(d!.id, { to: 0 });
    expect(await labels('i1')).toEqual(['d', 'b', 'c', 'a']);
    await moveBlock(d!.id, { to: 3 });
    expect(await labels('i1')).toEqual(['b', 'c', 'a', 'd']);
  });

  test('moving a block to where it already is writes nothing', async () => {
    for (const text of ['a', 'b', 'c']) await insertTextBlock('i1', 99, text);
    const [, b] = await listBlocks('i1');
    resetCount();
    await moveBlock(b!.id, { to: 1 });
    expect(rowsWritten).toEqual({});
  });

  test('moving by places counts from where the block is now, so quick presses add up, stopping at the ends', async () => {
    for (const text of ['a', 'b', 'c', 'd']) await insertTextBlock('i1', 99, text);
    const d = (await listBlocks('i1'))[3]!;
    const [first, second] = await Promise.all([moveBlock(d.id, { by: -1 }), moveBlock(d.id, { by: -1 })]);
    expect(first.order).not.toBe(second.order);
    expect(await labels('i1')).toEqual(['a', 'd', 'b', 'c']);
    expect((await db.blocks.get(d.id))?.order).toBe(second.order);
    resetCount();
    await moveBlock(d.id, { by: -5 });
    const stayed = await moveBlock(d.id, { by: -1 });
    expect(stayed).toEqual(await db.blocks.get(d.id));
    expect(await labels('i1')).toEqual(['d', 'a', 'b', 'c']);
    expect(rowsWritten).toEqual({ blocks: 1, syncChanges: 1 });
  });

  test('a move returns the block as stored, whatever the direction', async () => {
    for (const text of ['a', 'b', 'c', 'd', 'e']) await insertTextBlock('i1', 99, text);
    const [a, , , , e] = await listBlocks('i1');
    expect(await moveBlock(a!.id, { to: 3 })).toEqual(await db.blocks.get(a!.id));
    expect(await moveBlock(e!.id, { to: 99 })).toEqual(e);
    expect(await moveBlock(e!.id, { by: -2 })).toEqual(await db.blocks.get(e!.id));
    expect(await labels('i1')).toEqual(['b', 'c', 'e', 'd', 'a']);
  });

  test('a move by one place in a long issue counts nothing and reads beside the block', async () => {
    await db.blocks.bulkAdd(longIssue(300));
    resetCount();
    await moveBlock('b150', { by: 1 });
    await moveBlock('b150', { by: 1 });
    await moveBlock('b10', { by: -1 });
    await moveBlock('b299', { by: 1 });
    expect(writes.counts).toEqual({});
    expect(rowsWritten).toEqual({ blocks: 3, syncChanges: 3 });
    const all = await labels('i1');
    expect(all.slice(8, 11)).toEqual(['t8', 't10', 't9']);
    expect(all.slice(150, 153)).toEqual(['t151', 't152', 't150']);
    expect(all.at(-1)).toBe('t299');
  });

  test('moves in a long issue write one block row (and one sync mark) each and land where asked', async () => {
    await db.blocks.bulkAdd(Array.from({ length: 300 }, (_, index) => ({
      id: `b${index}`, issueId: 'i1', order: `a${String(index).padStart(4, '0')}`, type: 'text' as const, markdown: `t${index}`,
    })));
    resetCount();
    await moveBlock('b0', { to: 299 });
    await moveBlock('b150', { by: -148 });
    expect(rowsWritten).toEqual({ blocks: 2, syncChanges: 2 });
    expect((await labels('i1')).slice(0, 3)).toEqual(['t1', 't150', 't2']);
    expect((await labels('i1')).at(-1)).toBe('t0');
  });

  test('many moves back and forth keep a consistent order', async () => {
    for (const text of ['a', 'b', 'c']) await insertTextBlock('i1', 99, text);
    for (let round = 0; round < 30; round += 1) {
      const blocks = await listBlocks('i1');
      await moveBlock(blocks[2]!.id, { to: 1 });
    }
    expect(await labels('i1')).toEqual(['a', 'b', 'c']);
  });
});

describe('removing and editing', () => {
  test('removing a pick block sends the pick back to the inbox', async () => {
    await db.picks.add(pick('a'));
    const { block } = await insertPickBlock('i1', 'a', 0);
    await removeBlock(block.id);
    expect(await labels('i1')).toEqual([]);
    expect((await db.picks.get('a'))?.issueId).toBe('');
  });

  test('text and heading blocks are edited in place', async () => {
    const { block: text } = await insertTextBlock('i1', 0, 'draft');
    const { block: heading } = await insertHeadingBlock('i1', 1, 3, 'Quoi');
    await updateTextBlock(text.id, 'Final *words*');
    await updateHeadingBlock(heading.id, { text: 'Quoi de neuf ?', level: 2 });
    expect(await db.blocks.get(text.id)).toMatchObject({ markdown: 'Final *words*' });
    expect(await db.blocks.get(heading.id)).toMatchObject({ text: 'Quoi de neuf ?', level: 2 });
  });

  test('a text edit never turns another kind of block into text', async () => {
    const { block: heading } = await insertHeadingBlock('i1', 0, 3, 'Title');
    await updateTextBlock(heading.id, 'oops');
    expect(await db.blocks.get(heading.id)).not.toHaveProperty('markdown');
  });
});

describe('writing over a known text (two tabs, issue 8)', () => {
  test('a block text is written over the text it replaces, and refused over another', async () => {
    const { block } = await insertTextBlock('i1', 0, 'first');
    expect(await patchBlockText(block.id, 'markdown', 'first, mine', 'first')).toEqual({});
    // The other tab still believes "first" is stored: its write is refused, the stored text comes back.
    expect(await patchBlockText(block.id, 'markdown', 'first, theirs', 'first')).toEqual({ stale: 'first, mine' });
    expect(await labels('i1')).toEqual(['first, mine']);
    const { block: heading } = await insertHeadingBlock('i1', 1, 3, 'Links');
    expect(await patchBlockText(heading.id, 'text', 'More links', 'Links')).toEqual({});
    expect(await patchBlockText(heading.id, 'text', 'Other', 'Links')).toEqual({ stale: 'More links' });
    expect(await patchBlockText('gone', 'text', 'x', '')).toBeNull();
  });
});

describe('inserting several picks', () => {
  test('they go in at the index, newest first, and leave the inbox; picks in an issue or gone stay put', async () => {
    await db.picks.bulkAdd([{ ...pick('old'), createdAt: 1 }, { ...pick('new'), createdAt: 2 }, pick('elsewhere', 'd2')]);
    await insertTextBlock('d1', 0, 'First');
    await insertTextBlock('d1', 1, 'Last');
    expect(await insertPickBlocks('d1', ['old', 'elsewhere', 'gone', 'new'], 1)).toBe(2);
    expect(await labels('d1')).toEqual(['First', 'new', 'old', 'Last']);
    expect((await db.picks.get('old'))?.issueId).toBe('d1');
    expect((await db.picks.get('elsewhere'))?.issueId).toBe('d2');
  });
});
