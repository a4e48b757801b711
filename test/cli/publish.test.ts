// `gleaner publish` against git's own HTTP server: the commit holds exactly what `gleaner render` prints.
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { renderBackup } from '../../src/cli/render-backup';
import { cloneBranch, git, headOf } from '../git-server/fixture';
import { PNG, startImageServer, type ImageServer } from '../git-server/image-server';
import { serveBlogRepo } from '../git-server/served';
import { gleaner as runGleaner, type Run } from './memory-io';

// Each test talks to git's own server (a CGI process per request): seconds, not milliseconds, on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

const TOKEN = 'cli-token-42';
const BACKUP = readFileSync(resolve(import.meta.dirname, '../fixtures/reference-backup.json'), 'utf8');
const FILE = '_posts/2025-11-12-newsletter-du-12-novembre-2025.md';
// An empty _posts: the reference issue is not there yet.
const served = serveBlogRepo({ token: TOKEN }, { '_posts/2025-10-01-older.md': '---\ntitle: Older\n---\n' });

function gleaner(argv: string[], env: Record<string, string> = { GLEANER_TOKEN: TOKEN }): Promise<Run> {
  return runGleaner(argv, { 'backup.json': BACKUP }, env);
}

describe('gleaner publish', () => {
  it('pushes a new branch with the rendered file, byte for byte, and prints where', async () => {
    const run = await gleaner(['publish', 'backup.json', '--issue', 'issue-2025-11-12', '--repo', served.url, '--new-branch']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const branch = 'gleaner/2025-11-12-newsletter-du-12-novembre-2025';
    expect(run.stdout).toBe(`Published: ${FILE} on ${branch} (commit ${headOf(served.repo, branch)})\n`);
    const clone = cloneBranch(served.repo, branch);
    const rendered = renderBackup(new TextEncoder().encode(BACKUP), 'issue-2025-11-12');
    expect(rendered.ok && readFileSync(join(clone, FILE), 'utf8')).toBe(rendered.ok && rendered.markdown);
    expect(git(clone, 'log', '-1', '--format=%s')).toBe('Publish Newsletter du 12 Novembre 2025\n');
    rmSync(dirname(clone), { recursive: true, force: true });
  });

  it('to the branch itself, with the author from the environment; then again: already published', async () => {
    const env = { MY_TOKEN: TOKEN, GIT_AUTHOR_NAME: 'Cyril', GIT_AUTHOR_EMAIL: 'c@example.org' };
    const run = await gleaner(['publish', 'backup.json', '--repo', served.url, '--issue', 'issue-2025-11-12', '--token-env', 'MY_TOKEN'], env);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(git(served.repo.bare, 'log', '-1', '--format=%an <%ae>', 'main')).toBe('Cyril <c@example.org>\n');
    const again = await gleaner(['publish', 'backup.json', '--repo', served.url, '--issue', 'issue-2025-11-12', '--token-env', 'MY_TOKEN'], env);
    expect(again.stdout).toMatch(/^Already published: /);
  });

  it('refuses a token in no variable, a wrong token, and never prints the token', async () => {
    expect(await gleaner(['publish', 'backup.json', '--repo', served.url], {})).toMatchObject({ code: 2, stderr: 'gleaner: the environment variable GLEANER_TOKEN holds no access token\n' });
    const wrong = await gleaner(['publish', 'backup.json', '--repo', served.url, '--issue', 'issue-2025-11-12'], { GLEANER_TOKEN: 'sekrit-wrong' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('refused the access token');
    expect(wrong.stderr + wrong.stdout).not.toContain('sekrit-wrong');
  });

  it('--images commits the issue\'s images beside the post; a 50 MB one stops it, nothing pushed', async () => {
    const images: ImageServer = await startImageServer();
    try {
      const withImage = (path: string): Record<string, string> => {
        // The reference issue's own images are on the internet, out of reach here: only the local one stays.
        const file = JSON.parse(BACKUP) as { picks: Array<{ image?: string | null }>; issues: Array<{ id: string; blocks: object[]; frontMatter?: Record<string, unknown> }> };
        for (const pick of file.picks) pick.image = null;
        for (const issue of file.issues) delete issue.frontMatter?.image;
        file.issues.find((issue) => issue.id === 'issue-2025-11-12')!.blocks.push({ type: 'text', markdown: `![A photo](${images.origin}${path})` });
        return { 'backup.json': JSON.stringify(file) };
      };
      const args = ['publish', 'backup.json', '--issue', 'issue-2025-11-12', '--repo', served.url, '--new-branch', '--overwrite', '--images', '--images-dir', 'img/'];
      const before = headOf(served.repo, 'gleaner/2025-11-12-newsletter-du-12-novembre-2025');
      const huge = await runGleaner(args, withImage('/huge.jpg'), { GLEANER_TOKEN: TOKEN });
      expect(huge).toMatchObject({ code: 1, stderr: `gleaner: ${images.origin}/huge.jpg is larger than 10 MB; it was not published\n` });
      expect(headOf(served.repo, 'gleaner/2025-11-12-newsletter-du-12-novembre-2025')).toBe(before);

      const run = await runGleaner(args, withImage('/img/photo.png'), { GLEANER_TOKEN: TOKEN });
      expect(run).toMatchObject({ code: 0, stderr: '' });
      expect(run.stdout).toContain('  with img/2025-11-12-newsletter-du-12-novembre-2025-');
      const clone = cloneBranch(served.repo, 'gleaner/2025-11-12-newsletter-du-12-novembre-2025');
      const post = readFileSync(join(clone, FILE), 'utf8');
      const [, image] = /!\[A photo\]\(\{\{ '\/(img\/[^']+\.png)' \| relative_url \}\}\)/.exec(post)!;
      expect(readFileSync(join(clone, image!))).toEqual(PNG);
      rmSync(dirname(clone), { recursive: true, force: true });
    } finally {
      await images.close();
    }
  });

  it('refuses a URL with credentials in it or not http(s)', async () => {
    const run = await gleaner(['publish', 'backup.json', '--repo', `http://x:${TOKEN}@127.0.0.1/blog.git`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^gleaner: --repo must be an https:\/\/ URL/);
    expect(run.stderr).not.toContain(TOKEN);
  });
});
