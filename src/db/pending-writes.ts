// Writes still on their way to disk. A page that closes aborts its IndexedDB transactions in flight, so the
// options page asks the browser to confirm leaving while one is pending (see options/main.tsx): the last
// keystroke before Ctrl+W is a few milliseconds from being stored, and the curator's text is not dropped.
import type { Dexie } from 'dexie';

let pending = 0;

/** True while a read-write transaction of `trackPendingWrites`'s database has not committed or failed. */
export function hasPendingWrites(): boolean {
  return pending > 0;
}

/**
 * The events of `transaction` when it is a read-write one (null otherwise). Duck-typed: an IDBTransaction,
 * or fake-indexeddb's look-alike in unit tests.
 */
export function readWriteEvents(transaction: object, mode: string): Pick<EventTarget, 'addEventListener'> | null {
  const events = transaction as Partial<Pick<EventTarget, 'addEventListener'>>;
  return mode === 'readwrite' && typeof events.addEventListener === 'function' ? events as Pick<EventTarget, 'addEventListener'> : null;
}

/** Counts read-write transactions from their creation (a write is queued) until they settle. */
export function trackPendingWrites(database: Dexie): void {
  database.use({
    stack: 'dbcore',
    name: 'pending-writes',
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        const transaction = down.transaction(stores, mode, options);
        const events = readWriteEvents(transaction, mode);
        if (events) {
          pending += 1;
          const settle = (): void => {
            pending -= 1;
          };
          // One of these ends every transaction; `error` bubbles up as `abort`.
          events.addEventListener('complete', settle);
          events.addEventListener('abort', settle);
        }
        return transaction;
      },
    }),
  });
}
