import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { keyBetween } from '../../../src/core/order-key';
import { refKey } from '../../../src/core/sync/layout';
import { compareBlockOrder, respaceCollisions, strayBlocks, type BlockRecord } from '../../../src/core/sync/normalize';
import type { SyncEntry } from '../../../src/core/sync/records';
import { mergeStates, stateOf, type SyncState } from '../../../src/core/sync/state';

function liveBlocks(state: SyncState): BlockRecord[] {
  return [...state.values()].flatMap((e) => (e.ref.kind === 'blocks' && !e.deleted ? [e.record as BlockRecord] : [])).sort(compareBlockOrder);
}

function block(id: string, order: string, fields: Partial<BlockRecord> = {}): BlockRecord {
  return { id, issueId: 'i1', order, type: 'text', markdown: id, updatedAt: 1, ...fields };
}

describe('respaceCollisions', () => {
  test('blocks that chose the same key keep their order (by id) and get distinct keys', () => {
    const blocks = [block('c', 'a1'), block('b', 'a1'), block('a', 'a0'), block('d', 'a2'), block('e', 'a1')];
    const changed = respaceCollisions(blocks);
    expect(changed.map((b) => b.id)).toEqual(['c', 'e']);
    const after = blocks.map((b) => changed.find((c) => c.id === b.id) ?? b).sort(compareBlockOrder);
    expect(after.map((b) => b.id)).toEqual(['a', 'b', 'c', 'e', 'd']);
    expect(new Set(after.map((b) => b.order)).size).toBe(5);
  });

  test('distinct keys are left alone', () => {
    expect(respaceCollisions([block('a', 'a0'), block('b', 'a1')])).toEqual([]);
  });
});

describe('strayBlocks', () => {
  test('a pick shown twice keeps its latest placement; deleted picks and issues take their blocks', () => {
    const blocks = [
      block('b1', 'a0', { type: 'pick', pickId: 'p1', updatedAt: 5 }),
      block('b2', 'a1', { type: 'pick', pickId: 'p1', updatedAt: 9, issueId: 'i2' }),
      block('b3', 'a2', { type: 'pick', pickId: 'gone' }),
      block('b4', 'a3', { issueId: 'deleted' }),
    ];
    const stray = strayBlocks(blocks, (id) => id === 'p1', (id) => id !== 'deleted');
    expect(stray.map((b) => b.id).sort()).toEqual(['b1', 'b3', 'b4']);
  });
});

/** Two devices reorder the same draft between syncs: 20 random moves each. */
test('concurrent reorders converge to one order with the same blocks on both devices', () => {
  fc.assert(fc.property(fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 40, maxLength: 40 }), (moves) => {
    let order: string | null = null;
    const initial: SyncEntry[] = Array.from({ length: 10 }, (_, index) => {
      order = keyBetween(order, null);
      return { ref: { kind: 'blocks', id: `b${index}` }, deleted: false, record: block(`b${index}`, order) };
    });
    initial.push({ ref: { kind: 'issues', id: 'i1' }, deleted: false, record: { id: 'i1', updatedAt: 1 } });
    const base = stateOf(initial);
    const devices = [new Map(base), new Map(base)];
    moves.forEach(([which, to], index) => {
      const state = devices[index % 2]!;
      const blocks = liveBlocks(state);
      const moved = blocks[which % blocks.length]!;
      const others = blocks.filter((b) => b.id !== moved.id);
      const at = to % (others.length + 1);
      const next = { ...moved, order: keyBetween(others[at - 1]?.order ?? null, others[at]?.order ?? null), updatedAt: 2 + index };
      state.set(refKey({ kind: 'blocks', id: moved.id }), { ref: { kind: 'blocks', id: moved.id }, deleted: false, record: next });
    });
    // A pushes first; B merges against the branch; A then takes B's result.
    const hubAfterA = mergeStates(base, devices[0]!, base);
    const hubAfterB = mergeStates(base, devices[1]!, hubAfterA);
    const onA = mergeStates(hubAfterA, hubAfterA, hubAfterB);
    const ids = (state: SyncState): string[] => liveBlocks(state).map((b) => `${b.id}@${b.order}`);
    expect(ids(onA)).toEqual(ids(hubAfterB));
    expect(ids(onA).map((s) => s.split('@')[0]).sort()).toEqual(initial.slice(0, 10).map((e) => e.ref.id).sort());
    expect(new Set(ids(onA).map((s) => s.split('@')[1])).size).toBe(10);
  }), { numRuns: 100 });
});
