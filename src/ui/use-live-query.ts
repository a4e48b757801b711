// A few lines over Dexie's liveQuery instead of dexie-react-hooks, which would pull in preact/compat.
// A write in any extension page (the popup, another options tab) re-runs the query here.
import { liveQuery, type Subscription } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';
import { sameData } from '../core/same-data';
import { logError } from '../platform/log';

/** A read of the same data already under way, and when the live query may start reading for itself. */
export interface FirstRead<T> {
  value: Promise<T>;
  /** Until then, the live query's own reads would compete with the reads the page waits for. */
  liveFrom: Promise<unknown>;
}

/**
 * The current result of `query`, re-run whenever the tables it read change, and whenever `deps`
 * change. `undefined` until the first result arrives.
 *
 * `first` may hand over a read of the same data already under way (the options page's first screen asks
 * all its reads at once, options/first-reads): its result shows first, and the live query subscribes once
 * it has arrived and `liveFrom` has come, so the two never compete (at once if it failed); a live answer
 * with the same data causes no render.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[], first?: () => FirstRead<T> | undefined): T | undefined {
  const [result, setResult] = useState<T | undefined>(undefined);
  // A layout effect subscribes as the render commits; a plain effect would wait for the next frame, and
  // queries that depend on each other's results (drafts → blocks → picks) would each pay one.
  useLayoutEffect(() => {
    let closed = false;
    let subscription: Subscription | undefined;
    let shown: { value: T } | undefined;
    const subscribe = (): void => {
      if (closed) return;
      subscription = liveQuery(query).subscribe({
        next: (value) => {
          const same = shown !== undefined && sameData(shown.value, value);
          shown = undefined;
          if (!same) setResult(() => value);
        },
        // A failed read leaves the last good result on screen; the console keeps the reason.
        error: (error: unknown) => logError('liveQuery failed', error),
      });
    };
    const head = first?.();
    if (head) {
      // A read that failed (or was not the one wanted) leaves the live query to read at once.
      head.value.then((value) => {
        if (closed) return;
        shown = { value };
        setResult(() => value);
        head.liveFrom.then(subscribe, subscribe);
      }, subscribe);
    } else {
      subscribe();
    }
    return () => {
      closed = true;
      subscription?.unsubscribe();
    };
    // The caller lists what the query depends on, as with useEffect; eslint checks each caller's list
    // (react-hooks/exhaustive-deps knows useLiveQuery through additionalHooks in eslint.config.js).
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `deps` is the caller's list, checked at the call
  }, deps);
  return result;
}
