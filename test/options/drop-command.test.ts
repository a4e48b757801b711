import { describe, expect, test } from 'vitest';
import { resolveDrop, type DragItem } from '../../src/options/compose/drop-command';

const inboxPick: DragItem = { kind: 'inbox-pick', pickId: 'p' };
const block = (index: number, isPick = true): DragItem => ({ kind: 'block', blockId: 'b', index, isPick });

describe('a pick dragged from the inbox', () => {
  test('lands above a block dropped on its top edge, below it on its bottom edge', () => {
    expect(resolveDrop(inboxPick, { target: 'block', index: 2 }, 'top')).toEqual({ kind: 'insert-pick', pickId: 'p', index: 2 });
    expect(resolveDrop(inboxPick, { target: 'block', index: 2 }, 'bottom')).toEqual({ kind: 'insert-pick', pickId: 'p', index: 3 });
  });

  test('lands last when dropped after the list', () => {
    expect(resolveDrop(inboxPick, { target: 'issue-end', count: 4 }, null)).toEqual({ kind: 'insert-pick', pickId: 'p', index: 4 });
  });

  test('dropped back on the inbox does nothing', () => {
    expect(resolveDrop(inboxPick, { target: 'inbox' }, null)).toBeNull();
  });
});

describe('a block dragged within the draft', () => {
  test('moving down onto the top edge of a later block ends just above it', () => {
    expect(resolveDrop(block(0), { target: 'block', index: 3 }, 'top')).toEqual({ kind: 'move-block', blockId: 'b', index: 2 });
  });

  test('moving up onto the bottom edge of an earlier block ends just below it', () => {
    expect(resolveDrop(block(4), { target: 'block', index: 1 }, 'bottom')).toEqual({ kind: 'move-block', blockId: 'b', index: 2 });
  });

  test('dropped on its own neighbour edge, it stays and nothing is written', () => {
    expect(resolveDrop(block(2), { target: 'block', index: 3 }, 'top')).toBeNull();
    expect(resolveDrop(block(2), { target: 'block', index: 2 }, 'bottom')).toBeNull();
  });

  test('dropped after the list, it becomes last', () => {
    expect(resolveDrop(block(1), { target: 'issue-end', count: 5 }, null)).toEqual({ kind: 'move-block', blockId: 'b', index: 4 });
    expect(resolveDrop(block(4), { target: 'issue-end', count: 5 }, null)).toBeNull();
  });

  test('a pick dropped on the inbox leaves the draft; text and headings do not', () => {
    expect(resolveDrop(block(1), { target: 'inbox' }, null)).toEqual({ kind: 'remove-block', blockId: 'b' });
    expect(resolveDrop(block(1, false), { target: 'inbox' }, null)).toBeNull();
  });
});
