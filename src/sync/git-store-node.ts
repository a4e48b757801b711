// The kept copy in Node (tests, benchmarks): memfs, kept as long as the store object lives.
import type { PromiseFsClient } from 'isomorphic-git';
import { createFsFromVolume, Volume } from 'memfs';
import type { GitStore } from './git-store';

export function memoryGitStore(): GitStore {
  const volume = new Volume();
  const fs = createFsFromVolume(volume) as unknown as PromiseFsClient;
  return {
    fs: () => fs,
    flush: async () => undefined,
    wipe: async () => volume.reset(),
  };
}
