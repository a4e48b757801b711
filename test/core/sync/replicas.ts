// A model of several devices sharing one data branch, for the property tests: each device edits its own
// records the way src/db does (tombstones for deletions, fractional keys for moves) and syncs by a
// three-way merge against the branch, which then becomes its base. Pushes are atomic here; a rejected push
// in the real loop is the same merge done again against the newer branch.
import fc from 'fast-check';
import { keyBetween } from '../../../src/core/order-key';
import { refKey, type RecordRef, type SyncKind } from '../../../src/core/sync/layout';
import { compareBlockOrder, type BlockRecord } from '../../../src/core/sync/normalize';
import { serializeEntry, tombstone, type SyncEntry, type SyncRecord } from '../../../src/core/sync/records';
import { mergeStates, type SyncState } from '../../../src/core/sync/state';

export interface Device {
  local: SyncState;
  base: SyncState;
}

export interface World {
  hub: SyncState;
  devices: Device[];
  clock: number;
  /** Latest edit time of every record any device wrote, by refKey. */
  lastEdit: Map<string, number>;
  /** Blurbs typed on a device that a sync then failed to keep (must stay empty). */
  lostBlurbs: string[];
}

export type Op =
  | { type: 'createPick' | 'createIssue'; n: number }
  | { type: 'editPick'; n: number; field: 'blurb' | 'title' | 'tags'; value: string }
  | { type: 'deletePick' | 'deleteIssue' | 'removeBlock'; n: number }
  | { type: 'placePick'; n: number; issue: number; at: number }
  | { type: 'insertText'; issue: number; at: number; value: string }
  | { type: 'moveBlock'; n: number; at: number }
  | { type: 'editText'; n: number; value: string }
  | { type: 'setSetting'; key: 'language' | 'templates'; value: string }
  | { type: 'sync' };

const small = fc.nat({ max: 7 });
const text = fc.constantFrom('', 'a', 'b', 'Hello [world].', 'é👩‍💻', 'x\ny');

// Weighted so that devices often share records and then edit the same ones between syncs: conflicts.
export const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ type: fc.constantFrom('createPick' as const, 'createIssue' as const), n: small }) },
  { weight: 4, arbitrary: fc.record({ type: fc.constant('editPick' as const), n: small, field: fc.constantFrom('blurb' as const, 'title' as const, 'tags' as const), value: text }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('deletePick' as const, 'deleteIssue' as const, 'removeBlock' as const), n: small }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('placePick' as const), n: small, issue: small, at: small }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('insertText' as const), issue: small, at: small, value: text }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('moveBlock' as const), n: small, at: small }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('editText' as const), n: small, value: text }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('setSetting' as const), key: fc.constantFrom('language' as const, 'templates' as const), value: text }) },
  { weight: 3, arbitrary: fc.constant({ type: 'sync' as const }) },
);

/** A step: which device acts, whether the clock ticks first (0 gives same-millisecond ties), and what. */
export const step = fc.tuple(fc.nat({ max: 2 }), fc.nat({ max: 1 }), op);

export function newWorld(devices: number): World {
  return {
    hub: new Map(),
    devices: Array.from({ length: devices }, () => ({ local: new Map(), base: new Map() })),
    clock: 1,
    lastEdit: new Map(),
    lostBlurbs: [],
  };
}

function live(state: SyncState, kind: SyncKind): SyncRecord[] {
  return [...state.values()]
    .flatMap((entry) => (entry.ref.kind === kind && !entry.deleted ? [entry.record] : []))
    .sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
}

function nth<T>(items: T[], n: number): T | undefined {
  return items.length ? items[n % items.length] : undefined;
}

function write(world: World, device: Device, ref: RecordRef, record: SyncRecord): void {
  device.local.set(refKey(ref), { ref, deleted: false, record });
  world.lastEdit.set(refKey(ref), world.clock);
}

function remove(device: Device, ref: RecordRef, time: number): void {
  device.local.set(refKey(ref), tombstone(ref, time));
}

function siblings(device: Device, issueId: string, without = ''): BlockRecord[] {
  return (live(device.local, 'blocks') as BlockRecord[]).filter((b) => b.issueId === issueId && b.id !== without).sort(compareBlockOrder);
}

function keyAt(list: BlockRecord[], at: number): string {
  const index = at % (list.length + 1);
  return keyBetween(list[index - 1]?.order ?? null, list[index]?.order ?? null);
}

function blocksOf(device: Device, field: 'pickId' | 'issueId', id: string): BlockRecord[] {
  return (live(device.local, 'blocks') as BlockRecord[]).filter((b) => b[field] === id);
}

