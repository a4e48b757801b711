// The data branch over git (docs/sync.md): list its files with their blob ids, read the few that changed,
// and push one commit that replaces or removes files. Built on the git layer (src/git): the same up-front
// token, the same problems in the curator's words. The branch's objects are kept between syncs in a
// GitStore (a shallow copy, fetched again only where the branch moved); without one, each sync fetches it whole.
import { addRemote, fetch, hashBlob, init, readBlob, readCommit, readTree, resolveRef, writeBlob, writeRef, writeTree, type FsClient, type PromiseFsClient, type TreeEntry } from 'isomorphic-git';
import { authHeaders } from '../git/auth';
import { commitOnBranch, pushBranch } from '../git/commit';
import type { GitDeps } from '../git/connection';
import { GitProblemError, toProblem } from '../git/problems';
import { listBranches } from '../git/remote';
import { GITDIR } from '../git/snapshot';
import { throwawayStore, type GitStore } from './git-store';

export interface DataBranch {
  url: string;
  branch: string;
  /** The commit the branch points to; null while the branch does not exist yet. */
  head: string | null;
  /** Every file of the branch: path → blob id. */
  files: Map<string, string>;
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
async function openCopy(deps: GitDeps, store: GitStore, url: string, branch: string, head: string | null): Promise<DataBranch> {
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
  const data: DataBranch = { url, branch, head, files: new Map(), fs, cache: {}, store };
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
  const head = remote.branches.get(branch) ?? null;
  // Both file systems the git layer injects (memfs, LightningFS) have the promise API.
  const kept = store ?? throwawayStore(deps.newFs() as PromiseFsClient);
  try {
    return await openCopy(deps, kept, url, branch, head);
  } catch (error) {
    if (error instanceof GitProblemError || !store) throw error;
    await store.wipe();
    return openCopy(deps, kept, url, branch, head);
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

interface Folder {
  files: Map<string, string>;
  folders: Map<string, Folder>;
}

function folderOf(files: ReadonlyMap<string, string>): Folder {
  const root: Folder = { files: new Map(), folders: new Map() };
  for (const [path, oid] of files) {
    const parts = path.split('/');
    let folder = root;
    for (const part of parts.slice(0, -1)) {
      if (!folder.folders.has(part)) folder.folders.set(part, { files: new Map(), folders: new Map() });
      folder = folder.folders.get(part)!;
    }
    folder.files.set(parts.at(-1)!, oid);
  }
  return root;
}

async function writeFolder(fs: FsClient, folder: Folder): Promise<string> {
  const tree: TreeEntry[] = [...folder.files].map(([path, oid]) => ({ mode: '100644', path, oid, type: 'blob' }));
  for (const [path, inside] of folder.folders) tree.push({ mode: '040000', path, oid: await writeFolder(fs, inside), type: 'tree' });
  return writeTree({ fs, gitdir: GITDIR, tree });
}

export interface BranchChange {
  /** Files to write: path → text. */
  write: ReadonlyMap<string, string>;
  /** Paths to remove (a record that became a tombstone, or the reverse). */
  remove: ReadonlySet<string>;
  message: string;
  author: { name: string; email: string };
}

/** What the branch holds after a successful push: path → blob id of every file written. */
export type Pushed = { commit: string; written: Map<string, string> } | 'moved';

/**
 * Commits the change on top of the fetched head (the first commit of an orphan branch when it has none)
 * and pushes it. 'moved': someone pushed meanwhile; fetch again and merge. Never a force push.
 */
export async function commitAndPush(deps: GitDeps, data: DataBranch, change: BranchChange): Promise<Pushed> {
  const { fs } = data;
  const files = new Map(data.files);
  for (const path of change.remove) files.delete(path);
  const written = new Map<string, string>();
  for (const [path, text] of change.write) {
    const oid = await writeBlob({ fs, gitdir: GITDIR, blob: new TextEncoder().encode(text) });
    files.set(path, oid);
    written.set(path, oid);
  }
  const tree = await writeFolder(fs, folderOf(files));
  const commit = await commitOnBranch(fs, { tree, parents: data.head ? [data.head] : [], message: change.message, author: change.author, branch: data.branch });
  if (await pushBranch(deps, fs, data.url, data.branch, data.cache) === 'moved') return 'moved';
  // The copy now knows the branch is at this commit: the next sync fetches nothing unless someone pushed.
  await writeRef({ fs, gitdir: GITDIR, ref: `refs/remotes/origin/${data.branch}`, value: commit, force: true });
  await data.store.flush();
  return { commit, written };
}
