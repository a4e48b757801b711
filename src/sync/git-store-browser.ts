// The kept copy in the extension: LightningFS in IndexedDB (database `gleaner-sync`), in the worker that
// runs the syncs. Flushed after every operation whose result must survive the worker being stopped.
import LightningFS from '@isomorphic-git/lightning-fs';
import type { PromiseFsClient } from 'isomorphic-git';
import type { GitStore } from './git-store';

const NAME = 'gleaner-sync';

export function browserGitStore(): GitStore {
  const fs = new LightningFS(NAME);
  return {
    fs: () => fs as unknown as PromiseFsClient,
    flush: () => fs.promises.flush(),
    // Typed as returning void, but it returns the promise of the re-initialisation.
    wipe: () => fs.promises.init(NAME, { wipe: true }) as unknown as Promise<void>,
  };
}
