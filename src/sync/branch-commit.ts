// One commit on the data branch and its push (docs/sync.md, "A sync", step 4). The new files are hashed
// and deflated once, into one pack that is both sent to the server and kept in the local copy: writing
// thousands of loose objects and letting isomorphic-git's push read and pack them again was most of a
// first sync. Folders nothing changed under keep their tree as it is.
import { readObject, writeObject, writeRef, writeTree, type FsClient, type TreeEntry } from 'isomorphic-git';
import { commitOnBranch } from '../git/commit';
import type { GitDeps } from '../git/connection';
import { buildPack, gitObject, type GitObject } from '../git/pack';
import { sendPack } from '../git/send-pack';
import { GITDIR } from '../git/snapshot';
import type { DataBranch } from './data-branch';

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

/** Up to this many new objects are kept as loose files; more go into the copy as the pack just sent. */
const LOOSE_LIMIT = 32;

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

/** `a/b/c.json` → `''`, `a/`, `a/b/`: the folders whose tree changes when that file does. */
function foldersAbove(path: string): string[] {
  const parts = path.split('/').slice(0, -1);
  return ['', ...parts.map((_, index) => `${parts.slice(0, index + 1).join('/')}/`)];
}

interface TreeWriter {
  fs: FsClient;
  /** The branch's trees before the change (folder path → id). */
  before: ReadonlyMap<string, string>;
  /** Folders with a file written or removed somewhere below them. */
  dirty: ReadonlySet<string>;
  /** Trees written now: what the push must send. */
  written: string[];
}

async function writeFolder(writer: TreeWriter, folder: Folder, prefix: string): Promise<string> {
  const kept = writer.before.get(prefix);
  if (kept !== undefined && !writer.dirty.has(prefix)) return kept;
  const tree: TreeEntry[] = [...folder.files].map(([path, oid]) => ({ mode: '100644', path, oid, type: 'blob' }));
  for (const [path, inside] of folder.folders) tree.push({ mode: '040000', path, oid: await writeFolder(writer, inside, `${prefix}${path}/`), type: 'tree' });
  const oid = await writeTree({ fs: writer.fs, gitdir: GITDIR, tree });
  if (kept !== oid) writer.written.push(oid);
  return oid;
}

async function readBack(data: DataBranch, type: 'tree' | 'commit', oid: string): Promise<GitObject> {
  const { object } = await readObject({ fs: data.fs, cache: data.cache, gitdir: GITDIR, oid, format: 'content' });
  return { type, oid, content: object as Uint8Array };
}

/** Puts the new blobs in the copy: a few as loose files, many as the pack (and its index) the push sends. */
async function keep(data: DataBranch, blobs: readonly GitObject[], pack: { pack: Uint8Array; index: Uint8Array; checksum: string }): Promise<void> {
  const { fs } = data;
  if (blobs.length <= LOOSE_LIMIT) {
    for (const blob of blobs) await writeObject({ fs, gitdir: GITDIR, type: 'blob', object: blob.content });
    return;
  }
  const folder = `${GITDIR}/objects/pack`;
  await fs.promises.mkdir(folder).catch(() => undefined);
  // The pack first: isomorphic-git finds a pack by its index, which must not point at a missing file.
  await fs.promises.writeFile(`${folder}/pack-${pack.checksum}.pack`, pack.pack);
  await fs.promises.writeFile(`${folder}/pack-${pack.checksum}.idx`, pack.index);
}

/**
 * Commits the change on top of the fetched head (the first commit of an orphan branch when it has none)
 * and pushes it. 'moved': someone pushed meanwhile (the server refuses an update from another commit
 * than the one it has); fetch again and merge. Never a force push.
 */
export async function commitAndPush(deps: GitDeps, data: DataBranch, change: BranchChange): Promise<Pushed> {
  const { fs } = data;
  const files = new Map(data.files);
  const dirty = new Set<string>();
  for (const path of change.remove) {
    files.delete(path);
    for (const folder of foldersAbove(path)) dirty.add(folder);
  }
  const written = new Map<string, string>();
  const blobs: GitObject[] = [];
  for (const [path, text] of change.write) {
    const blob = await gitObject('blob', new TextEncoder().encode(text));
    blobs.push(blob);
    files.set(path, blob.oid);
    written.set(path, blob.oid);
    for (const folder of foldersAbove(path)) dirty.add(folder);
  }
  const writer: TreeWriter = { fs, before: data.trees, dirty, written: [] };
  const tree = await writeFolder(writer, folderOf(files), '');
  const commit = await commitOnBranch(fs, { tree, parents: data.head ? [data.head] : [], message: change.message, author: change.author, branch: data.branch });
  const objects = [...blobs, ...await Promise.all(writer.written.map((oid) => readBack(data, 'tree', oid))), await readBack(data, 'commit', commit)];
  const pack = await buildPack(objects);
  await keep(data, blobs, pack);
  const update = { url: data.url, ref: `refs/heads/${data.branch}`, from: data.head, to: commit, capabilities: data.capabilities };
  if (await sendPack(deps, update, pack.pack) === 'moved') return 'moved';
  // The copy now knows the branch is at this commit: the next sync fetches nothing unless someone pushed.
  await writeRef({ fs, gitdir: GITDIR, ref: `refs/remotes/origin/${data.branch}`, value: commit, force: true });
  await data.store.flush();
  return { commit, written };
}
