// The sync status the worker writes to storage.local, kept current (storage.onChanged).
import { IDLE_STATUS, loadSyncStatus, SYNC_STATUS_KEY, type SyncStatus } from '../../platform/sync-store';
import { useStorageValue } from '../use-storage-value';

const KEYS = [SYNC_STATUS_KEY];

export function useSyncStatus(): SyncStatus {
  return useStorageValue(KEYS, loadSyncStatus, IDLE_STATUS);
}
