// Hearing that a table was written, in this page or any other extension page, without reading anything
// (Dexie's `storagemutated`, which live queries use too): for watchers that need not re-read at every write.
import { Dexie, type IntervalTree, type ObservabilitySet } from 'dexie';
import { db } from './db';

/** Calls `listener` after each committed write to one of `tables`, until the returned function is called. */
export function onTableWrites(tables: readonly string[], listener: () => void): () => void {
  const prefixes = tables.map((table) => `idb://${db.name}/${table}/`);
  const heard = (parts: ObservabilitySet): void => {
    if (Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)))) listener();
  };
  Dexie.on('storagemutated', heard);
  return () => Dexie.on('storagemutated').unsubscribe(heard);
}

/**
 * Adds the primary keys a write named in `table` (as Dexie's `storagemutated` tells them) to `into`; false
 * when it named a range (a clear, a range deleted) or a key that is not an id, which cannot be told key by
 * key. The tree is an AVL tree (Dexie's RangeSet, or its structured clone when the write happened in
 * another page): its depth is logarithmic.
 */
export function addWrittenKeys(parts: ObservabilitySet, table: string, into: Set<string>): boolean {
  const add = (tree: IntervalTree | null | undefined): boolean => {
    if (!tree || !('from' in tree)) return true;
    if (typeof tree.from !== 'string' || tree.from !== tree.to) return false;
    into.add(tree.from);
    return add(tree.l) && add(tree.r);
  };
  return add(parts[`idb://${db.name}/${table}/`]);
}

/** Counts every committed write this page hears of, from the moment the module loads. */
let writesHeard = 0;
Dexie.on('storagemutated', () => {
  writesHeard += 1;
});

/** A mark to take before a read: writes heard after it (`writesMark()` differs) may not be in the read. */
export function writesMark(): number {
  return writesHeard;
}
