// The git layer against git's own smart-HTTP server (test/git-server), not a mock.
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONNECTION, type GitConnection } from '../../src/git/connection';
import { nodeGitDeps } from '../../src/git/node-deps';
import { GitProblemError } from '../../src/git/problems';
import { publishFiles } from '../../src/git/publish';
import { readPosts } from '../../src/git/read-posts';
import { testConnection } from '../../src/git/test-connection';
import { cloneBranch, FIXTURE_POSTS, git, headOf, protectBranch, pushFromElsewhere, type BlogRepo } from '../git-server/fixture';
import { problemOf, serveBlogRepo } from '../git-server/served';
import type { GitServer } from '../git-server/server';

// Each test talks to git's own server (a CGI process per request): seconds, not milliseconds, on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

const TOKEN = 'ghp_test-token-1234';
const READ_ONLY = 'ghp_read-only';
let repo: BlogRepo;
let server: GitServer;
let connection: GitConnection;
const deps = nodeGitDeps(TOKEN);
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

const served = serveBlogRepo({ token: TOKEN, readOnlyToken: READ_ONLY });
beforeAll(() => {
  ({ repo, server } = served);
  connection = { ...DEFAULT_CONNECTION, url: served.url, authorName: 'Cyril', authorEmail: 'cyril@example.org' };
});


describe('testConnection', () => {
  it('finds nothing wrong with a good token, the default branch and _posts', async () => {
    expect(await testConnection(deps, connection)).toEqual({ branch: 'main', problems: [], imagesFolderMissing: false });
  });
  it('names each thing that does not work', async () => {
    const report = await testConnection(deps, { ...connection, branch: 'gh-pages' });
    expect(report.problems).toEqual([{ kind: 'missing-branch', branch: 'gh-pages' }]);
    expect((await testConnection(deps, { ...connection, postsFolder: 'posts' })).problems).toEqual([{ kind: 'folder-missing', folder: 'posts' }]);
    expect((await testConnection(nodeGitDeps('wrong'), connection)).problems).toEqual([{ kind: 'wrong-token' }]);
    expect((await testConnection(nodeGitDeps(READ_ONLY), connection)).problems).toEqual([{ kind: 'no-write' }]);
    expect((await testConnection(deps, { ...connection, url: 'http://127.0.0.1:9/blog.git' })).problems).toEqual([{ kind: 'unreachable' }]);
  });
  it('never puts the token in a message', async () => {
    const wrong = nodeGitDeps('secret-token-xyz');
    try {
      await publishFiles(wrong, connection, { files: [], message: 'x' });
    } catch (error) {
      expect(String((error as Error).message)).not.toContain('secret-token-xyz');
    }
  });
});

describe('readPosts', () => {
  it('reads every post, then only the changed ones', async () => {
    const first = await readPosts(deps, connection);
    expect(first.changed.map((post) => post.name).sort()).toEqual(Object.keys(FIXTURE_POSTS).map((path) => path.slice('_posts/'.length)).sort());
    expect(first.changed.find((post) => post.name.startsWith('2025-11-12'))?.text).toBe(FIXTURE_POSTS['_posts/2025-11-12-newsletter-du-12-novembre-2025.md']);
    const again = await readPosts(deps, connection, first.blobIds);
    expect(again.changed).toEqual([]);
    expect(again.unchangedCount).toBe(2);
    pushFromElsewhere(repo, 'main', { '_posts/2025-11-05-newsletter-du-5-novembre-2025.md': '---\ntitle: Changed\n---\n' });
    const third = await readPosts(deps, connection, first.blobIds);
    expect(third.changed).toEqual([{ name: '2025-11-05-newsletter-du-5-novembre-2025.md', text: '---\ntitle: Changed\n---\n' }]);
  });
});

