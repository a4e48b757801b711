// Sync's preferences and status live in storage.local, on this device only (docs/sync.md): whether sync
// is on, the data branch and this device's name are a device's choice, and the status is this device's.
// The popup reads the status (one storage read) to say when sync is failing; it never imports Dexie.
import type { GitProblem } from '../git/problems';
import { browser } from './browser';
import type { StorageArea } from './repository-store';

const PREFS_KEY = 'sync.prefs';
const STATUS_KEY = 'sync.status';

export const DEFAULT_DATA_BRANCH = 'gleaner-data';

export interface SyncPrefs {
  enabled: boolean;
  /** The data branch; an orphan branch of the blog's repository. */
  branch: string;
  /** This device's name, in the branch's commit messages. */
  device: string;
}

export type SyncState = 'idle' | 'syncing' | 'ok' | 'failed' | 'rewritten';

export interface SyncStatus {
  state: SyncState;
  /** When the last sync succeeded (milliseconds). */
  lastSyncAt: number | null;
  /** Why the last sync failed ('failed'). */
  problem: GitProblem | null;
  /** Records this device synced that the branch lost ('rewritten'). */
  lost: number;
  /** Files of the branch that could not be read in the last sync. */
  unreadable: number;
}

export const IDLE_STATUS: SyncStatus = { state: 'idle', lastSyncAt: null, problem: null, lost: 0, unreadable: 0 };

const local = (): StorageArea => browser.storage.local as StorageArea;

export async function loadSyncPrefs(area: StorageArea = local()): Promise<SyncPrefs> {
  const stored = (await area.get(PREFS_KEY))[PREFS_KEY] as Partial<SyncPrefs> | undefined;
  return { enabled: false, branch: DEFAULT_DATA_BRANCH, device: '', ...stored };
}

export async function saveSyncPrefs(prefs: SyncPrefs, area: StorageArea = local()): Promise<void> {
  await area.set({ [PREFS_KEY]: prefs });
}

export async function loadSyncStatus(area: StorageArea = local()): Promise<SyncStatus> {
  const stored = (await area.get(STATUS_KEY))[STATUS_KEY] as Partial<SyncStatus> | undefined;
  return { ...IDLE_STATUS, ...stored };
}

export async function saveSyncStatus(status: SyncStatus, area: StorageArea = local()): Promise<void> {
  await area.set({ [STATUS_KEY]: status });
}

/** The storage key the popup and the options page watch (storage.onChanged). */
export const SYNC_STATUS_KEY = STATUS_KEY;
