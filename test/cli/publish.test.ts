// `gleaner publish` against git's own HTTP server: the commit holds exactly what `gleaner render` prints.
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderBackup } from '../../src/cli/render-backup';
import { cloneBranch, git, headOf } from '../git-server/fixture';
import { serveBlogRepo } from '../git-server/served';
import { gleaner as runGleaner, type Run } from './memory-io';

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

  it('refuses a URL with credentials in it or not http(s)', async () => {
    const run = await gleaner(['publish', 'backup.json', '--repo', `http://x:${TOKEN}@127.0.0.1/blog.git`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^gleaner: --repo must be an https:\/\/ URL/);
    expect(run.stderr).not.toContain(TOKEN);
  });
});
