// Commits files on top of a branch and pushes, as one new commit. If the branch moved meanwhile (someone
// else pushed), the commit is made again on the new head and pushed again: nobody's commit is lost, no
// force push ever. A file that exists with other content is left alone unless the caller says overwrite.
import { hashBlob, writeBlob } from 'isomorphic-git';
import { commitOnBranch, pushBranch } from './commit';
import type { GitConnection, GitDeps } from './connection';
import { GitProblemError } from './problems';
import { listBranches, pickBranch } from './remote';
import { blobIdAt, fetchBranch, GITDIR, type Snapshot } from './snapshot';
import { placeBlobs } from './tree-edit';

export interface FileToPublish {
  path: string;
  bytes: Uint8Array;
}

export interface PublishRequest {
  files: readonly FileToPublish[];
  message: string;
  /** Push to this branch (created from the connection's branch if missing) instead of that branch itself. */
  newBranch?: string;
  /** Replace files of the same path that differ (only after the curator said so). */
  overwrite?: boolean;
}

export interface PublishResult {
  /** The commit now at the tip of `branch` that holds the files. */
  commit: string;
  /** The branch pushed to. */
  branch: string;
  /** The branch it starts from (the pull request's base). */
  baseBranch: string;
  /** True when every file was already there, byte for byte: nothing was pushed. */
  unchanged: boolean;
}

/** Retries after the remote moved; more would mean a busy branch that a person should look at. */
const MAX_ATTEMPTS = 3;

async function commitOnTop(snapshot: Snapshot, connection: GitConnection, request: PublishRequest, target: string): Promise<string | null> {
  const { fs } = snapshot;
  const blobs = [];
  for (const file of request.files) {
    const { oid } = await hashBlob({ object: file.bytes });
    const existing = await blobIdAt(snapshot, file.path);
    if (existing === oid) continue;
    if (existing !== null && request.overwrite !== true) throw new GitProblemError({ kind: 'file-exists', path: file.path });
    blobs.push({ path: file.path, oid: await writeBlob({ fs, gitdir: GITDIR, blob: file.bytes }) });
  }
  if (blobs.length === 0) return null;
  const tree = await placeBlobs(fs, snapshot.tree, blobs);
  return commitOnBranch(fs, {
    tree, parents: [snapshot.head], message: request.message, branch: target,
    author: { name: connection.authorName || 'Gleaner', email: connection.authorEmail || 'gleaner@users.noreply.invalid' },
  });
}

async function attempt(deps: GitDeps, connection: GitConnection, request: PublishRequest): Promise<PublishResult | 'moved'> {
  // The push service's ref list: it also tells whether the token may write (403 otherwise).
  const remote = await listBranches(deps, connection.url, true);
  const baseBranch = pickBranch(connection.branch, remote);
  if (!remote.branches.has(baseBranch)) throw new GitProblemError({ kind: 'missing-branch', branch: baseBranch });
  const target = request.newBranch ?? baseBranch;
  // Publishing again to an existing gleaner/… branch builds on it rather than on the base.
  const snapshot = await fetchBranch(deps, connection.url, remote.branches.has(target) ? target : baseBranch);
  const commit = await commitOnTop(snapshot, connection, request, target);
  if (commit === null && remote.branches.has(target)) return { commit: snapshot.head, branch: target, baseBranch, unchanged: true };
  if (commit === null) return { commit: snapshot.head, branch: baseBranch, baseBranch, unchanged: true };
  if (await pushBranch(deps, snapshot.fs, connection.url, target) === 'moved') return 'moved';
  return { commit, branch: target, baseBranch, unchanged: false };
}

export async function publishFiles(deps: GitDeps, connection: GitConnection, request: PublishRequest): Promise<PublishResult> {
  for (let tries = 1; tries <= MAX_ATTEMPTS; tries += 1) {
    const result = await attempt(deps, connection, request);
    if (result !== 'moved') return result;
  }
  throw new GitProblemError({ kind: 'moved' });
}
