// Storing a pick the popup built (issue 8): two popups opened at once on a new page each build a pick, and
// both stores reach the background. Each store looks for the page's pick and writes in one read-write
// transaction; IndexedDB runs such transactions on the picks store one after another, so the second store
// finds the first one's pick and adds its changes to it instead of storing a twin.
import { pickToReopen, type PickChanges } from '../core/capture';
import type { Pick } from '../core/types';
import { normalizeUrl } from '../core/url-key';
import { db } from './db';
import { findPicksForUrl } from './picks';

/**
 * Stores `pick`, or, if the page already has a pick being worked on (another popup's, or this one's
 * stored earlier), writes `changed` (the fields the popup set since it built `pick`) on that one. Returns
 * the pick as stored: the popup goes on editing it, whatever its id.
 */
export function storeCapturedPick(pick: Pick, changed: PickChanges, now: number = Date.now()): Promise<Pick> {
  return db.transaction('rw', db.picks, db.issues, async () => {
    const urlKey = normalizeUrl(pick.url);
    const existing = (await db.picks.get(pick.id)) ?? (await workedOn(pick.url));
    const stored: Pick = existing
      ? { ...existing, ...changed, urlKey: normalizeUrl(changed.url ?? existing.url), updatedAt: now }
      : { ...pick, urlKey, updatedAt: now };
    await db.picks.put(stored);
    return stored;
  });
}

/** The page's pick still being worked on (in the inbox or a draft), if any. */
async function workedOn(url: string): Promise<Pick | undefined> {
  const current = pickToReopen(await findPicksForUrl(url));
  return current && current.place.kind !== 'published' ? current.pick : undefined;
}

/**
 * Runs a capture that reads the page's picks and then writes (the context menu's) in one read-write
 * transaction on picks and issues, for the same reason: two captures of one page never both add it.
 */
export function serializedCapture<T>(capture: () => Promise<T>): Promise<T> {
  return db.transaction('rw', db.picks, db.issues, capture);
}
