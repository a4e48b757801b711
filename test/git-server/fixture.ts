// A bare repository holding a small Jekyll blog (the shape of the curator's GitHub Pages site), made with
// the real git CLI, plus helpers to look at what the code under test pushed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const FIXTURE_POSTS: Record<string, string> = {
  '_posts/2025-11-05-newsletter-du-5-novembre-2025.md':
    '---\nlayout: post\ntitle: Newsletter du 5 Novembre 2025\ntags: [devops]\n---\n\nBonjour !\n\n### Quoi de neuf ?\n\n' +
    '**🐧 Linux :** [un noyau tout neuf](https://kernel.org/) pour la semaine.\n',
  '_posts/2025-11-12-newsletter-du-12-novembre-2025.md':
    readFileSync(new URL('../fixtures/2025-11-12-newsletter-du-12-novembre-2025.md', import.meta.url), 'utf8'),
};

const SITE: Record<string, string> = {
  '_config.yml': 'title: RudeOps\nmarkdown: kramdown\npermalink: /:year/:month/:day/:title/\nexclude: [README.md]\n',
  '_layouts/default.html': '<!doctype html>\n<html><head><meta charset="utf-8"><title>{{ page.title }}</title></head>\n' +
    '<body>{{ content }}</body></html>\n',
  '_layouts/post.html': '---\nlayout: default\n---\n<article><h1>{{ page.title }}</h1>{{ content }}</article>\n',
  'index.md': '---\nlayout: default\n---\n{% for post in site.posts %}- [{{ post.title }}]({{ post.url }})\n{% endfor %}\n',
  'assets/img/.gitkeep': '',
  'README.md': 'The blog.\n',
};

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Fixture', GIT_AUTHOR_EMAIL: 'fixture@example.org',
  GIT_COMMITTER_NAME: 'Fixture', GIT_COMMITTER_EMAIL: 'fixture@example.org',
  GIT_CONFIG_NOSYSTEM: '1', HOME: tmpdir(),
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function writeTree(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

export interface BlogRepo {
  /** Folder to serve (GIT_PROJECT_ROOT). */
  root: string;
  /** The bare repository itself. */
  bare: string;
  /** URL path of the repository on the server. */
  path: string;
  remove(): void;
}

/** A fresh `blog.git` (default branch `main`) with the site and `posts` (defaults: the two fixture posts). */
export function createBlogRepo(posts: Record<string, string> = FIXTURE_POSTS): BlogRepo {
  const root = mkdtempSync(join(tmpdir(), 'gleaner-git-'));
  const bare = join(root, 'blog.git');
  const work = join(root, 'seed');
  git(root, 'init', '-q', '--bare', '-b', 'main', bare);
  git(root, 'init', '-q', '-b', 'main', work);
  writeTree(work, { ...SITE, ...posts });
  git(work, 'add', '-A');
  git(work, 'commit', '-q', '-m', 'The blog');
  git(work, 'push', '-q', bare, 'main');
  rmSync(work, { recursive: true, force: true });
  return { root, bare, path: '/blog.git', remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** A clone of `branch` by the real git CLI (no auth: straight from the bare folder). */
export function cloneBranch(repo: BlogRepo, branch: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gleaner-clone-'));
  git(dir, 'clone', '-q', '--branch', branch, repo.bare, 'site');
  return join(dir, 'site');
}

/** Someone else pushes a commit to `branch` (a second curator, a CI bot). */
export function pushFromElsewhere(repo: BlogRepo, branch: string, files: Record<string, string>): string {
  const dir = cloneBranch(repo, branch);
  writeTree(dir, files);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'Someone else');
  git(dir, 'push', '-q', 'origin', branch);
  const head = git(dir, 'rev-parse', 'HEAD').trim();
  rmSync(dirname(dir), { recursive: true, force: true });
  return head;
}

/** A pre-receive hook that refuses every push to `branch`, as a protected branch does. */
export function protectBranch(repo: BlogRepo, branch: string): void {
  const hook = join(repo.bare, 'hooks', 'pre-receive');
  writeFileSync(hook, `#!/bin/sh\nwhile read old new ref; do\n  if [ "$ref" = "refs/heads/${branch}" ]; then\n` +
    `    echo "GL-HOOK-ERR: ${branch} is protected" >&2; exit 1\n  fi\ndone\n`, { mode: 0o755 });
}

export function unprotect(repo: BlogRepo): void {
  rmSync(join(repo.bare, 'hooks', 'pre-receive'), { force: true });
}

export function headOf(repo: BlogRepo, branch: string): string | null {
  try {
    return git(repo.bare, 'rev-parse', '--verify', '-q', `refs/heads/${branch}`).trim();
  } catch {
    return null;
  }
}
