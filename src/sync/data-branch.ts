// The data branch over git (docs/sync.md): list its files with their blob ids and read the few that changed
// (the commit that replaces or removes files is branch-commit.ts's). Built on the git layer (src/git): the same up-front
// token, the same problems in the curator's words. The branch's objects are kept between syncs in a
// GitStore (a shallow copy, fetched again only where the branch moved); without one, each sync fetches it whole.
import { addRemote, fetch, hashBlob, init, readBlob, readCommit, readTree, resolveRef, type FsClient, type PromiseFsClient } from 'isomorphic-git';
import { authHeaders } from '../git/auth';
import type { GitDeps } from '../git/connection';
import { GitProblemError, toProblem } from '../git/problems';
import { listBranches, type RemoteBranches } from '../git/remote';
import { GITDIR } from '../git/snapshot';
import { throwawayStore, type GitStore } from './git-store';

export interface DataBranch {
  url: string;
  branch: string;
  /** The commit the branch points to; null while the branch does not exist yet. */
  head: string | null;
  /** Every file of the branch: path → blob id. */
  files: Map<string, string>;
  /** Every folder of the branch: path (`''` for the root, else ending in `/`) → tree id. */
  trees: Map<string, string>;
  /** What the server's push service supports (read when the branch was listed). */
  capabilities: ReadonlySet<string>;
  fs: PromiseFsClient;
  /** isomorphic-git's pack cache for this sync: without it every object read parses the pack again. */
  cache: object;
  store: GitStore;
}

/** What the copy was made for, and how often it served: a copy is cloned again now and then (see below). */
interface CopyNote {
  url: string;
  branch: string;
  uses: number;
}

const NOTE = '/gleaner-copy.json';
/**
 * Every fetch adds a pack and every sync a few loose objects, which nothing cleans up in a shallow copy:
 * after this many syncs, or this many packs, the copy is dropped and cloned again (one full fetch).
 */
const MAX_USES = 200;
const MAX_PACKS = 30;

async function listTree(data: DataBranch, oid: string, prefix: string): Promise<void> {
  data.trees.set(prefix, oid);
  const { tree } = await readTree({ fs: data.fs, cache: data.cache, gitdir: GITDIR, oid });
  for (const entry of tree) {
    if (entry.type === 'tree') await listTree(data, entry.oid, `${prefix}${entry.path}/`);
    else if (entry.type === 'blob') data.files.set(`${prefix}${entry.path}`, entry.oid);
  }
}

async function readNote(fs: PromiseFsClient): Promise<CopyNote | null> {
  try {
    return JSON.parse(String(await fs.promises.readFile(NOTE, 'utf8'))) as CopyNote;
  } catch {
    return null;
  }
}

async function packCount(fs: PromiseFsClient): Promise<number> {
  try {
    return (await fs.promises.readdir(`${GITDIR}/objects/pack`) as string[]).filter((name) => name.endsWith('.pack')).length;
  } catch {
    return 0;
  }
}

async function resolveOrNull(fs: FsClient, ref: string): Promise<string | null> {
  try {
    return await resolveRef({ fs, gitdir: GITDIR, ref });
  } catch {
    return null;
  }
}

/** Brings the copy to the remote's `head` (fetching only what it lacks) and lists the branch's files. */
async function openCopy(deps: GitDeps, store: GitStore, url: string, branch: string, remote: RemoteBranches): Promise<DataBranch> {
  const head = remote.branches.get(branch) ?? null;
  let fs = store.fs();
  const note = await readNote(fs);
  const fresh = !note || note.url !== url || note.branch !== branch || head === null ||
    note.uses >= MAX_USES || await packCount(fs) > MAX_PACKS;
  if (fresh) {
    await store.wipe();
    fs = store.fs();
    await init({ fs, gitdir: GITDIR, bare: true, defaultBranch: branch });
    // fetch() needs a remote's refspec to know where the fetched branch goes (refs/remotes/origin/…).
    await addRemote({ fs, gitdir: GITDIR, remote: 'origin', url, force: true });
  }
  await fs.promises.writeFile(NOTE, JSON.stringify({ url, branch, uses: fresh ? 1 : note!.uses + 1 }));
  const data: DataBranch = { url, branch, head, files: new Map(), trees: new Map(), capabilities: remote.capabilities, fs, cache: {}, store };
  if (head === null) return data;
  const tracking = `refs/remotes/origin/${branch}`;
  if (await resolveOrNull(fs, tracking) !== head) {
    try {
      // A fresh copy takes the last commit only (depth 1). A kept one says which commit it has (its own
      // head): the server sends the commits since and the files they changed. With a depth, git's server
      // would send the whole tree again (measured).
      await fetch({
        fs, http: deps.http, gitdir: GITDIR, url, ref: branch, singleBranch: true, tags: false,
        headers: authHeaders(deps.token), cache: data.cache, ...(fresh && { depth: 1 }),
      });
    } catch (error) {
      throw new GitProblemError(toProblem(error, deps.token));
    }
    data.head = await resolveRef({ fs, gitdir: GITDIR, ref: tracking });
    await store.flush();
  }
  const { commit } = await readCommit({ fs, cache: data.cache, gitdir: GITDIR, oid: data.head! });
  await listTree(data, commit.tree, '');
  return data;
}

/**
 * Fetches the branch into `store` (by default a fresh copy from `deps`) and lists its files; an absent
 * branch is an empty one. `forPush` asks the push service, which also says whether the token may write
 * (403) before any work. A kept copy that cannot be read (cut short by a stopped worker) is cloned again.
 */
export async function openDataBranch(deps: GitDeps, url: string, branch: string, forPush = true, store?: GitStore): Promise<DataBranch> {
  const remote = await listBranches(deps, url, forPush);
  // Both file systems the git layer injects (memfs, LightningFS) have the promise API.
  const kept = store ?? throwawayStore(deps.newFs() as PromiseFsClient);
  try {
    return await openCopy(deps, kept, url, branch, remote);
  } catch (error) {
    if (error instanceof GitProblemError || !store) throw error;
    await store.wipe();
    return openCopy(deps, kept, url, branch, remote);
  }
}

export async function readText(data: DataBranch, oid: string): Promise<string> {
  const { blob } = await readBlob({ fs: data.fs, cache: data.cache, gitdir: GITDIR, oid });
  return new TextDecoder().decode(blob);
}

/** The blob id git gives `text`: equal ids mean equal files, without reading the branch's copy. */
export async function blobId(text: string): Promise<string> {
  return (await hashBlob({ object: new TextEncoder().encode(text) })).oid;
}
