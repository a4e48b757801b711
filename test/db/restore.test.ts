import { beforeEach, describe, expect, test } from 'vitest';
import type { Block, Issue } from '../../src/core/types';
import { insertTextBlock, listBlocks, removeBlock } from '../../src/db/blocks';
import { db } from '../../src/db/db';
import { deleteDraft } from '../../src/db/issues';
import { createPick, deletePick, deletePicks, getPick } from '../../src/db/picks';
import { restoreBlock, restoreDraft, restorePick, restorePicks } from '../../src/db/restore';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

function draft(id: string): Issue {
  return {
    id, status: 'draft', date: '2025-11-12', language: 'fr', frontMatter: { layout: 'post', title: id },
    createdAt: 1, updatedAt: 1, publishedAt: null,
  };
}

const ids = async (issueId: string): Promise<string[]> => (await listBlocks(issueId)).map((block) => block.id);

describe('restorePick', () => {
  test('puts back exactly what deletePick removed: the pick, its blurb and its place in the draft', async () => {
    await db.issues.add(draft('d1'));
    const pick = await createPick({ url: 'https://example.com/a', title: 'A', blurb: 'Sacred [text].', issueId: 'd1' }, 1000);
    const block: Block = { id: 'b1', issueId: 'd1', order: 'a0', type: 'pick', pickId: pick.id };
    await db.blocks.add(block);
    const removed = await deletePick(pick.id);
    expect(removed).toEqual({ pick, blocks: [block] });
    expect(await restorePick(removed!)).toEqual({ ok: true });
    // As it was, but written now (sync must not take the delete's tombstone as newer than the restore).
    const back = await getPick(pick.id);
    expect(back).toEqual({ ...pick, updatedAt: back!.updatedAt });
    expect(back!.updatedAt).toBeGreaterThan(pick.updatedAt);
    expect(await db.blocks.toArray()).toEqual([{ ...block, updatedAt: back!.updatedAt }]);
  });
  test('a pick whose draft was deleted meanwhile comes back to the inbox', async () => {
    const pick = await createPick({ url: 'https://example.com/a', title: 'A', issueId: 'gone' });
    await db.picks.delete(pick.id);
    const block: Block = { id: 'b1', issueId: 'gone', order: 'a0', type: 'pick', pickId: pick.id };
    await restorePick({ pick, blocks: [block] });
    expect((await getPick(pick.id))?.issueId).toBe('');
    expect(await db.blocks.count()).toBe(0);
  });
  test('never overwrites a pick stored with the same id: a forged or late restore is refused, nothing written', async () => {
    const pick = await createPick({ url: 'https://example.com/a', title: 'A', blurb: 'Newer words' }, 2000);
    const forged = { pick: { ...pick, blurb: 'Older words', updatedAt: 1000 }, blocks: [] };
    expect(await restorePick(forged)).toEqual({ ok: false, reason: 'exists' });
    expect(await getPick(pick.id)).toEqual(pick);
  });
  test('its place is kept even when a block took the same order key meanwhile', async () => {
    await db.issues.add(draft('d1'));
    const around: Block[] = [
      { id: 't0', issueId: 'd1', order: 'a0', type: 'text', markdown: 'Before' },
      { id: 't2', issueId: 'd1', order: 'a2', type: 'text', markdown: 'After' },
    ];
    await db.blocks.bulkAdd(around);
    const pick = await createPick({ url: 'https://example.com/a', title: 'A', issueId: 'd1' });
    await db.blocks.add({ id: 'p1', issueId: 'd1', order: 'a1', type: 'pick', pickId: pick.id } as Block);
    const removed = await deletePick(pick.id);
    await db.blocks.add({ id: 'x', issueId: 'd1', order: 'a1', type: 'text', markdown: 'Same key' } as Block);
    await restorePick(removed!);
    expect(await ids('d1')).toEqual(['t0', 'x', 'p1', 't2']);
    // Room is left between the two: an insert there still works.
    await insertTextBlock('d1', 2, 'Between');
    expect((await listBlocks('d1')).map((block) => block.id).slice(0, 2)).toEqual(['t0', 'x']);
  });
  test('several at once: each comes back unless its id is stored again', async () => {
    const a = await createPick({ url: 'https://example.com/a', title: 'A' });
    const b = await createPick({ url: 'https://example.com/b', title: 'B' });
    const removed = await deletePicks([a.id, b.id]);
    await db.picks.add({ ...b, title: 'B again' });
    expect(await restorePicks(removed)).toEqual({ restored: 1, refused: 1 });
    expect(await getPick(a.id)).toMatchObject({ ...a, updatedAt: expect.any(Number) });
    expect((await getPick(b.id))?.title).toBe('B again');
  });
});

