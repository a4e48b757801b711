// The posts folder of the blog's repository as past issue files, for `gleaner import --repo` (issue 11):
// the git layer the options page uses (src/git), in memory, with the token from the environment only.
import type { IssueFileInput } from '../core/import/import-report';
import { nodeGitDeps } from '../git/node-deps';
import { describeGitProblem, toProblem } from '../git/problems';
import { readPosts } from '../git/read-posts';
import type { CliIo } from './main';
import { connectionFrom, tokenFrom, type Env, type RepoValues } from './repo-args';

/** The posts (named `POSTS/file.md`), or the exit code once the reason is on stderr. */
export async function readRepoPosts(
  io: CliIo,
  values: RepoValues,
  env: Env,
): Promise<IssueFileInput[] | number> {
  const connection = connectionFrom(values, env);
  if (typeof connection === 'string') {
    io.stderr(`gleaner: ${connection}\n`);
    return 2;
  }
  // A public repository needs no token: an empty one sends no credentials.
  const { token } = tokenFrom(values, env);
  try {
    const read = await readPosts(nodeGitDeps(token), connection);
    io.stderr(`gleaner: read ${read.changed.length} post${read.changed.length === 1 ? '' : 's'} of ${connection.postsFolder || 'the root'} on ${read.branch} (commit ${read.commit.slice(0, 12)})\n`);
    const folder = connection.postsFolder === '' ? '' : `${connection.postsFolder}/`;
    return read.changed.map((post) => ({ name: `${folder}${post.name}`, text: post.text }));
  } catch (error) {
    io.stderr(`gleaner: ${describeGitProblem(toProblem(error, token))}\n`);
    return 1;
  }
}
