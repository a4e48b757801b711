// The connected repository as stored, kept current when the Settings tab changes it (storage.onChanged).
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../../platform/browser';
import { loadRepository, type StoredRepository } from '../../platform/repository-store';

/** undefined while loading, null when no repository is connected. */
export function useRepository(): StoredRepository | null | undefined {
  const [stored, setStored] = useState<StoredRepository | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const reload = (): void => {
      loadRepository().then((value) => { if (live) setStored(value); }, () => { if (live) setStored(null); });
    };
    reload();
    browser.storage.onChanged.addListener(reload);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(reload);
    };
  }, []);
  return stored;
}
