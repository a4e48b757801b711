// The repository form in Settings while storage.local changes under it: what the curator is typing
// survives a sync status written by the worker and a connection saved from another tab (issue 11).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, type Harness } from './harness';

let harness: Harness;
let options: Page;

const STORED = {
  url: 'https://git.example.org/cyril/blog.git',
  branch: 'main',
  postsFolder: '_posts',
  imagesFolder: 'assets/img',
  authorName: 'Cyril',
  authorEmail: 'cyril@example.org',
};

interface StorageGlobal {
  chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
}

beforeAll(async () => {
  harness = await launch();
  // Connected earlier (a test cannot answer the host permission prompt: the connection is stored as Connect stores it).
  await harness.worker.evaluate((connection) => (globalThis as unknown as StorageGlobal).chrome.storage.local.set({
    'git.connection': connection, 'git.token': 'ghp_formTestToken1234',
  }), STORED);
  options = await harness.context.newPage();
  await options.goto(harness.extensionUrl('src/options/index.html#settings'));
  await options.getByRole('tab', { name: 'Settings' }).click();
  await options.waitForFunction((url) => document.querySelector<HTMLInputElement>('input[name=url]')?.value === url, STORED.url);
});
afterAll(() => harness?.close());

const field = (label: string): ReturnType<Page['getByLabel']> => options.getByLabel(label, { exact: true });

test('a sync status written by the worker leaves the unsaved form as typed', async () => {
  await field('Commit author name').fill('');
  await field('Commit author name').pressSequentially('Cyril Typing');
  await field('Posts folder').fill('');
  await field('Posts folder').pressSequentially('posts');

  const lastSyncAt = Date.UTC(2026, 11, 1, 9, 30);
  await harness.worker.evaluate((at) => (globalThis as unknown as StorageGlobal).chrome.storage.local.set({
    'sync.status': { state: 'ok', lastSyncAt: at, problem: null, lost: 0, unreadable: 0 },
  }), lastSyncAt);
  // The page has seen this write: its sync panel shows the new time.
  await expect.poll(() => options.getByTestId('sync-status').getAttribute('data-last-sync')).toBe(String(lastSyncAt));

  expect(await options.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('[data-testid=repository-settings] input[type=text]')]
    .map((input) => `${input.name}=${input.value}`))).toEqual([
    `url=${STORED.url}`, 'branch=main', 'postsFolder=posts', 'imagesFolder=assets/img', 'authorName=Cyril Typing', `authorEmail=${STORED.authorEmail}`,
  ]);
});

test('a connection saved from another tab fills only the fields not being edited', async () => {
  const other = await harness.context.newPage();
  await other.goto(harness.extensionUrl('src/options/index.html#settings'));
  await other.evaluate((connection) => (globalThis as unknown as StorageGlobal).chrome.storage.local.set({ 'git.connection': connection }),
    { ...STORED, branch: 'gh-pages', imagesFolder: 'images', authorName: 'Someone else', postsFolder: 'blog/_posts' });
  await other.close();

  // Fields the curator did not touch take the new values…
  await expect.poll(() => field('Images folder').inputValue()).toBe('images');
  // …the ones they are typing in keep their text.
  expect(await options.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('[data-testid=repository-settings] input[type=text]')]
    .map((input) => `${input.name}=${input.value}`))).toEqual([
    `url=${STORED.url}`, 'branch=gh-pages', 'postsFolder=posts', 'imagesFolder=images', 'authorName=Cyril Typing', `authorEmail=${STORED.authorEmail}`,
  ]);
});