describe('publishFiles', () => {
  let protectedBranch = false;
  beforeEach(() => { protectedBranch = false; });
  afterEach(() => { if (protectedBranch) rmSync(join(repo.bare, 'hooks', 'pre-receive'), { force: true }); });

  it('pushes a new branch holding exactly the bytes given, on top of main', async () => {
    const text = '---\ntitle: Une issue\n---\n\nÉté 🌞\n';
    const result = await publishFiles(deps, connection, { files: [{ path: '_posts/2025-12-01-une-issue.md', bytes: bytes(text) }], message: 'Publish', newBranch: 'gleaner/2025-12-01-une-issue' });
    expect(result).toMatchObject({ branch: 'gleaner/2025-12-01-une-issue', baseBranch: 'main', unchanged: false });
    expect(headOf(repo, 'gleaner/2025-12-01-une-issue')).toBe(result.commit);
    const clone = cloneBranch(repo, 'gleaner/2025-12-01-une-issue');
    expect(readFileSync(join(clone, '_posts/2025-12-01-une-issue.md'), 'utf8')).toBe(text);
    expect(git(clone, 'log', '-1', '--format=%an <%ae>|%s')).toBe('Cyril <cyril@example.org>|Publish\n');
    expect(git(clone, 'rev-parse', 'HEAD~1').trim()).toBe(headOf(repo, 'main'));
    rmSync(dirname(clone), { recursive: true, force: true });
  });

  it('a push to a new branch uploads the new file, not the whole site', async () => {
    const big = new Uint8Array(200_000).map(() => Math.floor(Math.random() * 256));
    await publishFiles(deps, connection, { files: [{ path: 'assets/img/big.bin', bytes: big }], message: 'Big file' });
    await publishFiles(deps, connection, { files: [{ path: '_posts/2025-12-06-small.md', bytes: bytes('small\n') }], message: 'S', newBranch: 'gleaner/small' });
    expect(server.lastPushBytes()).toBeLessThan(5_000);
  });

  it('publishing the same bytes again pushes nothing; other bytes are refused unless overwrite', async () => {
    const path = '_posts/2025-12-02-deux.md';
    const first = await publishFiles(deps, connection, { files: [{ path, bytes: bytes('one\n') }], message: 'A' });
    const same = await publishFiles(deps, connection, { files: [{ path, bytes: bytes('one\n') }], message: 'A' });
    expect(same).toMatchObject({ unchanged: true, commit: first.commit });
    expect(await problemOf(publishFiles(deps, connection, { files: [{ path, bytes: bytes('two\n') }], message: 'B' }))).toBe('file-exists');
    expect(headOf(repo, 'main')).toBe(first.commit);
    const replaced = await publishFiles(deps, connection, { files: [{ path, bytes: bytes('two\n') }], message: 'B', overwrite: true });
    expect(headOf(repo, 'main')).toBe(replaced.commit);
  });

  it('keeps the commit someone else pushed meanwhile', async () => {
    const theirs = pushFromElsewhere(repo, 'main', { 'about.md': 'About\n' });
    const result = await publishFiles(deps, connection, { files: [{ path: '_posts/2025-12-03-trois.md', bytes: bytes('3\n') }], message: 'C' });
    expect(git(repo.bare, 'merge-base', '--is-ancestor', theirs, result.commit)).toBe('');
  });

  it('retries on top when the branch moves between fetch and push', async () => {
    let raced = false;
    const racing = {
      ...deps,
      http: {
        async request(request: Parameters<typeof deps.http.request>[0]) {
          if (!raced && request.method === 'POST' && request.url.endsWith('/git-receive-pack')) {
            raced = true;
            pushFromElsewhere(repo, 'main', { 'race.md': 'raced\n' });
          }
          return deps.http.request(request);
        },
      },
    };
    const result = await publishFiles(racing, connection, { files: [{ path: '_posts/2025-12-04-quatre.md', bytes: bytes('4\n') }], message: 'D' });
    expect(raced).toBe(true);
    const clone = cloneBranch(repo, 'main');
    expect(readFileSync(join(clone, 'race.md'), 'utf8')).toBe('raced\n');
    expect(readFileSync(join(clone, '_posts/2025-12-04-quatre.md'), 'utf8')).toBe('4\n');
    expect(git(clone, 'rev-parse', 'HEAD').trim()).toBe(result.commit);
    rmSync(dirname(clone), { recursive: true, force: true });
  });

  it('says the server refused a push to a protected branch, and pushes nothing', async () => {
    protectBranch(repo, 'main');
    protectedBranch = true;
    const before = headOf(repo, 'main');
    const error = await publishFiles(deps, connection, { files: [{ path: '_posts/2025-12-05-cinq.md', bytes: bytes('5\n') }], message: 'E' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitProblemError);
    expect((error as GitProblemError).problem.kind).toBe('refused');
    expect((error as GitProblemError).message).toContain('main is protected');
    expect(headOf(repo, 'main')).toBe(before);
  });

  it('names the problem for a wrong token, a read-only token, a missing branch, a server that is down', async () => {
    const file = { files: [{ path: '_posts/x.md', bytes: bytes('x') }], message: 'x' };
    expect(await problemOf(publishFiles(nodeGitDeps('nope'), connection, file))).toBe('wrong-token');
    expect(await problemOf(publishFiles(nodeGitDeps(READ_ONLY), connection, file))).toBe('no-write');
    expect(await problemOf(publishFiles(deps, { ...connection, branch: 'nope' }, file))).toBe('missing-branch');
    expect(await problemOf(publishFiles(deps, { ...connection, url: 'http://127.0.0.1:9/blog.git' }, file))).toBe('unreachable');
  });
});
