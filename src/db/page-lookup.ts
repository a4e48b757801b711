// The popup's start-up read, in a few lines of plain IndexedDB instead of Dexie: the popup opens dozens of
// times a week and Dexie is most of its script (docs/performance.md). It reads the stores and indexes that
// schema.ts declares (Dexie names an index after its key path) and never writes: writes go through the
// background, which holds Dexie (platform/pick-write-port). test/db/page-lookup.test.ts checks it answers
// exactly as findPicksForUrl does.
import { placeOf, type PlacedPick } from '../core/capture';
import { withPublishedLinks } from '../core/published-links';
import type { Issue, Pick } from '../core/types';
import { normalizeUrl } from '../core/url-key';
import { DATABASE_NAME } from './name';

export function requested<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** The database as it is, or null when it was never created (nothing picked yet). */
export function openExisting(): Promise<IDBDatabase | null> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    // Firefox with "never remember history" gives extensions no IndexedDB (w3c/webextensions#534).
    return Promise.reject(Object.assign(new Error('IndexedDB is not available'), { name: 'MissingAPIError' }));
  }
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME);
    let created = false;
    // No version asked: an upgrade means the database did not exist. Abort, so this read creates nothing.
    request.onupgradeneeded = () => {
      created = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => (created ? resolve(null) : reject(request.error));
  });
}

/** Every pick of the page `url` (by normalised URL), with where each one is: findPicksForUrl's answer. */
export async function lookUpPage(url: string): Promise<PlacedPick[]> {
  const database = await openExisting();
  if (!database) return [];
  // Never stand in the way of a schema upgrade opened elsewhere.
  database.onversionchange = () => database.close();
  try {
    if (!database.objectStoreNames.contains('picks')) return [];
    const transaction = database.transaction(['picks', 'issues'], 'readonly');
    const key = normalizeUrl(url);
    const issueStore = transaction.objectStore('issues');
    // Both reads are queued at once: IndexedDB answers them in one round.
    const [picks, linking] = await Promise.all([
      requested<Pick[]>(transaction.objectStore('picks').index('urlKey').getAll(key)),
      // A database not yet upgraded to version 3 has no link index: only picks count then.
      issueStore.indexNames.contains('linkKeys') ? requested<Issue[]>(issueStore.index('linkKeys').getAll(key)) : [],
    ]);
    const issueIds = [...new Set(picks.map((pick) => pick.issueId).filter(Boolean))];
    const issues = await Promise.all(issueIds.map((id) => requested<Issue | undefined>(issueStore.get(id))));
    const byId = new Map(issues.filter((issue) => issue !== undefined).map((issue) => [issue.id, issue]));
    return withPublishedLinks(url, picks.map((pick) => ({ pick, place: placeOf(pick, byId) })), linking);
  } finally {
    database.close();
  }
}