describe('restoreBlock', () => {
  test('a text block comes back whole, at its place', async () => {
    await db.issues.add(draft('d1'));
    const first = await insertTextBlock('d1', 0, 'One');
    const second = await insertTextBlock('d1', 1, 'Two');
    await insertTextBlock('d1', 2, 'Three');
    const removed = await removeBlock(second.block.id);
    expect(removed).toEqual({ block: second.block });
    expect(await restoreBlock(removed!)).toEqual({ ok: true });
    expect((await listBlocks('d1'))[1]).toEqual({ ...second.block, updatedAt: expect.any(Number) });
    expect((await ids('d1'))[0]).toBe(first.block.id);
  });
  test('a pick block takes its pick back from the inbox', async () => {
    await db.issues.add(draft('d1'));
    const pick = await createPick({ url: 'https://example.com/a', title: 'A', issueId: 'd1' });
    const block: Block = { id: 'p1', issueId: 'd1', order: 'a0', type: 'pick', pickId: pick.id };
    await db.blocks.add(block);
    const removed = await removeBlock('p1');
    expect((await getPick(pick.id))?.issueId).toBe('');
    expect(await restoreBlock(removed!)).toEqual({ ok: true });
    expect((await getPick(pick.id))?.issueId).toBe('d1');
    expect(await db.blocks.toArray()).toEqual([{ ...block, updatedAt: expect.any(Number) }]);
  });
  test('refused when the pick went into another issue since, or the block is stored again', async () => {
    await db.issues.bulkAdd([draft('d1'), draft('d2')]);
    const pick = await createPick({ url: 'https://example.com/a', title: 'A', issueId: 'd1' });
    await db.blocks.add({ id: 'p1', issueId: 'd1', order: 'a0', type: 'pick', pickId: pick.id } as Block);
    const removed = await removeBlock('p1');
    await db.picks.update(pick.id, { issueId: 'd2' });
    expect(await restoreBlock(removed!)).toEqual({ ok: false, reason: 'moved' });
    const text = await insertTextBlock('d1', 0, 'Kept');
    expect(await restoreBlock({ block: { ...text.block, markdown: 'Forged' } })).toEqual({ ok: false, reason: 'exists' });
    expect((await db.blocks.get(text.block.id))).toEqual(text.block);
  });
});

describe('restoreDraft', () => {
  test('the draft comes back with its blocks, and its picks leave the inbox again', async () => {
    await db.issues.add(draft('d1'));
    const pick = await createPick({ url: 'https://example.com/a', title: 'A', issueId: 'd1' });
    const blocks: Block[] = [
      { id: 'p1', issueId: 'd1', order: 'a0', type: 'pick', pickId: pick.id },
      { id: 't1', issueId: 'd1', order: 'a1', type: 'text', markdown: 'Editorial' },
    ];
    await db.blocks.bulkAdd(blocks);
    const removed = await deleteDraft('d1');
    expect(removed).toMatchObject({ issue: draft('d1'), blocks, pickIds: [pick.id] });
    expect(await restoreDraft(removed!)).toEqual({ ok: true });
    expect(await db.issues.get('d1')).toEqual({ ...draft('d1'), updatedAt: expect.any(Number) });
    expect(await listBlocks('d1')).toEqual(blocks.map((block) => ({ ...block, updatedAt: expect.any(Number) })));
    expect((await getPick(pick.id))?.issueId).toBe('d1');
  });
  test('a pick deleted since stays deleted, its block left out; a draft stored again refuses', async () => {
    await db.issues.add(draft('d1'));
    const pick = await createPick({ url: 'https://example.com/a', title: 'A', issueId: 'd1' });
    await db.blocks.add({ id: 'p1', issueId: 'd1', order: 'a0', type: 'pick', pickId: pick.id } as Block);
    const removed = await deleteDraft('d1');
    await deletePick(pick.id);
    expect(await restoreDraft(removed!)).toEqual({ ok: true });
    expect(await db.blocks.count()).toBe(0);
    expect(await restoreDraft(removed!)).toEqual({ ok: false, reason: 'exists' });
  });
});
