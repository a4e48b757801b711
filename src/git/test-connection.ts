// "Test connection": each thing publishing and importing rely on, checked in order, stopping at the first
// that makes the rest meaningless (no point checking folders of a server that cannot be reached).
import type { GitConnection, GitDeps } from './connection';
import { GitProblemError, toProblem, type GitProblem } from './problems';
import { listBranches, pickBranch } from './remote';
import { fetchBranch, listFolder } from './snapshot';

export interface ConnectionReport {
  /** The branch that was checked (the remote's default when none is configured). */
  branch: string | null;
  /** What does not work, most fundamental first; empty when everything does. */
  problems: GitProblem[];
  /** The images folder does not exist yet: the first publish with images creates it. */
  imagesFolderMissing: boolean;
}

export async function testConnection(deps: GitDeps, connection: GitConnection): Promise<ConnectionReport> {
  const problems: GitProblem[] = [];
  const report = (branch: string | null, imagesFolderMissing = false): ConnectionReport => ({ branch, problems, imagesFolderMissing });
  let remote;
  try {
    remote = await listBranches(deps, connection.url);
  } catch (error) {
    problems.push(toProblem(error, deps.token));
    return report(null);
  }
  const branch = pickBranch(connection.branch, remote);
  try {
    await listBranches(deps, connection.url, true);
  } catch (error) {
    problems.push(error instanceof GitProblemError && error.problem.kind === 'wrong-token' ? { kind: 'no-write' } : toProblem(error, deps.token, true));
  }
  if (!remote.branches.has(branch)) {
    problems.push({ kind: 'missing-branch', branch });
    return report(branch);
  }
  const snapshot = await fetchBranch(deps, connection.url, branch);
  if ((await listFolder(snapshot, connection.postsFolder)) === null) problems.push({ kind: 'folder-missing', folder: connection.postsFolder });
  return report(branch, (await listFolder(snapshot, connection.imagesFolder)) === null);
}
