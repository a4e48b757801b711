// The posts folder of the branch, reading only the files whose blob id changed since the last import.
import type { GitConnection, GitDeps } from './connection';
import { GitProblemError } from './problems';
import { listBranches, pickBranch } from './remote';
import { fetchBranch, listFolder, readBlobBytes } from './snapshot';

export interface PostFile {
  /** File name, e.g. `2025-11-12-slug.md` */
  name: string;
  text: string;
}

export interface PostsRead {
  branch: string;
  commit: string;
  /** File name → blob id, for every post on the branch: give it back as `known` next time. */
  blobIds: Record<string, string>;
  /** Only the posts that are new or changed since `known`. */
  changed: PostFile[];
  /** How many posts were skipped because their blob id was known. */
  unchangedCount: number;
}

const POST_FILE = /\.(md|markdown)$/i;

export async function readPosts(
  deps: GitDeps,
  connection: GitConnection,
  known: Readonly<Record<string, string>> = {},
): Promise<PostsRead> {
  const remote = await listBranches(deps, connection.url);
  const branch = pickBranch(connection.branch, remote);
  if (!remote.branches.has(branch)) throw new GitProblemError({ kind: 'missing-branch', branch });
  const snapshot = await fetchBranch(deps, connection.url, branch);
  const entries = await listFolder(snapshot, connection.postsFolder);
  if (entries === null) throw new GitProblemError({ kind: 'folder-missing', folder: connection.postsFolder });
  const decoder = new TextDecoder('utf-8');
  const blobIds: Record<string, string> = {};
  const changed: PostFile[] = [];
  let unchangedCount = 0;
  for (const entry of entries) {
    if (entry.type !== 'blob' || !POST_FILE.test(entry.path)) continue;
    blobIds[entry.path] = entry.oid;
    if (known[entry.path] === entry.oid) {
      unchangedCount += 1;
      continue;
    }
    changed.push({ name: entry.path, text: decoder.decode(await readBlobBytes(snapshot, entry.oid)) });
  }
  return { branch, commit: snapshot.head, blobIds, changed, unchangedCount };
}
