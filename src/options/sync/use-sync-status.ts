// The sync status the worker writes to storage.local, kept current (storage.onChanged).
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../../platform/browser';
import { IDLE_STATUS, loadSyncStatus, SYNC_STATUS_KEY, type SyncStatus } from '../../platform/sync-store';

export function useSyncStatus(): SyncStatus {
  const [status, setStatus] = useState<SyncStatus>(IDLE_STATUS);
  useEffect(() => {
    let live = true;
    const reload = (): void => {
      loadSyncStatus().then((value) => { if (live) setStatus(value); }, () => undefined);
    };
    const changed = (changes: Record<string, unknown>): void => {
      if (SYNC_STATUS_KEY in changes) reload();
    };
    reload();
    browser.storage.onChanged.addListener(changed);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(changed);
    };
  }, []);
  return status;
}
