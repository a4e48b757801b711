// The sync tests' shared setting: git's own smart-HTTP server serving a blog repository, one device (this
// database, fake-indexeddb) syncing with its data branch, and every test starting from an empty database and
// no data branch at all.
import { beforeAll, beforeEach } from 'vitest';
import { db } from '../../src/db/db';
import { nodeGitDeps } from '../../src/git/node-deps';
import { memoryGitStore } from '../../src/sync/git-store-node';
import type { SyncTarget } from '../../src/sync/run';
import { git, headOf, type BlogRepo } from '../git-server/fixture';
import { serveBlogRepo } from '../git-server/served';

export const SYNC_TOKEN = 'ghp_sync-token-1234';
export const DATA_BRANCH = 'gleaner-data';

export interface DataBranch {
  repo: BlogRepo;
  /** Where this device syncs: the served repository's data branch, as the device "Laptop". */
  target: SyncTarget;
}

/** Serves the repository for the calling test file (filled in before its tests run) and resets before each. */
export function serveDataBranch(): DataBranch {
  const served = serveBlogRepo({ token: SYNC_TOKEN });
  const branch = {} as DataBranch;
  beforeAll(() => {
    branch.repo = served.repo;
    branch.target = { deps: nodeGitDeps(SYNC_TOKEN), url: served.url, branch: DATA_BRANCH, author: { name: 'Cyril', email: 'c@example.org' }, device: 'Laptop', store: memoryGitStore() };
  });
  beforeEach(async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    await db.syncChanges.clear();
    if (headOf(branch.repo, DATA_BRANCH)) git(branch.repo.bare, 'update-ref', '-d', `refs/heads/${DATA_BRANCH}`);
  });
  return branch;
}
