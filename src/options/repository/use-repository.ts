// The connected repository as stored, kept current when the Settings tab changes it (storage.onChanged).
import { loadRepository, REPOSITORY_KEYS, type StoredRepository } from '../../platform/repository-store';
import { useStorageValue } from '../use-storage-value';

// A failed read shows as "not connected" rather than loading forever.
const load = (): Promise<StoredRepository | null> => loadRepository().catch(() => null);

/** undefined while loading, null when no repository is connected. */
export function useRepository(): StoredRepository | null | undefined {
  return useStorageValue<StoredRepository | null | undefined>(REPOSITORY_KEYS, load, undefined);
}
