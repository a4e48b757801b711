// Everything that can go wrong talking to the repository, as kinds the curator can act on. The options
// page translates a kind (gitProblem_* messages), the CLI prints describeGitProblem's English.
import { redact } from './auth';

export type GitProblem =
  | { kind: 'unreachable' }
  | { kind: 'wrong-token' }
  | { kind: 'not-found' }
  | { kind: 'missing-branch'; branch: string }
  | { kind: 'no-write' }
  | { kind: 'folder-missing'; folder: string }
  | { kind: 'file-exists'; path: string }
  | { kind: 'refused'; detail: string }
  | { kind: 'moved' }
  | { kind: 'too-large'; name: string; limitMb: number }
  | { kind: 'image-unavailable'; url: string; detail: string }
  | { kind: 'unknown'; detail: string };

/** A failed git operation whose cause is known; its message is safe to show (no token). */
export class GitProblemError extends Error {
  constructor(readonly problem: GitProblem) {
    super(describeGitProblem(problem));
    this.name = 'GitProblemError';
  }
}

interface IsoGitError {
  code?: string;
  message?: string;
  data?: { statusCode?: number; reason?: string; result?: { refs?: Record<string, { ok: boolean; error: string }> } };
}

function statusOf(error: IsoGitError): number | undefined {
  return error.code === 'HttpError' ? error.data?.statusCode : undefined;
}

/**
 * The problem behind an error thrown while reading (`writing` false) or pushing. `remoteLines` are the
 * server's sideband messages (a pre-receive hook's explanation comes that way).
 */
export function toProblem(error: unknown, token: string, writing = false, remoteLines: readonly string[] = []): GitProblem {
  if (error instanceof GitProblemError) return error.problem;
  const failure = (typeof error === 'object' && error !== null ? error : {}) as IsoGitError;
  const status = statusOf(failure);
  if (status === 401 || (status === 403 && !writing)) return { kind: 'wrong-token' };
  if (status === 403) return { kind: 'no-write' };
  if (status === 404) return { kind: 'not-found' };
  if (failure.code === 'PushRejectedError') return { kind: 'moved' };
  if (failure.code === 'GitPushError') {
    const refErrors = Object.values(failure.data?.result?.refs ?? {}).filter((ref) => !ref.ok).map((ref) => ref.error);
    const said = remoteLines.map((line) => line.trim()).filter((line) => line !== '').join(' ');
    // The ref moved under the push: a plain non-fast-forward, or git's lock check when it moved mid-push
    // (or was created meanwhile: the first push of a new branch says the reference already exists).
    if ([said, ...refErrors].some((text) => /fast-forward|fetch first|stale info|but expected|reference already exists/i.test(text))) return { kind: 'moved' };
    return { kind: 'refused', detail: redact([said, ...refErrors].filter((text) => text !== '').join(' — '), token) };
  }
  // fetch() rejects with a TypeError when nothing answers; node:http with ECONNREFUSED / ENOTFOUND / ECONNRESET.
  const message = failure.message ?? String(error);
  if (error instanceof TypeError || /ECONN|ENOTFOUND|EAI_AGAIN|socket hang up|network|Failed to fetch/i.test(message)) {
    return { kind: 'unreachable' };
  }
  return { kind: 'unknown', detail: redact(message, token) };
}

/** One English sentence, for the command line and logs. */
export function describeGitProblem(problem: GitProblem): string {
  switch (problem.kind) {
    case 'unreachable': return 'the repository\'s server cannot be reached: check the URL and your connection';
    case 'wrong-token': return 'the server refused the access token (401/403): check that it is right and not expired';
    case 'not-found': return 'no repository at this URL (404): check the URL, or that the token can see the repository';
    case 'missing-branch': return `the repository has no branch "${problem.branch}"`;
    case 'no-write': return 'the token can read the repository but not push to it: give it write access';
    case 'folder-missing': return `the branch has no folder "${problem.folder}"`;
    case 'file-exists': return `${problem.path} already exists in the repository with other content; it was not overwritten`;
    case 'refused': return `the server refused the push${problem.detail === '' ? '' : `: ${problem.detail}`} (is the branch protected?)`;
    case 'moved': return 'the branch kept moving while publishing; try again';
    case 'too-large': return `${problem.name} is larger than ${problem.limitMb} MB; it was not published`;
    case 'image-unavailable': return `the image ${problem.url} could not be fetched (${problem.detail}); nothing was published`;
    case 'unknown': return `git failed: ${problem.detail}`;
  }
}
