// One blog repository served by git's own HTTP server for a whole test file: created before the first
// test, removed after the last. The git layer's, the sync's and the CLI's tests share this set-up.
import { afterAll, beforeAll } from 'vitest';
import { GitProblemError } from '../../src/git/problems';
import { createBlogRepo, type BlogRepo } from './fixture';
import { startGitServer, type GitServer, type GitServerOptions } from './server';

export interface ServedRepo {
  repo: BlogRepo;
  server: GitServer;
  /** The repository's clone URL on the server. */
  url: string;
}

/** Registers the file's beforeAll/afterAll; the fields are there from the first test on. */
export function serveBlogRepo(options: Omit<GitServerOptions, 'root'>, posts?: Record<string, string>): ServedRepo {
  const served = {} as ServedRepo;
  beforeAll(async () => {
    served.repo = createBlogRepo(posts);
    served.server = await startGitServer({ ...options, root: served.repo.root });
    served.url = `${served.server.origin}${served.repo.path}`;
  });
  afterAll(async () => {
    await served.server?.close();
    served.repo?.remove();
  });
  return served;
}

/** The kind of GitProblemError a promise rejects with (fails if it resolves or throws anything else). */
export async function problemOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GitProblemError) return error.problem.kind;
    throw error;
  }
  throw new Error('expected a GitProblemError');
}
