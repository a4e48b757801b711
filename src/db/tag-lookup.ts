// The tags the popup suggests (issue 10), read with plain IndexedDB like db/page-lookup: the popup never
// loads Dexie. Only the most recently edited picks are read, so a 50,000-pick database costs what a small
// one does; tags a curator still uses are among them.
import type { Pick } from '../core/types';
import { openExisting } from './page-lookup';

/** How many of the latest picks the suggestions come from. */
export const RECENT_PICKS_FOR_TAGS = 500;

/** The tags of the latest picks, most used first (ties: most recent first). */
export async function lookUpRecentTags(limit = RECENT_PICKS_FOR_TAGS): Promise<string[]> {
  const database = await openExisting();
  if (!database) return [];
  database.onversionchange = () => database.close();
  try {
    if (!database.objectStoreNames.contains('picks')) return [];
    const counts = new Map<string, number>();
    const index = database.transaction('picks', 'readonly').objectStore('picks').index('updatedAt');
    await new Promise<void>((resolve, reject) => {
      let seen = 0;
      const request = index.openCursor(null, 'prev');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor || seen >= limit) {
          resolve();
          return;
        }
        seen += 1;
        for (const tag of (cursor.value as Pick).tags ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
        cursor.continue();
      };
    });
    // Map keeps insertion order (most recent first), and the sort is stable.
    return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([tag]) => tag);
  } finally {
    database.close();
  }
}
