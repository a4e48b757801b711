// `gleaner import --repo URL` (issue 11): the posts folder of the blog's branch, read over git from git's own
// HTTP server, through the same importer as files: a backup Restore accepts, each post byte for byte.
import { describe, expect, test, vi } from 'vitest';
import { parseBackup } from '../../src/core/backup-format';
import { FIXTURE_POSTS } from '../git-server/fixture';
import { serveBlogRepo } from '../git-server/served';
import { gleaner } from './memory-io';

// Each test talks to git's own server (a CGI process per request): seconds, not milliseconds, on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

const TOKEN = 'import-token-42';
const served = serveBlogRepo({ token: TOKEN }, { ...FIXTURE_POSTS, '_posts/notes.txt': 'not a post', 'drafts/2025-12-01-wip.md': '---\ntitle: WIP\n---\n' });
const POSTS = Object.entries(FIXTURE_POSTS).map(([path, text]) => ({ name: path.slice('_posts/'.length), text }));

describe('gleaner import --repo', () => {
  test('imports every post of the branch; rendered back, each is its file byte for byte; again: unchanged', async () => {
    const run = await gleaner(['import', '--repo', served.url, '--out', 'b.json'], {}, { GLEANER_TOKEN: TOKEN });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^gleaner: read 2 posts of _posts on main \(commit [0-9a-f]{12}\)\n/);
    expect(run.stderr).toContain('imported  _posts/2025-11-12-newsletter-du-12-novembre-2025.md "Newsletter du 12 Novembre 2025" (2025-11-12), 12 links\n');
    expect(run.stderr).toContain('\ngleaner: 2 imported, 0 updated, 0 unchanged, 0 skipped → b.json\n');
    const backup = run.written.get('b.json')!;
    expect(parseBackup(backup).ok).toBe(true);

    const rendered = await gleaner(['render', 'b.json', '--all', '--out-dir', '_posts'], { 'b.json': backup });
    expect(rendered.code).toBe(0);
    for (const post of POSTS) expect(rendered.written.get(`_posts/${post.name}`)).toBe(post.text);

    const again = await gleaner(['import', '--repo', served.url, '--into', 'b.json', '--out', 'c.json'], { 'b.json': backup }, { GLEANER_TOKEN: TOKEN });
    expect(again.stderr).toContain('gleaner: 0 imported, 0 updated, 2 unchanged, 0 skipped');
  });

  test('--posts, --branch and --token-env choose where to read and which variable holds the token', async () => {
    const run = await gleaner(['import', '--repo', served.url, '--branch', 'main', '--posts', 'drafts', '--token-env', 'BLOG_TOKEN', '--out', 'd.json'], {}, { BLOG_TOKEN: TOKEN });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('imported  drafts/2025-12-01-wip.md "WIP" (2025-12-01), 0 links');
  });

  test('says what is wrong in one line, never with the token: a refused token, no such branch or folder', async () => {
    const wrong = await gleaner(['import', '--repo', served.url, '--out', 'b.json'], {}, { GLEANER_TOKEN: 'sekrit-wrong' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/^gleaner: .*refused the access token.*\n$/);
    expect(wrong.stderr).not.toContain('sekrit-wrong');
    const branch = await gleaner(['import', '--repo', served.url, '--branch', 'nope', '--out', 'b.json'], {}, { GLEANER_TOKEN: TOKEN });
    expect(branch).toMatchObject({ code: 1, stderr: 'gleaner: the repository has no branch "nope"\n' });
    const folder = await gleaner(['import', '--repo', served.url, '--posts', 'posts', '--out', 'b.json'], {}, { GLEANER_TOKEN: TOKEN });
    expect(folder).toMatchObject({ code: 1, stderr: 'gleaner: the branch has no folder "posts"\n' });
    for (const run of [wrong, branch, folder]) expect(run.written.size).toBe(0);
  });

  test('a URL with credentials in it is refused without a word of them', async () => {
    const run = await gleaner(['import', '--repo', `http://x:${TOKEN}@127.0.0.1/blog.git`, '--out', 'b.json'], {}, {});
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^gleaner: --repo must be an https:\/\/ URL/);
    expect(run.stderr).not.toContain(TOKEN);
  });
});
