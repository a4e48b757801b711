// The repository arguments `gleaner publish` and `gleaner import --repo` share (issue 11): the options,
// their help lines, and the connection and token they make. The token only ever comes from the
// environment: arguments end up in shell history.
import { cleanFolder, DEFAULT_CONNECTION, isAllowedRepoUrl, type GitConnection } from '../git/connection';

export type Env = Readonly<Record<string, string | undefined>>;

/** For node:util parseArgs. */
export const REPO_OPTIONS = {
  repo: { type: 'string' }, branch: { type: 'string' }, posts: { type: 'string' }, 'token-env': { type: 'string' },
} as const;

export interface RepoValues {
  repo?: string;
  branch?: string;
  posts?: string;
  'token-env'?: string;
}

/** The help lines of REPO_OPTIONS; `branch` says what the branch is for in that command. */
export function repoUsage(branch: string, token: string): string {
  return `  --repo URL        the blog's repository (HTTPS clone URL)
  --branch B        ${branch} (default: the remote's default)
  --posts DIR       the posts folder (default: _posts)
  --token-env VAR   the environment variable holding the access token${token} (default: GLEANER_TOKEN)
`;
}

/**
 * The connection the options name, or the command-line problem. Commits are authored by
 * $GIT_AUTHOR_NAME <$GIT_AUTHOR_EMAIL> when set, as git itself does.
 */
export function connectionFrom(values: RepoValues, env: Env): GitConnection | string {
  if (values.repo === undefined) return 'missing --repo URL';
  if (!isAllowedRepoUrl(values.repo)) return '--repo must be an https:// URL without a user name or password';
  return {
    ...DEFAULT_CONNECTION,
    url: values.repo,
    branch: values.branch ?? '',
    postsFolder: cleanFolder(values.posts ?? DEFAULT_CONNECTION.postsFolder),
    authorName: env.GIT_AUTHOR_NAME ?? '',
    authorEmail: env.GIT_AUTHOR_EMAIL ?? '',
  };
}

/** The token from $GLEANER_TOKEN or the variable --token-env names; '' when unset. */
export function tokenFrom(values: RepoValues, env: Env): { variable: string; token: string } {
  const variable = values['token-env'] ?? 'GLEANER_TOKEN';
  return { variable, token: env[variable] ?? '' };
}
