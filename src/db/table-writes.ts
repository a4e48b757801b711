// Hearing that a table was written, in this page or any other extension page, without reading anything
// (Dexie's `storagemutated`, which live queries use too): for watchers that need not re-read at every write.
import { Dexie, type ObservabilitySet } from 'dexie';
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