/** Syncs a device, checking on the way that every blurb either side typed since the base survives. */
export function sync(world: World, device: Device): void {
  const merged = mergeStates(device.base, device.local, world.hub);
  for (const side of [device.local, world.hub]) {
    for (const pick of live(side, 'picks')) {
      const key = refKey({ kind: 'picks', id: String(pick.id) });
      const base = device.base.get(key);
      if (base && !base.deleted && base.record.blurb === pick.blurb) continue;
      const after = merged.get(key)!;
      const kept = after.deleted
        ? after.deletedAt >= pick.updatedAt
        : after.record.blurb === pick.blurb || (after.record.history as { blurb: string }[] | undefined ?? []).some((h) => h.blurb === pick.blurb);
      if (!kept) world.lostBlurbs.push(String(pick.blurb));
    }
  }
  world.hub = merged;
  device.local = new Map(merged);
  device.base = new Map(merged);
}

export function apply(world: World, deviceIndex: number, op: Op, stepIndex: number): void {
  const device = world.devices[deviceIndex % world.devices.length]!;
  const t = world.clock;
  const own = `d${deviceIndex}-`;
  switch (op.type) {
    case 'sync':
      return sync(world, device);
    case 'createPick': {
      const ref: RecordRef = { kind: 'picks', id: `p${own}${op.n}` };
      if (device.local.has(refKey(ref))) return;
      return write(world, device, ref, { id: ref.id, url: `https://example.com/${ref.id}`, title: '', blurb: '', emoji: '', kind: 'link', tags: [], image: null, description: '', siteName: '', quote: '', createdAt: t, updatedAt: t });
    }
    case 'createIssue': {
      const ref: RecordRef = { kind: 'issues', id: `i${own}${op.n}` };
      if (device.local.has(refKey(ref))) return;
      return write(world, device, ref, { id: ref.id, status: 'draft', date: '2025-11-12', language: 'fr', frontMatter: {}, createdAt: t, updatedAt: t, publishedAt: null });
    }
    case 'editPick': {
      const pick = nth(live(device.local, 'picks'), op.n);
      if (!pick) return;
      const value = op.field === 'tags' ? [op.value] : `${op.value}${stepIndex}`;
      return write(world, device, { kind: 'picks', id: String(pick.id) }, { ...pick, [op.field]: value, updatedAt: t });
    }
    case 'deletePick': {
      const pick = nth(live(device.local, 'picks'), op.n);
      if (!pick) return;
      for (const block of blocksOf(device, 'pickId', String(pick.id))) remove(device, { kind: 'blocks', id: block.id }, t);
      return remove(device, { kind: 'picks', id: String(pick.id) }, t);
    }
    case 'deleteIssue': {
      const issue = nth(live(device.local, 'issues'), op.n);
      if (!issue) return;
      for (const block of blocksOf(device, 'issueId', String(issue.id))) remove(device, { kind: 'blocks', id: block.id }, t);
      return remove(device, { kind: 'issues', id: String(issue.id) }, t);
    }
    case 'placePick': {
      const pick = nth(live(device.local, 'picks'), op.n);
      const issue = nth(live(device.local, 'issues'), op.issue);
      if (!pick || !issue) return;
      for (const block of blocksOf(device, 'pickId', String(pick.id))) remove(device, { kind: 'blocks', id: block.id }, t);
      const id = `b${own}${stepIndex}`;
      return write(world, device, { kind: 'blocks', id }, { id, issueId: String(issue.id), order: keyAt(siblings(device, String(issue.id)), op.at), type: 'pick', pickId: String(pick.id), updatedAt: t });
    }
    case 'insertText': {
      const issue = nth(live(device.local, 'issues'), op.issue);
      if (!issue) return;
      const id = `b${own}${stepIndex}`;
      return write(world, device, { kind: 'blocks', id }, { id, issueId: String(issue.id), order: keyAt(siblings(device, String(issue.id)), op.at), type: 'text', markdown: op.value, updatedAt: t });
    }
    case 'moveBlock': {
      const block = nth(live(device.local, 'blocks') as BlockRecord[], op.n);
      if (!block) return;
      return write(world, device, { kind: 'blocks', id: block.id }, { ...block, order: keyAt(siblings(device, block.issueId, block.id), op.at), updatedAt: t });
    }
    case 'editText': {
      const block = nth((live(device.local, 'blocks') as BlockRecord[]).filter((b) => b.type === 'text'), op.n);
      if (!block) return;
      return write(world, device, { kind: 'blocks', id: block.id }, { ...block, markdown: `${op.value}${stepIndex}`, updatedAt: t });
    }
    case 'removeBlock': {
      const block = nth(live(device.local, 'blocks') as BlockRecord[], op.n);
      if (block) remove(device, { kind: 'blocks', id: block.id }, t);
      return;
    }
    case 'setSetting':
      return write(world, device, { kind: 'settings', id: op.key }, { key: op.key, value: op.value, updatedAt: t });
  }
}

/** Every device syncs, twice round: the first gathers everything on the branch, the second hands it out. */
export function settle(world: World): void {
  for (let round = 0; round < 2; round++) for (const device of world.devices) sync(world, device);
}

export function snapshot(state: SyncState): string[] {
  return [...state.values()].map((entry: SyncEntry) => `${refKey(entry.ref)}:${entry.deleted}\n${serializeEntry(entry)}`).sort();
}
