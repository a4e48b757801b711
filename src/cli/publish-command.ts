// `gleaner publish BACKUP.json --issue ID --repo URL [--branch B] [--new-branch] [--posts DIR]
// [--token-env VAR] [--overwrite] [--images [--images-dir DIR]]`: commits an issue of a backup to the blog's repository, the same file the
// options page publishes. The token only ever comes from the environment: arguments end up in shell history.
import { parseArgs } from 'node:util';
import { issueFileName } from '../core/file-name';
import { echo } from '../core/limits';
import { titleText } from '../core/issue-title';
import { publishBranchName, publishMessage, pullRequestUrl } from '../core/pull-request-url';
import { cleanFolder, DEFAULT_CONNECTION } from '../git/connection';
import { nodeGitDeps } from '../git/node-deps';
import { describeGitProblem, toProblem } from '../git/problems';
import { publishFiles } from '../git/publish';
import { withIssueImages } from '../git/publish-images';
import type { CliIo } from './main';
import { reason } from './output';
import { renderBackup } from './render-backup';
import { connectionFrom, REPO_OPTIONS, repoUsage, tokenFrom, type Env } from './repo-args';

export const PUBLISH_USAGE = `Usage: gleaner publish BACKUP.json --repo URL [--issue ID] [--branch B] [--new-branch]
                       [--posts DIR] [--token-env VAR] [--overwrite] [--images [--images-dir DIR]]

Commits the issue's Markdown (exactly what the options page downloads) to POSTS/YYYY-MM-DD-slug.md.

Options:
${repoUsage('the branch to publish to, or to start the new branch from', '')}  --issue ID        the issue to publish (default: the most recently updated draft)
  --new-branch      push to a new branch gleaner/YYYY-MM-DD-slug and print the pull request link
  --overwrite       replace a post (or image) of the same name that has other content
  --images          fetch the issue's images (10 MB each at most), commit them beside the post and
                    point the post at them
  --images-dir DIR  where the images go (default: assets/img)
Commits are authored by $GIT_AUTHOR_NAME <$GIT_AUTHOR_EMAIL> when set.
`;

export async function publishCommand(argv: readonly string[], io: CliIo, env: Env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        ...REPO_OPTIONS, issue: { type: 'string' }, 'new-branch': { type: 'boolean' }, overwrite: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
        images: { type: 'boolean' }, 'images-dir': { type: 'string' },
      },
    });
  } catch (error) {
    io.stderr(`gleaner: ${reason(error)}\n\n${PUBLISH_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(PUBLISH_USAGE);
    return 0;
  }
  const connection = connectionFrom(values, env);
  const backupPath = positionals[0];
  const problem = backupPath === undefined ? 'publish needs the path of a backup file'
    : positionals.length > 1 ? `unexpected argument "${echo(positionals[1] ?? '')}"`
    : typeof connection === 'string' ? connection : null;
  if (problem !== null || typeof connection === 'string') {
    io.stderr(`gleaner: ${problem}\n\n${PUBLISH_USAGE}`);
    return 2;
  }
  const { variable, token } = tokenFrom(values, env);
  if (token === '') {
    io.stderr(`gleaner: the environment variable ${variable} holds no access token\n`);
    return 2;
  }

  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(backupPath!);
  } catch (error) {
    io.stderr(`gleaner: cannot read ${echo(backupPath!)}: ${reason(error)}\n`);
    return 1;
  }
  const rendered = renderBackup(bytes, values.issue);
  if (!rendered.ok) {
    io.stderr(`gleaner: ${echo(backupPath!)}: ${rendered.message}\n`);
    return 1;
  }
  const fileName = issueFileName(rendered.issue);
  const path = `${connection.postsFolder}/${fileName}`;
  try {
    // As in the options page: images fetched before any git work, so a bad one stops it all.
    const imagesFolder = cleanFolder(values['images-dir'] ?? DEFAULT_CONNECTION.imagesFolder);
    const { markdown, images } = values.images === true
      ? await withIssueImages(rendered.markdown, fileName, imagesFolder, { fetch })
      : { markdown: rendered.markdown, images: [] };
    const result = await publishFiles(nodeGitDeps(token), connection, {
      files: [{ path, bytes: new TextEncoder().encode(markdown) }, ...images],
      message: publishMessage(titleText(rendered.issue.frontMatter), fileName),
      ...(values['new-branch'] && { newBranch: publishBranchName(fileName) }),
      overwrite: values.overwrite === true,
    });
    const verb = result.unchanged ? 'Already published' : 'Published';
    io.stdout(`${verb}: ${path} on ${result.branch} (commit ${result.commit})\n`);
    for (const image of images) io.stdout(`  with ${image.path}\n`);
    const link = result.branch === result.baseBranch ? null : pullRequestUrl(connection.url, result.baseBranch, result.branch);
    if (link !== null) io.stdout(`Open a pull request: ${link}\n`);
    return 0;
  } catch (error) {
    io.stderr(`gleaner: ${describeGitProblem(toProblem(error, token, true))}\n`);
    return 1;
  }
}
