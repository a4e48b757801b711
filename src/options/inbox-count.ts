// The inbox's count in the options page: one watcher (db/inbox-count) for the inbox column and the toolbar
// badge, so that a write moves both with no count asked of IndexedDB.
import { useLayoutEffect, useState } from 'preact/hooks';
import { watchInboxCount } from '../db/inbox-count';
import { logError } from '../platform/log';
import { firstInboxCount } from './first-reads';

type Listener = (count: number) => void;
const listeners = new Set<Listener>();
let latest: number | undefined;
let stop: (() => void) | null = null;

function show(count: number): void {
  latest = count;
  for (const listener of listeners) listener(count);
}

/**
 * Calls `listener` with the inbox's count now (when known) and at each change, until the returned function
 * is called. The first listener starts the watcher (with the first screen's count, when it is still
 * coming); the last one gone stops it.
 */
export function onInboxCount(listener: Listener): () => void {
  listeners.add(listener);
  if (latest !== undefined) listener(latest);
  // A failed count leaves the last one shown; the next change asks again.
  stop ??= watchInboxCount(show, (error) => logError('the inbox could not be counted', error), firstInboxCount());
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    stop?.();
    stop = null;
    latest = undefined;
  };
}

/** The inbox's count; undefined until it is known. */
export function useInboxCount(): number | undefined {
  const [count, setCount] = useState(latest);
  useLayoutEffect(() => onInboxCount(setCount), []);
  return count;
}
