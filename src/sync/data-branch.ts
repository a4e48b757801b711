// The data branch over git (docs/sync.md): list its files with their blob ids, read the few that changed,
// and push one commit that replaces or removes files. Built on the git layer (src/git): the same shallow
// fetch into a fresh fs, the same up-front token, the same problems in the curator's words.
import { hashBlob, init, push, readBlob, readTree, writeBlob, writeCommit, writeRef, writeTree, type FsClient, type TreeEntry } from 'isomorphic-git';
import { authHeaders } from '../git/auth';
import type { GitDeps } from '../git/connection';
import { GitProblemError, toProblem } from '../git/problems';
import { listBranches } from '../git/remote';
import { fetchBranch, GITDIR } from '../git/snapshot';

export interface DataBranch {
  url: string;
  branch: string;
  /** The commit the branch points to; null while the branch does not exist yet. */
  head: string | null;
  /** Every file of the branch: path → blob id. */
  files: Map<string, string>;
  fs: FsClient;
}

async function listTree(fs: FsClient, oid: string, prefix: string, into: Map<string, string>): Promise<void> {
  const { tree } = await readTree({ fs, gitdir: GITDIR, oid });
  for (const entry of tree) {
    if (entry.type === 'tree') await listTree(fs, entry.oid, `${prefix}${entry.path}/`, into);
    else if (entry.type === 'blob') into.set(`${prefix}${entry.path}`, entry.oid);
  }
}

/**
 * Fetches the branch (one shallow clone) and lists its files; an absent branch is an empty one.
 * `forPush` asks the push service, which also says whether the token may write (403) before any work.
 */
export async function openDataBranch(deps: GitDeps, url: string, branch: string, forPush = true): Promise<DataBranch> {
  const remote = await listBranches(deps, url, forPush);
  if (!remote.branches.has(branch)) {
    const fs = deps.newFs();
    await init({ fs, gitdir: GITDIR, bare: true, defaultBranch: branch });
    return { url, branch, head: null, files: new Map(), fs };
  }
  const snapshot = await fetchBranch(deps, url, branch);
  const files = new Map<string, string>();
  await listTree(snapshot.fs, snapshot.tree, '', files);
  return { url, branch, head: snapshot.head, files, fs: snapshot.fs };
}

export async function readText(data: DataBranch, oid: string): Promise<string> {
  const { blob } = await readBlob({ fs: data.fs, gitdir: GITDIR, oid });
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
  const person = { ...change.author, timestamp: Math.floor(Date.now() / 1000), timezoneOffset: new Date().getTimezoneOffset() };
  const commit = await writeCommit({
    fs, gitdir: GITDIR,
    commit: { message: `${change.message}\n`, tree, parent: data.head ? [data.head] : [], author: person, committer: person },
  });
  await writeRef({ fs, gitdir: GITDIR, ref: `refs/heads/${data.branch}`, value: commit, force: true });
  const said: string[] = [];
  try {
    const result = await push({
      fs, http: deps.http, gitdir: GITDIR, url: data.url, ref: data.branch, remoteRef: `refs/heads/${data.branch}`,
      headers: authHeaders(deps.token), onMessage: (line) => void said.push(line),
    });
    if (!result.ok) throw Object.assign(new Error(result.error ?? 'push failed'), { code: 'GitPushError', data: { result } });
  } catch (error) {
    const problem = toProblem(error, deps.token, true, said);
    if (problem.kind === 'moved') return 'moved';
    throw new GitProblemError(problem);
  }
  return { commit, written };
}
