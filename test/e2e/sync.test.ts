// Two real Chromium profiles with the built extension (test build: dist/chrome-test, which may reach
// 127.0.0.1), both connected to one repository served by git's own http-backend, syncing through its
// data branch (docs/sync.md). Each step is what a curator does: the popup, Settings, "Sync now".
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Pick } from '../../src/core/types';
import { cloneBranch, createBlogRepo, type BlogRepo } from '../git-server/fixture';
import { startGitServer, type GitServer } from '../git-server/server';
import { openPopupFor, readStore } from './capture-helpers';
import { launch, type Harness } from './harness';

const TOKEN = 'ghp_syncE2eToken4321';
const TEST_DIST = resolve(process.env.GLEANER_TEST_OUT_DIR ?? 'dist/chrome-test');
const PAGES = { '/restic': { title: 'Database backups and restic' }, '/talos': { title: 'Talos Linux' } };
let repo: BlogRepo;
let server: GitServer;

interface Device {
  harness: Harness;
  options: Page;
}
let a: Device;
let b: Device;

async function device(name: string): Promise<Device> {
  const harness = await launch(PAGES, { dist: TEST_DIST });
  const options = await harness.context.newPage();
  await options.goto(harness.extensionUrl('src/options/index.html#settings'));
  await options.getByRole('tab', { name: 'Settings' }).click();
  await options.getByLabel('Repository URL (HTTPS)').fill(`${server.origin}${repo.path}`);
  await options.getByLabel('Commit author name').fill(name);
  await options.getByLabel('Commit author e-mail').fill(`${name.toLowerCase()}@example.org`);
  await options.getByLabel('Access token').fill(TOKEN);
  await options.getByRole('button', { name: 'Connect', exact: true }).click();
  await options.getByTestId('repo-status').getByText(/works|ok/i).first().waitFor().catch(() => undefined);
  await options.getByLabel("This device's name").fill(name);
  await options.getByLabel("This device's name").blur();
  await options.getByLabel('Sync this browser through the repository').check();
  return { harness, options };
}

/** Clicks "Sync now" and waits for a sync that ends after the click (the status carries its time). */
async function syncNow(on: Device): Promise<void> {
  const status = on.options.getByTestId('sync-status');
  await on.options.getByRole('button', { name: 'Sync now' }).click();
  const clicked = Date.now();
  await on.options.waitForFunction((after) => {
    const last = Number(document.querySelector('[data-testid=sync-status]')?.getAttribute('data-last-sync') || 0);
    return last >= after;
  }, clicked - 50, { timeout: 30_000 });
  await expect.poll(async () => (await status.textContent()) ?? '').toMatch(/Pending changes: 0/);
}

/** Both devices browse the same pages: A's test server (each harness starts its own on another port). */
async function capture(on: Device, path: string, blurb: string): Promise<void> {
  const article = await on.harness.context.newPage();
  await article.goto(`${a.harness.origin}${path}`);
  const popup = await openPopupFor(on.harness, article);
  await popup.getByLabel('Blurb').fill(blurb);
  await popup.close();
  await article.close();
}

async function picks(on: Device): Promise<Pick[]> {
  return readStore<Pick>(on.harness, 'picks');
}

beforeAll(async () => {
  repo = createBlogRepo();
  server = await startGitServer({ root: repo.root, token: TOKEN });
  a = await device('Laptop');
  b = await device('Desktop');
});
afterAll(async () => {
  await a?.harness.close();
  await b?.harness.close();
  await server?.close();
  repo?.remove();
});

test('a capture in A appears in B after B syncs; the branch holds one file per record', async () => {
  await capture(a, '/restic', 'Before, [a dump a day], now restic.');
  await syncNow(a);
  await syncNow(b);
  expect((await picks(b)).map((pick) => pick.blurb)).toEqual(['Before, [a dump a day], now restic.']);
  const [pick] = await picks(a);
  expect((await picks(b))[0]!.id).toBe(pick!.id);
  expect(readdirSync(join(cloneBranch(repo, 'gleaner-data'), 'picks'))).toEqual([`${pick!.id}.json`]);
});

test('the same blurb edited on both: the later edit wins on both, the other text is in the pick\'s history', async () => {
  // Both offline from each other: sync off while each edits, so neither sees the other's text first.
  for (const on of [a, b]) await on.options.getByLabel('Sync this browser through the repository').uncheck();
  await capture(a, '/restic', 'Edited on the laptop.');
  await capture(b, '/restic', 'Edited on the desktop, later.');
  for (const on of [a, b]) await on.options.getByLabel('Sync this browser through the repository').check();
  await syncNow(a);
  await syncNow(b);
  await syncNow(a);
  for (const on of [a, b]) {
    const all = await picks(on);
    expect(all.map((pick) => [pick.blurb, pick.history?.map((entry) => entry.blurb)])).toEqual([
      ['Edited on the desktop, later.', ['Edited on the laptop.']],
    ]);
  }
});

test('a wrong token stops sync with a visible message, and the change waits', async () => {
  await b.options.getByLabel('Access token').fill('wrong-token');
  await b.options.getByRole('button', { name: 'Connect', exact: true }).click();
  await capture(b, '/talos', 'An OS for [Kubernetes only].');
  await b.options.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(async () => (await b.options.getByTestId('sync-status').textContent()) ?? '', { timeout: 30_000 }).toMatch(/Sync stopped/);
  expect(await b.options.getByTestId('sync-status').textContent()).toMatch(/Pending changes: [1-9]/);
  await b.options.getByLabel('Access token').fill(TOKEN);
  await b.options.getByRole('button', { name: 'Connect', exact: true }).click();
  await syncNow(b);
  await syncNow(a);
  expect((await picks(a)).map((pick) => `${pick.title}: ${pick.blurb}`).sort()).toEqual([
    'Database backups and restic: Edited on the desktop, later.', 'Talos Linux: An OS for [Kubernetes only].',
  ]);
});
