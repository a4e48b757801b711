// One commit on a branch of the local copy, and its push: what publishing an issue and syncing the data
// branch both end with. A push the remote refused because the branch moved comes back as 'moved' (the
// caller builds its commit again on the new head); any other failure is a GitProblemError.
import { push, writeCommit, writeRef, type FsClient } from 'isomorphic-git';
import { authHeaders } from './auth';
import type { GitDeps } from './connection';
import { GitProblemError, toProblem } from './problems';
import { GITDIR } from './snapshot';

export interface CommitRequest {
  tree: string;
  parents: readonly string[];
  message: string;
  author: { name: string; email: string };
  /** The local branch that then points at the commit. */
  branch: string;
}

/** Writes the commit (author and committer alike, now) and points `branch` at it; returns its id. */
export async function commitOnBranch(fs: FsClient, request: CommitRequest): Promise<string> {
  const person = { ...request.author, timestamp: Math.floor(Date.now() / 1000), timezoneOffset: new Date().getTimezoneOffset() };
  const message = request.message.endsWith('\n') ? request.message : `${request.message}\n`;
  const commit = await writeCommit({
    fs, gitdir: GITDIR,
    commit: { message, tree: request.tree, parent: [...request.parents], author: person, committer: person },
  });
  await writeRef({ fs, gitdir: GITDIR, ref: `refs/heads/${request.branch}`, value: commit, force: true });
  return commit;
}

/**
 * Pushes the local `branch` to the remote branch of the same name, never forcing. `cache` is
 * isomorphic-git's pack cache, when the caller keeps one for the copy.
 */
export async function pushBranch(deps: GitDeps, fs: FsClient, url: string, branch: string, cache?: object): Promise<'pushed' | 'moved'> {
  // The server's sideband lines: a pre-receive hook explains a refusal that way.
  const said: string[] = [];
  try {
    const result = await push({
      fs, http: deps.http, gitdir: GITDIR, url, ref: branch, ...(cache && { cache }), remoteRef: `refs/heads/${branch}`,
      headers: authHeaders(deps.token), onMessage: (line) => void said.push(line),
    });
    if (!result.ok) throw Object.assign(new Error(result.error ?? 'push failed'), { code: 'GitPushError', data: { result } });
  } catch (error) {
    const problem = toProblem(error, deps.token, true, said);
    if (problem.kind === 'moved') return 'moved';
    throw new GitProblemError(problem);
  }
  return 'pushed';
}
