// Random edit sequences on two or three devices, synced in any order through one data branch: every
// device ends with the same records, nothing any device wrote is lost unless a newer tombstone says so,
// and no blurb a curator typed disappears (it wins, or it is in the pick's history).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { refKey } from '../../../src/core/sync/layout';
import { mergeEntry } from '../../../src/core/sync/merge';
import { type BlockRecord } from '../../../src/core/sync/normalize';
import { serializeEntry, type SyncEntry } from '../../../src/core/sync/records';
import { apply, newWorld, settle, snapshot, step } from './replicas';

const scenario = fc.tuple(fc.integer({ min: 2, max: 3 }), fc.array(step, { minLength: 1, maxLength: 120, size: 'max' }));

function run(devices: number, steps: [number, number, Parameters<typeof apply>[2]][]): ReturnType<typeof newWorld> {
  const world = newWorld(devices);
  steps.forEach(([device, tick, op], index) => {
    world.clock += tick;
    apply(world, device, op, index);
  });
  settle(world);
  return world;
}

describe('devices syncing through one branch', () => {
  test('converge: after everyone has synced, every device holds exactly the branch', () => {
    fc.assert(fc.property(scenario, ([devices, steps]) => {
      const world = run(devices, steps);
      const hub = snapshot(world.hub);
      for (const device of world.devices) expect(snapshot(device.local)).toEqual(hub);
    }), { numRuns: 150 });
  });

  test('lose nothing: each record any device wrote is live, or deleted by a tombstone at least as new', () => {
    fc.assert(fc.property(scenario, ([devices, steps]) => {
      const world = run(devices, steps);
      for (const [key, editedAt] of world.lastEdit) {
        const entry = world.hub.get(key);
        expect(entry, key).toBeDefined();
        if (entry!.deleted) expect(entry!.deletedAt, key).toBeGreaterThanOrEqual(editedAt);
        else expect(entry!.record.updatedAt, key).toBeGreaterThanOrEqual(editedAt);
      }
      expect(world.lostBlurbs).toEqual([]);
    }), { numRuns: 150 });
  });

  test('leave every issue in one order with distinct keys, each pick in at most one issue, no dangling block', () => {
    fc.assert(fc.property(scenario, ([devices, steps]) => {
      const world = run(devices, steps);
      const live = [...world.hub.values()].filter((entry): entry is Extract<SyncEntry, { deleted: false }> => !entry.deleted);
      const blocks = live.filter((entry) => entry.ref.kind === 'blocks').map((entry) => entry.record as BlockRecord);
      const keys = blocks.map((block) => `${block.issueId}\n${block.order}`);
      expect(new Set(keys).size).toBe(keys.length);
      const picks = blocks.filter((block) => block.type === 'pick').map((block) => block.pickId);
      expect(new Set(picks).size).toBe(picks.length);
      for (const block of blocks) {
        expect(world.hub.get(refKey({ kind: 'issues', id: block.issueId }))?.deleted).toBe(false);
        if (block.type === 'pick') expect(world.hub.get(refKey({ kind: 'picks', id: block.pickId! }))?.deleted).toBe(false);
      }
    }), { numRuns: 100 });
  });
});

const ref = { kind: 'picks' as const, id: 'p1' };
const version = fc.oneof(
  fc.record({ blurb: fc.constantFrom('a', 'b', 'c'), title: fc.constantFrom('T', 'U'), tags: fc.constantFrom([], ['x']), updatedAt: fc.nat({ max: 4 }) })
    .map((record): SyncEntry => ({ ref, deleted: false, record: { id: 'p1', url: 'https://e.com', ...record } })),
  fc.nat({ max: 4 }).map((deletedAt): SyncEntry => ({ ref, deleted: true, deletedAt })),
);
const side = fc.option(version, { nil: undefined });

test('the per-record merge is symmetric: this device and the branch swapped give the same bytes', () => {
  fc.assert(fc.property(side, side, side, (base, local, remote) => {
    const text = (entry: SyncEntry | undefined): string | undefined => (entry ? serializeEntry(entry) : undefined);
    expect(text(mergeEntry(base, local, remote))).toBe(text(mergeEntry(base, remote, local)));
  }), { numRuns: 2000 });
});

test('the per-record merge is idempotent: merging a version with itself changes nothing', () => {
  fc.assert(fc.property(side, version, (base, entry) => {
    expect(serializeEntry(mergeEntry(base, entry, entry)!)).toBe(serializeEntry(entry));
  }));
});
