// Connect to the blog's repository and publish drafts, in Chromium, against git's own HTTP server
// (test/git-server). Uses the test build (dist/chrome-test, `npm run build:chrome-test`): it lists
// http://127.0.0.1/* in host_permissions because a headless browser cannot answer the permission prompt.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Issue } from '../../src/core/types';
import { cloneBranch, createBlogRepo, git, headOf, protectBranch, pushFromElsewhere, unprotect, type BlogRepo } from '../git-server/fixture';
import { PNG, startImageServer, type ImageServer } from '../git-server/image-server';
import { startGitServer, type GitServer } from '../git-server/server';
import { openPopupFor, readStore } from './capture-helpers';
import { launch, type Harness } from './harness';

const TOKEN = 'ghp_e2eTokenValue9876';

interface StorageGlobal {
  chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };
}
const TEST_DIST = resolve(process.env.GLEANER_TEST_OUT_DIR ?? 'dist/chrome-test');
let repo: BlogRepo;
let server: GitServer;
let harness: Harness;
let options: Page;
let images: ImageServer;

async function capture(path: string, blurb: string): Promise<void> {
  const article = await harness.context.newPage();
  await article.goto(`${harness.origin}${path}`);
  const popup = await openPopupFor(harness, article);
  await popup.getByLabel('Blurb').fill(blurb);
  await popup.close();
  await article.close();
}

beforeAll(async () => {
  repo = createBlogRepo();
  server = await startGitServer({ root: repo.root, token: TOKEN });
  images = await startImageServer();
  harness = await launch({
    '/restic': { title: 'Database backups, dump files and restic' },
    '/dtop': { title: 'Docker monitoring for your terminal' },
    '/talos': { title: 'Talos Linux' },
  }, { dist: TEST_DIST });
  await capture('/restic', 'Before, [a dump a day], now restic.');
  await capture('/dtop', 'A TUI in Rust, [a fresh terminal].');
  await capture('/talos', 'An OS for [Kubernetes only].');
  options = await harness.context.newPage();
  await options.goto(harness.extensionUrl('src/options/index.html#settings'));
});
afterAll(async () => {
  await harness?.close();
  await server?.close();
  await images?.close();
  repo?.remove();
});

const status = (): ReturnType<Page['getByTestId']> => options.getByTestId('repo-status');
const publishStatus = (): ReturnType<Page['getByTestId']> => options.getByTestId('publish-status');

async function connect(token: string): Promise<void> {
  await options.getByRole('tab', { name: 'Settings' }).click();
  await options.getByLabel('Repository URL (HTTPS)').fill(`${server.origin}${repo.path}`);
  await options.getByLabel('Commit author name').fill('Cyril');
  await options.getByLabel('Commit author e-mail').fill('cyril@example.org');
  await options.getByLabel('Access token').fill(token);
  await options.getByRole('button', { name: 'Connect', exact: true }).click();
}

async function addToDraft(title: string): Promise<void> {
  await options.getByRole('tab', { name: 'Compose' }).click();
  await options.getByTestId('inbox-item').filter({ hasText: title }).locator('[data-action=add]').click();
  await options.getByTestId('preview-rendered').getByText(title).waitFor();
}

