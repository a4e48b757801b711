// `gleaner render --repo URL [--branch gleaner-data] [--issue ID] [--out FILE] [--token-env VAR]`: renders an
// issue straight from the sync data branch (docs/sync.md), so a blog's CI builds the current draft with no
// export step. The branch's records become a backup in memory and go through `renderBackup`: one renderer.
import { parseArgs } from 'node:util';
import { toBackupFile } from '../core/backup-format';
import { readState, rowsOfState } from '../core/sync/state';
import { isAllowedRepoUrl } from '../git/connection';
import { nodeGitDeps } from '../git/node-deps';
import { describeGitProblem, toProblem } from '../git/problems';
import { openDataBranch, readText } from '../sync/data-branch';
import type { CliIo } from './main';
import { outFile, reason, writeOutput } from './output';
import { renderBackup } from './render-backup';

export const RENDER_REPO_USAGE = `Usage: gleaner render --repo URL [--branch B] [--issue ID] [--out FILE] [--token-env VAR]

Prints the Markdown of an issue read from Gleaner's sync data branch of the repository.

Options:
  --repo URL        the blog's repository (HTTPS clone URL)
  --branch B        the data branch (default: gleaner-data)
  --issue ID        the issue to render (default: the most recently updated draft)
  --out FILE        write the Markdown to FILE instead of standard output
  --token-env VAR   the environment variable holding an access token, if the repository needs one
                    (default: GLEANER_TOKEN; none for a public repository)
`;

type Env = Readonly<Record<string, string | undefined>>;

export async function renderRepoCommand(argv: readonly string[], io: CliIo, env: Env): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        repo: { type: 'string' }, branch: { type: 'string' }, issue: { type: 'string' }, out: { type: 'string' },
        'token-env': { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    io.stderr(`gleaner: ${reason(error)}\n\n${RENDER_REPO_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout(RENDER_REPO_USAGE);
    return 0;
  }
  if (values.repo === undefined || !isAllowedRepoUrl(values.repo)) {
    io.stderr(`gleaner: --repo must be an https:// URL without a user name or password\n\n${RENDER_REPO_USAGE}`);
    return 2;
  }
  const token = env[values['token-env'] ?? 'GLEANER_TOKEN'] ?? '';
  const branch = values.branch ?? 'gleaner-data';
  let files: [string, string][];
  try {
    const data = await openDataBranch(nodeGitDeps(token), values.repo, branch, false);
    if (data.head === null) {
      io.stderr(`gleaner: the repository has no branch "${branch}": turn sync on in Gleaner first\n`);
      return 1;
    }
    files = [];
    for (const [path, oid] of data.files) if (path.endsWith('.json')) files.push([path, await readText(data, oid)]);
  } catch (error) {
    io.stderr(`gleaner: ${describeGitProblem(toProblem(error, token))}\n`);
    return 1;
  }
  const { state, problems } = readState(files);
  for (const problem of problems) io.stderr(`gleaner: warning: ${branch}:${problem.path} was skipped: ${problem.message}\n`);
  const backup = toBackupFile(rowsOfState(state), new Date().toISOString());
  const result = renderBackup(new TextEncoder().encode(JSON.stringify(backup)), values.issue);
  if (!result.ok) {
    io.stderr(`gleaner: ${branch}: ${result.message}\n`);
    return 1;
  }
  return writeOutput(io, outFile(values.out), result.markdown);
}
