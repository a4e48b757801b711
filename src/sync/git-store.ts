// Where the data branch's git objects live between two syncs (docs/sync.md, "The local copy"). Fetching
// the whole branch again at every sync costs seconds with thousands of records; a kept copy fetches only
// the commits other devices pushed since, and nothing at all when the branch has not moved.
import type { PromiseFsClient } from 'isomorphic-git';

export interface GitStore {
  /** The file system holding the copy (the same one at every call until `wipe`). */
  fs(): PromiseFsClient;
  /** Stores what is still in memory: LightningFS saves its directory tree 500 ms after the last write. */
  flush(): Promise<void>;
  /** Empties the copy: it is cloned again (a different branch, too many packs, or a copy that fails to read). */
  wipe(): Promise<void>;
}

/** A copy that lasts one sync: a fresh file system, nothing to flush (the CLI, one-off reads). */
export function throwawayStore(fs: PromiseFsClient): GitStore {
  return { fs: () => fs, flush: async () => undefined, wipe: async () => undefined };
}
