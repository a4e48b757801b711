// Publishing and importing against git's own HTTP server on this machine (test/git-server), in Node with
// memfs: the git layer the options page runs, minus the browser. Timings, never pass/fail.
import { performance } from 'node:perf_hooks';
import { DEFAULT_CONNECTION } from '../src/git/connection';
import { nodeGitDeps } from '../src/git/node-deps';
import { publishFiles } from '../src/git/publish';
import { readPosts } from '../src/git/read-posts';
import { createBlogRepo } from '../test/git-server/fixture';
import { startGitServer } from '../test/git-server/server';
import { summarize, type Summary } from './stats';

export interface GitBenchRun {
  posts: number;
  /** Whole publish of one 30-link issue to a new branch: refs, shallow fetch, commit, push. */
  publish: Summary;
  /** Reading every post of the branch (first import). */
  importAll: Summary;
  /** Reading again with the blob ids of the first run: nothing changed, nothing decoded. */
  importAgain: Summary;
}

function issueText(day: number, links: number): string {
  const items = Array.from({ length: links }, (_, i) =>
    `**🔗 Link ${i} of day ${day} :** Something worth reading, [a phrase that links](https://example.org/${day}/${i}) and a witty line.`);
  return `---\nlayout: post\ntitle: Newsletter ${day}\n---\n\nHello.\n\n### Quoi de neuf ?\n\n${items.join('\n\n')}\n`;
}

function postsOf(count: number): Record<string, string> {
  const posts: Record<string, string> = {};
  for (let day = 0; day < count; day++) {
    const date = new Date(Date.UTC(2021, 0, 1) + day * 7 * 86_400_000).toISOString().slice(0, 10);
    posts[`_posts/${date}-newsletter-${day}.md`] = issueText(day, 30);
  }
  return posts;
}

async function timed(runs: number, run: (i: number) => Promise<unknown>): Promise<Summary> {
  await run(-1);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

export async function benchGit(posts = 250, runs = 7): Promise<GitBenchRun> {
  const repo = createBlogRepo(postsOf(posts));
  const token = 'bench-token';
  const server = await startGitServer({ root: repo.root, token });
  const deps = nodeGitDeps(token);
  const connection = { ...DEFAULT_CONNECTION, url: `${server.origin}${repo.path}` };
  try {
    const bytes = new TextEncoder().encode(issueText(9999, 30));
    const publish = await timed(runs, (i) => publishFiles(deps, connection, {
      files: [{ path: '_posts/2026-12-01-bench.md', bytes }], message: 'Bench', newBranch: `gleaner/bench-${i + 1}`,
    }));
    const first = await readPosts(deps, connection);
    if (first.changed.length !== posts) throw new Error(`read ${first.changed.length} posts of ${posts}`);
    const importAll = await timed(runs, () => readPosts(deps, connection));
    const importAgain = await timed(runs, () => readPosts(deps, connection, first.blobIds));
    return { posts, publish, importAll, importAgain };
  } finally {
    await server.close();
    repo.remove();
  }
}
