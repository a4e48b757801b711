// What a merge of independently valid records can leave inconsistent, and the one deterministic way to
// fix it (docs/sync.md, "After a merge"): every device that merged the same state makes the same repairs,
// so their next sync agrees without another conflict.
import { compareKeys, keysBetween } from '../order-key';
import type { SyncRecord } from './records';

/** The fields of a block the repairs read. */
export interface BlockRecord extends SyncRecord {
  id: string;
  issueId: string;
  order: string;
  type: string;
  pickId?: string;
}

/** The order blocks show in: by key, then by id for two blocks that got the same key on two devices. */
export function compareBlockOrder(a: Pick<BlockRecord, 'id' | 'order'>, b: Pick<BlockRecord, 'id' | 'order'>): number {
  return compareKeys(a.order, b.order) || compareKeys(a.id, b.id);
}

/**
 * New keys for the blocks of ONE issue whose key another block of it also has: in each run of equal keys
 * the first (by id) keeps it, the others get keys between it and the next key. The visible order does
 * not change; the keys become distinct again, so a block can later be moved between any two.
 */
export function respaceCollisions(blocks: readonly BlockRecord[]): BlockRecord[] {
  const sorted = [...blocks].sort(compareBlockOrder);
  const changed: BlockRecord[] = [];
  for (let start = 0; start < sorted.length;) {
    let end = start + 1;
    while (end < sorted.length && sorted[end]!.order === sorted[start]!.order) end++;
    if (end - start > 1) {
      const keys = keysBetween(sorted[start]!.order, sorted[end]?.order ?? null, end - start - 1);
      keys.forEach((order, index) => changed.push({ ...sorted[start + 1 + index]!, order }));
    }
    start = end;
  }
  return changed;
}

/** Of several blocks showing one pick, the one that keeps it: the latest placed, then the greatest id. */
function keeper(a: BlockRecord, b: BlockRecord): BlockRecord {
  return a.updatedAt - b.updatedAt > 0 || (a.updatedAt === b.updatedAt && compareKeys(a.id, b.id) > 0) ? a : b;
}

/**
 * Blocks that must go: in an issue that was deleted, showing a pick that was deleted, or showing a pick
 * that another block (see `keeper`) places too — a pick is in one issue at a time. Each goes with a
 * tombstone; their picks, if they still exist, go back to the inbox or stay where the keeper is.
 */
export function strayBlocks(
  blocks: readonly BlockRecord[],
  pickExists: (id: string) => boolean,
  issueExists: (id: string) => boolean,
): BlockRecord[] {
  const stray: BlockRecord[] = [];
  const placement = new Map<string, BlockRecord>();
  for (const block of blocks) {
    if (!issueExists(block.issueId) || (block.type === 'pick' && !pickExists(block.pickId ?? ''))) {
      stray.push(block);
      continue;
    }
    if (block.type !== 'pick') continue;
    const other = placement.get(block.pickId!);
    if (!other) {
      placement.set(block.pickId!, block);
      continue;
    }
    const kept = keeper(other, block);
    stray.push(kept === block ? other : block);
    placement.set(block.pickId!, kept);
  }
  return stray;
}
