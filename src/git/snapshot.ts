// One branch of the remote, fetched shallowly (depth 1, no checkout) into a fresh file system: enough to
// read its tree and blobs and to commit on top of it. Nothing is kept between two operations, so there is
// nothing to flush or go stale (shared/notes/git-server.md: LightningFS loses unflushed state).
import { clone, readBlob, readCommit, readTree, resolveRef, writeRef, type FsClient, type TreeEntry } from 'isomorphic-git';
import { authHeaders } from './auth';
import type { GitDeps } from './connection';
import { GitProblemError, toProblem } from './problems';

export const GITDIR = '/repo/.git';

export interface Snapshot {
  fs: FsClient;
  branch: string;
  /** The commit the branch pointed to. */
  head: string;
  /** Its root tree. */
  tree: string;
}

export async function fetchBranch(deps: GitDeps, url: string, branch: string): Promise<Snapshot> {
  const fs = deps.newFs();
  try {
    await clone({
      fs, http: deps.http, dir: '/repo', gitdir: GITDIR, url, ref: branch,
      singleBranch: true, depth: 1, noCheckout: true, noTags: true, headers: authHeaders(deps.token),
    });
  } catch (error) {
    throw new GitProblemError(toProblem(error, deps.token));
  }
  const head = await resolveRef({ fs, gitdir: GITDIR, ref: `refs/remotes/origin/${branch}` });
  // isomorphic-git's push leaves out what the remote's HEAD branch already has only if it knows that branch;
  // without this a push to a new branch re-uploads every file of the site (measured: 250 posts, 4 s).
  await writeRef({ fs, gitdir: GITDIR, ref: 'refs/remotes/origin/HEAD', value: `refs/remotes/origin/${branch}`, symbolic: true, force: true });
  const { commit } = await readCommit({ fs, gitdir: GITDIR, oid: head });
  return { fs, branch, head, tree: commit.tree };
}

/** The entries of `folder` ('' = the root), or null if the branch has no such folder. */
export async function listFolder(snapshot: Snapshot, folder: string): Promise<TreeEntry[] | null> {
  try {
    const { tree } = await readTree({ fs: snapshot.fs, gitdir: GITDIR, oid: snapshot.tree, ...(folder !== '' && { filepath: folder }) });
    return tree;
  } catch (error) {
    if ((error as { code?: string }).code === 'NotFoundError' || (error as { code?: string }).code === 'ObjectTypeError') return null;
    throw error;
  }
}

/** The blob id at `path`, or null when nothing (or a folder) is there. */
export async function blobIdAt(snapshot: Snapshot, path: string): Promise<string | null> {
  const slash = path.lastIndexOf('/');
  const entries = await listFolder(snapshot, slash < 0 ? '' : path.slice(0, slash));
  const entry = entries?.find((candidate) => candidate.path === path.slice(slash + 1));
  return entry?.type === 'blob' ? entry.oid : null;
}

export async function readBlobBytes(snapshot: Snapshot, oid: string): Promise<Uint8Array> {
  const { blob } = await readBlob({ fs: snapshot.fs, gitdir: GITDIR, oid });
  return blob;
}
