// What the options page does with the blog's repository. Loaded only by dynamic import (load-actions.ts):
// isomorphic-git, pako, LightningFS and buffer weigh ~80 KiB gzip and have no business in any other page.
import '../../git/buffer-global';
import { publishBranchName, publishMessage, pullRequestUrl } from '../../core/pull-request-url';
import { browserGitDeps } from '../../git/browser-deps';
import type { GitConnection } from '../../git/connection';
import { toProblem, type GitProblem } from '../../git/problems';
import { publishFiles, type PublishResult } from '../../git/publish';
import { withIssueImages } from '../../git/publish-images';
import { testConnection, type ConnectionReport } from '../../git/test-connection';
import { importIssueFiles, type ImportReport } from '../../db/import-issues';
import { readPosts } from '../../git/read-posts';
import { loadImportedBlobs, loadToken, saveImportedBlobs } from '../../platform/repository-store';

export type GitOutcome<T> = { ok: true; value: T } | { ok: false; problem: GitProblem };

async function outcome<T>(token: string, writing: boolean, run: () => Promise<T>): Promise<GitOutcome<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, problem: toProblem(error, token, writing) };
  }
}

export async function checkConnection(connection: GitConnection): Promise<GitOutcome<ConnectionReport>> {
  const token = await loadToken();
  return outcome(token, false, () => testConnection(browserGitDeps(token), connection));
}

export interface PublishIssueRequest {
  fileName: string;
  /** Exactly what Download gives. */
  markdown: string;
  title: string;
  newBranch: boolean;
  overwrite: boolean;
  /** Fetch the issue's images, commit them under the images folder and point the post at them. */
  images: boolean;
}

export interface PublishedIssue extends PublishResult {
  path: string;
  /** Where to open the pull request, on a known host, in new-branch mode. */
  pullRequest: string | null;
}

export async function publishIssueFile(connection: GitConnection, request: PublishIssueRequest): Promise<GitOutcome<PublishedIssue>> {
  const token = await loadToken();
  const path = connection.postsFolder === '' ? request.fileName : `${connection.postsFolder}/${request.fileName}`;
  return outcome(token, true, async () => {
    // Fetched before any git work: an image that cannot be had (too large, gone) stops here, nothing pushed.
    const { markdown, images } = request.images
      ? await withIssueImages(request.markdown, request.fileName, connection.imagesFolder, { fetch: (url, init) => fetch(url, init) })
      : { markdown: request.markdown, images: [] };
    const result = await publishFiles(browserGitDeps(token), connection, {
      files: [{ path, bytes: new TextEncoder().encode(markdown) }, ...images],
      message: publishMessage(request.title, request.fileName),
      ...(request.newBranch && { newBranch: publishBranchName(request.fileName) }),
      overwrite: request.overwrite,
    });
    const pullRequest = result.branch === result.baseBranch ? null : pullRequestUrl(connection.url, result.baseBranch, result.branch);
    return { ...result, path, pullRequest };
  });
}

export interface RepositoryImport {
  branch: string;
  report: ImportReport;
  /** Posts not read at all: their blob id is the one imported last time. */
  notRead: number;
}

/** Imports the posts of the branch into the archive, reading only those changed since the last import. */
export async function importFromRepository(connection: GitConnection): Promise<GitOutcome<RepositoryImport>> {
  const token = await loadToken();
  return outcome(token, false, async () => {
    const read = await readPosts(browserGitDeps(token), connection, await loadImportedBlobs());
    const report = await importIssueFiles(read.changed);
    // A skipped file (a draft of that name is open, the disk was full) is read again next time.
    const skipped = new Set(report.files.filter((file) => file.status === 'skipped').map((file) => file.name));
    await saveImportedBlobs(Object.fromEntries(Object.entries(read.blobIds).filter(([name]) => !skipped.has(name))));
    return { branch: read.branch, report, notRead: read.unchangedCount };
  });
}