async function download(): Promise<{ name: string; text: string }> {
  const downloading = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Download .md' }).click();
  const file = await downloading;
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

async function publish(mode: 'branch' | 'direct'): Promise<void> {
  await options.getByRole('combobox', { name: 'Where to publish' }).selectOption(mode);
  await options.getByRole('button', { name: 'Publish to repository' }).click();
}

const issues = (): Promise<Issue[]> => readStore<Issue>(harness, 'issues');

test('a wrong token is named as such, and nothing else is claimed', async () => {
  await connect('ghp_wrong');
  await expect.poll(() => status().textContent()).toContain('The server refused the access token');
});

test('connect: the connection test passes and the token is never shown again', async () => {
  await connect(TOKEN);
  await expect.poll(() => status().textContent(), { timeout: 20_000 }).toContain('Everything works: branch main, posts in _posts');
  expect(await options.getByLabel('Access token').inputValue()).toBe('');
  expect(await options.getByLabel('Access token').getAttribute('placeholder')).toContain('••••9876');
  expect(await options.content()).not.toContain(TOKEN);
});

test('import the posts of the branch into the archive; a second import reads nothing again', async () => {
  await options.getByRole('button', { name: 'Import posts' }).click();
  await expect.poll(() => options.getByTestId('repo-import').textContent(), { timeout: 30_000 })
    .toBe('Imported 2 new issues and updated 0 from main; 0 were already in the archive.');
  const names = (await issues()).map((issue) => issue.fileName).filter(Boolean).sort();
  expect(names).toEqual(['2025-11-05-newsletter-du-5-novembre-2025.md', '2025-11-12-newsletter-du-12-novembre-2025.md']);
  await options.getByRole('button', { name: 'Import posts' }).click();
  await expect.poll(() => options.getByTestId('repo-import').textContent(), { timeout: 30_000 })
    .toBe('Imported 0 new issues and updated 0 from main; 2 were already in the archive.');
});

test('publish to a new branch: the clone holds the downloaded bytes and Jekyll builds it', async () => {
  await addToDraft('Database backups, dump files and restic');
  const downloaded = await download();
  await publish('branch');
  await expect.poll(() => publishStatus().textContent(), { timeout: 30_000 }).toContain(`Published _posts/${downloaded.name}`);
  const branch = `gleaner/${downloaded.name.replace(/\.md$/, '')}`;
  const commit = headOf(repo, branch);
  expect(await publishStatus().locator('[data-commit]').getAttribute('data-commit')).toBe(commit);
  const clone = cloneBranch(repo, branch);
  expect(readFileSync(join(clone, '_posts', downloaded.name), 'utf8')).toBe(downloaded.text);
  execFileSync('jekyll', ['build', '--quiet', '--source', clone, '--destination', join(clone, '_site')], { stdio: 'pipe' });
  const [, year, month, day] = /^(\d{4})-(\d{2})-(\d{2})-/.exec(downloaded.name)!;
  const slug = downloaded.name.slice(11, -3);
  const html = readFileSync(join(clone, '_site', year!, month!, day!, slug, 'index.html'), 'utf8');
  expect(html).toContain('a dump a day</a>');
  // Every link of the post is a link of the built page.
  const links = [...downloaded.text.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((match) => match[1]!);
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) expect(html).toContain(`href="${link.replaceAll('&', '&amp;')}"`);
  rmSync(dirname(clone), { recursive: true, force: true });
  // The draft went to the archive with the commit and the path.
  await expect.poll(async () => (await issues()).find((issue) => issue.publishedCommit === commit)?.publishedPath).toBe(`_posts/${downloaded.name}`);
});

test('a protected branch or a server gone mid-push: a clear message, the draft stays and publishes later', async () => {
  await addToDraft('Docker monitoring for your terminal');
  const draftsBefore = (await issues()).filter((issue) => issue.status === 'draft');
  protectBranch(repo, 'main');
  await publish('direct');
  await expect.poll(() => publishStatus().textContent(), { timeout: 30_000 }).toContain('The server refused the push');
  expect(await publishStatus().textContent()).toContain('main is protected');
  unprotect(repo);

  server.breakPushes(true);
  await publish('direct');
  await expect.poll(() => publishStatus().textContent(), { timeout: 30_000 }).toContain('cannot be reached');
  server.breakPushes(false);
  expect((await issues()).filter((issue) => issue.status === 'draft')).toEqual(draftsBefore);

  // Meanwhile someone else pushed to main: publishing goes on top, their commit stays.
  const theirs = pushFromElsewhere(repo, 'main', { 'about.md': 'About us\n' });
  await publish('direct');
  await expect.poll(() => publishStatus().textContent(), { timeout: 30_000 }).toMatch(/^Published _posts\/.* on main/);
  const head = headOf(repo, 'main')!;
  expect(git(repo.bare, 'merge-base', '--is-ancestor', theirs, head)).toBe('');
});

test('publish with images: a 50 MB one is refused and nothing changes; then each image is committed and the post points at it', async () => {
  await addToDraft('Talos Linux');
  // A title of its own: the file name (and the branch) differ from the issues published above.
  await options.getByLabel('Issue title').fill('Avec images');
  await options.getByRole('button', { name: 'Add text' }).click();
  const text = options.getByRole('textbox', { name: 'Text (Markdown)' }).last();
  await text.fill(`![A huge photo](${images.origin}/huge.jpg)`);
  await options.getByTestId('preview-rendered').locator('img[alt="A huge photo"]').waitFor();
  const draftsBefore = (await issues()).filter((issue) => issue.status === 'draft');
  await options.getByLabel(/Include images/).check();
  await publish('branch');
  await expect.poll(() => publishStatus().textContent(), { timeout: 30_000 })
    .toContain(`${images.origin}/huge.jpg is larger than 10 MB and was not published.`);
  expect(images.sent('/huge.jpg')).toBeLessThan(50_000_000);
  expect((await issues()).filter((issue) => issue.status === 'draft')).toEqual(draftsBefore);
  const { name } = await download();
  const branch = `gleaner/${name.replace(/\.md$/, '')}`;
  expect(headOf(repo, branch)).toBeNull();

  // The curator picks a smaller image: published, with the image beside the post.
  await text.fill(`![A photo](${images.origin}/img/talos.png)`);
  await options.getByTestId('preview-rendered').locator('img[alt="A photo"]').waitFor();
  const downloaded = await download();
  await publish('branch');
  await expect.poll(() => publishStatus().textContent(), { timeout: 30_000 }).toContain(`Published _posts/${downloaded.name}`);
  const image = `assets/img/${downloaded.name.replace(/\.md$/, '')}-1.png`;
  const clone = cloneBranch(repo, branch);
  expect(readFileSync(join(clone, image))).toEqual(PNG);
  expect(readFileSync(join(clone, '_posts', downloaded.name), 'utf8'))
    .toBe(downloaded.text.replace(`](${images.origin}/img/talos.png)`, `]({{ '/${image}' | relative_url }})`));
  execFileSync('jekyll', ['build', '--quiet', '--source', clone, '--destination', join(clone, '_site')], { stdio: 'pipe' });
  const [, year, month, day] = /^(\d{4})-(\d{2})-(\d{2})-/.exec(downloaded.name)!;
  const html = readFileSync(join(clone, '_site', year!, month!, day!, downloaded.name.slice(11, -3), 'index.html'), 'utf8');
  expect(html).toContain(`src="/${image}"`);
  expect(readFileSync(join(clone, '_site', image))).toEqual(PNG);
  rmSync(dirname(clone), { recursive: true, force: true });
});

test('a token that stopped working, then a post of that name changed in the repository: nothing lost, nothing replaced without asking', async () => {
  await options.getByRole('tab', { name: 'Compose' }).click();
  await options.getByRole('button', { name: 'Add text' }).click();
  await options.getByRole('textbox', { name: 'Text (Markdown)' }).last().fill('Written by hand, [with a link](https://example.org/).');
  await options.getByLabel('Issue title').fill('Already there');
  await options.getByTestId('preview-rendered').getByText('with a link').waitFor();
  const downloaded = await download();
  const draftsBefore = (await issues()).filter((issue) => issue.status === 'draft');

  // The token was revoked: the curator connects with another one that the server refuses.
  await connect('ghp_revoked0000');
  await expect.poll(() => status().textContent()).toContain('The server refused the access token');
  await options.getByRole('tab', { name: 'Compose' }).click();
  await publish('direct');
  await expect.poll(() => publishStatus().textContent(), { timeout: 30_000 }).toContain('The server refused the access token');
  expect((await issues()).filter((issue) => issue.status === 'draft')).toEqual(draftsBefore);

  // A good token again; meanwhile someone committed a post of the same name with other words.
  await connect(TOKEN);
  await expect.poll(() => status().textContent(), { timeout: 20_000 }).toContain('Everything works');
  const path = `_posts/${downloaded.name}`;
  const theirs = pushFromElsewhere(repo, 'main', { [path]: 'Someone else wrote this post.\n' });
  await options.getByRole('tab', { name: 'Compose' }).click();
  await publish('direct');
  await expect.poll(() => publishStatus().textContent(), { timeout: 30_000 })
    .toContain(`${path} already exists in the repository with other content. Nothing was changed.`);
  expect(headOf(repo, 'main')).toBe(theirs);
  expect((await issues()).filter((issue) => issue.status === 'draft')).toEqual(draftsBefore);

  // Asked, the curator replaces it: their post, on top of the other commit.
  await publishStatus().getByRole('button', { name: 'Replace the file in the repository' }).click();
  await expect.poll(() => publishStatus().textContent(), { timeout: 30_000 }).toContain(`Published ${path} on main`);
  const head = headOf(repo, 'main')!;
  expect(git(repo.bare, 'rev-parse', `${head}~1`).trim()).toBe(theirs);
  expect(git(repo.bare, 'show', `${head}:${path}`)).toBe(downloaded.text);
  await expect.poll(async () => (await issues()).find((issue) => issue.publishedCommit === head)?.publishedPath).toBe(path);
});

test('a keystroke typed just before the click is in the published file', async () => {
  await options.getByRole('tab', { name: 'Compose' }).click();
  await options.getByLabel('Issue title').fill('Typed at the click');
  await options.getByRole('button', { name: 'Add text' }).click();
  const text = options.getByRole('textbox', { name: 'Text (Markdown)' }).last();
  await text.fill('Shown on screen.');
  await options.getByTestId('preview-rendered').getByText('Shown on screen.').waitFor();
  await options.getByRole('combobox', { name: 'Where to publish' }).selectOption('direct');
  // The last keystroke and the click in one task: the preview (rendered after a pause) still shows the old text.
  // The title too: the commit's message names the title in the file, not the one the page last read.
  const box = await text.elementHandle();
  const titleBox = await options.getByLabel('Issue title').elementHandle();
  const button = await options.getByRole('button', { name: 'Publish to repository' }).elementHandle();
  const shown = await options.evaluate(([area, titleInput, publishButton]) => {
    const field = area as HTMLTextAreaElement;
    field.value = 'Shown on screen. And the last word.';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    const title = titleInput as HTMLInputElement;
    title.value = 'Typed at the click, retitled';
    title.dispatchEvent(new Event('input', { bubbles: true }));
    (publishButton as HTMLButtonElement).click();
    return document.querySelector('[data-testid="preview-rendered"]')?.textContent ?? '';
  }, [box, titleBox, button] as const);
  expect(shown).not.toContain('the last word');
  await expect.poll(() => publishStatus().textContent(), { timeout: 30_000 }).toMatch(/^Published _posts\/\S+ on main/);
  const path = /^Published (_posts\/\S+) on main/.exec((await publishStatus().textContent())!)![1]!;
  expect(git(repo.bare, 'show', `main:${path}`)).toContain('Shown on screen. And the last word.');
  expect(git(repo.bare, 'show', `main:${path}`)).toContain('title: Typed at the click, retitled');
  expect(git(repo.bare, 'log', '-1', '--format=%s', 'main').trim()).toBe('Publish Typed at the click, retitled');
});

test('Disconnect forgets the token and the connection; publishing is no longer offered', async () => {
  await options.getByRole('tab', { name: 'Settings' }).click();
  await options.getByRole('button', { name: 'Disconnect' }).click();
  await expect.poll(() => status().textContent()).toContain('Disconnected: the token and the access to the site are forgotten.');
  const stored = await harness.worker.evaluate(() => (globalThis as unknown as StorageGlobal).chrome.storage.local.get(null));
  expect(Object.keys(stored).filter((key) => key.startsWith('git.'))).toEqual([]);
  expect(JSON.stringify(stored)).not.toContain(TOKEN);
  expect(await options.getByLabel('Repository URL (HTTPS)').inputValue()).toBe('');
  await options.getByRole('tab', { name: 'Compose' }).click();
  await options.getByRole('button', { name: 'Download .md' }).waitFor();
  expect(await options.getByTestId('publish-repo').count()).toBe(0);
});
