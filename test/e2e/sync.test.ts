// Two real Chromium profiles (test/e2e/sync-helpers.ts) syncing through the data branch of one repository
// served by git's own http-backend (docs/sync.md): a capture travels, a blurb conflict, a wrong token.
// Concurrent moves, delete against edit and offline work: sync-together.test.ts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cloneBranch, createBlogRepo, git, type BlogRepo } from '../git-server/fixture';
import { startGitServer, type GitServer } from '../git-server/server';
import { capture as captureOn, picks, syncedDevice, SYNC_TOKEN as TOKEN, syncNow, type Device } from './sync-helpers';

const PAGES = { '/restic': { title: 'Database backups and restic' }, '/talos': { title: 'Talos Linux' } };
let repo: BlogRepo;
let server: GitServer;
let a: Device;
let b: Device;

/** Both devices browse the same pages: A's test server (each harness starts its own on another port). */
function capture(on: Device, path: string, blurb: string): Promise<void> {
  return captureOn(on, a.harness.origin, path, blurb);
}

beforeAll(async () => {
  repo = createBlogRepo();
  server = await startGitServer({ root: repo.root, token: TOKEN });
  a = await syncedDevice('Laptop', `${server.origin}${repo.path}`, PAGES);
  b = await syncedDevice('Desktop', `${server.origin}${repo.path}`, PAGES);
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

test('"Sync now" pressed as a new device name is typed syncs under that name, however slowly the setting is saved', async () => {
  // A slow disk: this options page's writes to storage.local land a second late (the worker reads the
  // setting from there). Without waiting for the save, the sync ran with the previous name.
  const page = await a.harness.context.newPage();
  await page.addInitScript(() => {
    const local = (globalThis as unknown as { chrome: { storage: { local: { set: (items: object, done?: () => void) => Promise<void> } } } }).chrome.storage.local;
    const set = local.set.bind(local);
    local.set = (items, done) => {
      const later = new Promise((resolve) => setTimeout(resolve, 1000)).then(() => set(items));
      if (done) later.then(done, () => undefined);
      return later;
    };
  });
  await page.goto(a.harness.extensionUrl('src/options/index.html#settings'));
  const name = page.getByLabel("This device's name");
  await expect.poll(() => name.inputValue()).toBe('Laptop');
  await capture(a, '/talos', 'Captured just before the device was renamed.');
  // The name's change event fires as the button is pressed (the field loses focus), then the click.
  await name.fill('Laptop by the window');
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(() => git(repo.bare, 'log', '-1', '--format=%s', 'gleaner-data'), { timeout: 30_000 })
    .toMatch(/^Gleaner sync from Laptop by the window: /);
  await page.close();
});
