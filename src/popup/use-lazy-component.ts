// A component loaded only once it is wanted (dynamic import): what the first paint does not need stays out
// of the popup's first load (test/budget).
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** The component `load` gives, once `wanted` has been true; null until it has arrived (or if it failed). */
export function useLazyComponent<Props>(load: () => Promise<ComponentType<Props>>, wanted: boolean): ComponentType<Props> | null {
  const [component, setComponent] = useState<ComponentType<Props> | null>(null);
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    if (!wanted || asked) return;
    setAsked(true);
    // A component that fails to load is left out: the popup works without it.
    load().then((loaded) => setComponent(() => loaded), () => undefined);
  }, [wanted, asked, load]);
  return component;
}
