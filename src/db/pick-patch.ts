// Field-level writes that know what they change (issue 8): every editor of a pick (the popup, the options
// page) sends, with each new value, the value it believes is stored. A field stored differently since was
// written by another page: that field is not overwritten, and the caller is told (it shows the curator both
// texts). Checked and written in one read-write transaction, so no other write slips in between.
import type { PickChanges } from '../core/capture';
import type { Pick } from '../core/types';
import { normalizeUrl } from '../core/url-key';
import { db } from './db';

export type PickField = keyof PickChanges;

export interface PatchResult {
  /** The pick as stored after the patch. */
  pick: Pick;
  /** Fields not written because their stored value was no longer `base`'s. */
  stale: PickField[];
}

/** Pick values are strings, string lists, null: equal when they serialise alike. */
export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** What of `changes` may be written over `stored`, given what the writer believed was stored. */
export function splitStale(stored: Pick, changes: PickChanges, base: PickChanges): { fresh: PickChanges; stale: PickField[] } {
  const fresh: Record<string, unknown> = {};
  const stale: PickField[] = [];
  for (const field of Object.keys(changes) as PickField[]) {
    if (field in base && !sameValue(stored[field], base[field])) stale.push(field);
    else fresh[field] = changes[field];
  }
  return { fresh: fresh as PickChanges, stale };
}

/**
 * Writes the fields of `changes` whose stored value is still `base`'s (a field missing from `base` is
 * written as is). Null when the pick is gone (it is not recreated).
 */
export function patchPick(id: string, changes: PickChanges, base: PickChanges, now: number = Date.now()): Promise<PatchResult | null> {
  return db.transaction('rw', db.picks, async () => {
    const stored = await db.picks.get(id);
    if (!stored) return null;
    const { fresh, stale } = splitStale(stored, changes, base);
    if (Object.keys(fresh).length === 0) return { pick: stored, stale };
    const identity = fresh.url === undefined ? {} : { urlKey: normalizeUrl(fresh.url) };
    const pick: Pick = { ...stored, ...fresh, ...identity, updatedAt: now };
    await db.picks.put(pick);
    return { pick, stale };
  });
}
