// A value kept in storage.local, read once and again whenever one of its keys changes (storage.onChanged,
// from this page, another page or the worker). Changes to other keys are ignored: a sync status written
// every few seconds must not re-render (or reset) what reads the repository's connection.
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../platform/browser';

/**
 * `initial` until the first read resolves. A failed read keeps the last value: give `load` its own
 * fallback (`.catch(() => …)`) when a failure must show. Pass module constants for `keys` and `load`:
 * new ones on each render would subscribe and read again on each render.
 */
export function useStorageValue<T>(keys: readonly string[], load: () => Promise<T>, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let live = true;
    const reload = (): void => {
      load().then((next) => { if (live) setValue(() => next); }, () => undefined);
    };
    const changed = (changes: Record<string, unknown>): void => {
      if (keys.some((key) => key in changes)) reload();
    };
    reload();
    browser.storage.onChanged.addListener(changed);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(changed);
    };
  }, [keys, load]);
  return value;
}
