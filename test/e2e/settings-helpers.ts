// Settings a spec needs before the options page first opens (the first draft takes them at once).
import type { Harness } from './harness';

/**
 * Stores the language of new issues as the Settings tab does: specs that rebuild the French reference issue
 * say so, since the harness's browser speaks English (whose defaults are English, issue 13).
 */
export function chooseIssueLanguage(harness: Harness, language: string): Promise<void> {
  // The service worker opened the database (Dexie, at start-up) before this request is queued.
  return harness.worker.evaluate((value) => new Promise<void>((resolve, reject) => {
    const request = indexedDB.open('gleaner');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const transaction = request.result.transaction('settings', 'readwrite');
      transaction.objectStore('settings').put({ key: 'language', value });
      transaction.oncomplete = () => { request.result.close(); resolve(); };
      transaction.onerror = () => reject(transaction.error);
    };
  }), language);
}
