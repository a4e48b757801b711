// A few lines over Dexie's liveQuery instead of dexie-react-hooks, which would pull in preact/compat.
// A write in any extension page (the popup, another options tab) re-runs the query here.
import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * The current result of `query`, re-run whenever the tables it read change, and whenever `deps`
 * change. `undefined` until the first result arrives.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [result, setResult] = useState<T | undefined>(undefined);
  // A layout effect subscribes as the render commits; a plain effect would wait for the next frame, and
  // queries that depend on each other's results (drafts → blocks → picks) would each pay one.
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult(() => value),
      // A failed read leaves the last good result on screen; the console keeps the reason.
      error: (error: unknown) => console.error('liveQuery failed', error),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect; eslint checks each caller's list
    // (react-hooks/exhaustive-deps knows useLiveQuery through additionalHooks in eslint.config.js).
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `deps` is the caller's list, checked at the call
  }, deps);
  return result;
}
