// What the server says before any object moves: its branches, its default branch, and whether the token
// may push. One request each (protocol v1 lists every ref).
import { getRemoteInfo2 } from 'isomorphic-git';
import { authHeaders } from './auth';
import type { GitDeps } from './connection';
import { GitProblemError, toProblem } from './problems';

export interface RemoteBranches {
  /** Branch name → commit id. */
  branches: ReadonlyMap<string, string>;
  /** The branch HEAD points to, if the server says. */
  defaultBranch: string | null;
  /** What the server's service supports (`report-status`, `side-band-64k`…). */
  capabilities: ReadonlySet<string>;
}

const HEADS = 'refs/heads/';

/** Lists the branches; `forPush` asks the push service, which answers 403 to a token without write access. */
export async function listBranches(deps: GitDeps, url: string, forPush = false): Promise<RemoteBranches> {
  let info;
  try {
    info = await getRemoteInfo2({ http: deps.http, url, headers: authHeaders(deps.token), forPush, protocolVersion: 1 });
  } catch (error) {
    throw new GitProblemError(toProblem(error, deps.token, forPush));
  }
  const branches = new Map<string, string>();
  let defaultBranch: string | null = null;
  for (const ref of info.refs ?? []) {
    if (ref.ref.startsWith(HEADS)) branches.set(ref.ref.slice(HEADS.length), ref.oid);
    if (ref.ref === 'HEAD' && ref.target?.startsWith(HEADS)) defaultBranch = ref.target.slice(HEADS.length);
  }
  return { branches, defaultBranch, capabilities: new Set(Object.keys(info.capabilities)) };
}

/** The branch to use: the one configured, else the remote's default (else `main`, else the only one). */
export function pickBranch(configured: string, remote: RemoteBranches): string {
  if (configured !== '') return configured;
  if (remote.defaultBranch !== null) return remote.defaultBranch;
  if (remote.branches.has('main')) return 'main';
  return [...remote.branches.keys()][0] ?? 'main';
}
