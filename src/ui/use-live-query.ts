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
  }, deps); // The caller lists what the query depends on, as with useEffect.
  return result;
}
