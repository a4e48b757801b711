// A blog repository served by git's own HTTP server for the tests of one file: started before them, stopped
// and removed after. `posts` as for createBlogRepo; `ready` runs once the server is up (a first sync…).
import { afterAll, beforeAll } from 'vitest';
import { createBlogRepo, type BlogRepo } from './fixture';
import { startGitServer, type GitServer } from './server';

export interface ServedRepo {
  repo: BlogRepo;
  server: GitServer;
  /** The repository's clone URL. */
  url: string;
}

export function serveBlogRepo(token: string, posts?: Record<string, string>, ready?: (served: ServedRepo) => Promise<void>): ServedRepo {
  const served = {} as ServedRepo;
  beforeAll(async () => {
    served.repo = createBlogRepo(posts);
    served.server = await startGitServer({ root: served.repo.root, token });
    served.url = `${served.server.origin}${served.repo.path}`;
    await ready?.(served);
  });
  afterAll(async () => {
    await served.server?.close();
    served.repo?.remove();
  });
  return served;
}
