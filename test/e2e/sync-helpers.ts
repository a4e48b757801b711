// Two real Chromium profiles with the test build (dist/chrome-test, which may reach 127.0.0.1), connected
// to one repository served by git's own http-backend: what test/e2e/sync*.test.ts share. Each step is what
// a curator does: the popup, Settings, "Sync now".
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Pick } from '../../src/core/types';
import { openPopupFor, readStore } from './capture-helpers';
import { launch, type Harness, type TestPage } from './harness';

export const SYNC_TOKEN = 'ghp_syncE2eToken4321';
const TEST_DIST = resolve(process.env.GLEANER_TEST_OUT_DIR ?? 'dist/chrome-test');

export interface Device {
  harness: Harness;
  /** The options page, open on Settings; Compose is a tab away. */
  options: Page;
}

/**
 * A fresh profile, connected to `repoUrl` with sync on (`enable` false: off until `setSync`; the
 * benchmark seeds the device first), named `name`. `dist`: another build with the test host permission.
 */
export async function syncedDevice(name: string, repoUrl: string, pages: Record<string, TestPage>, choices: { dist?: string; enable?: boolean } = {}): Promise<Device> {
  const harness = await launch(pages, { dist: choices.dist ?? TEST_DIST });
  const options = await harness.context.newPage();
  await options.setViewportSize({ width: 1400, height: 1600 });
  await options.goto(harness.extensionUrl('src/options/index.html#settings'));
  await options.getByRole('tab', { name: 'Settings' }).click();
  await options.getByLabel('Repository URL (HTTPS)').fill(repoUrl);
  await options.getByLabel('Commit author name').fill(name);
  await options.getByLabel('Commit author e-mail').fill(`${name.toLowerCase()}@example.org`);
  await options.getByLabel('Access token').fill(SYNC_TOKEN);
  await options.getByRole('button', { name: 'Connect', exact: true }).click();
  await options.getByTestId('repo-status').getByText(/works/i).waitFor({ timeout: 30_000 });
  await options.getByLabel("This device's name").fill(name);
  await options.getByLabel("This device's name").blur();
  if (choices.enable !== false) await options.getByLabel('Sync this browser through the repository').check();
  return { harness, options };
}

/** Turns sync on or off in Settings, and waits until the worker would see it (the switch saves asynchronously). */
export async function setSync(on: Device, enabled: boolean): Promise<void> {
  await on.options.getByRole('tab', { name: 'Settings' }).click();
  await on.options.getByLabel('Sync this browser through the repository').setChecked(enabled);
  await expect.poll(() => on.harness.worker.evaluate(async () => {
    const stored = await (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, { enabled?: boolean } | undefined>> } } } })
      .chrome.storage.local.get('sync.prefs');
    return stored['sync.prefs']?.enabled === true;
  })).toBe(enabled);
}

function lastSync(on: Device): Promise<number> {
  return on.options.evaluate(() => Number(document.querySelector('[data-testid=sync-status]')?.getAttribute('data-last-sync') || 0));
}

/** Clicks "Sync now" and waits for a sync that ends after the click (the status carries its time). */
export async function syncNow(on: Device): Promise<void> {
  await on.options.getByRole('tab', { name: 'Settings' }).click();
  const status = on.options.getByTestId('sync-status');
  // Read before the click: on a loaded machine the click's answer can come back after the sync it started
  // has ended (a clean-clone CI run read the time after it, and waited for a sync that had already happened).
  const clicked = Date.now();
  await on.options.getByRole('button', { name: 'Sync now' }).click();
  // The status text rides along so that a sync that stopped says why in the failure.
  await expect.poll(async () => `${await lastSync(on) >= clicked - 50} ${await status.textContent()}`, { timeout: 30_000 }).toMatch(/^true .*Pending changes: 0/);
}

/** Opens the popup on `origin + path` in `on` (which captures the page) and does `act` in it. */
export async function inPopup(on: Device, origin: string, path: string, act: (popup: Page) => Promise<void>): Promise<void> {
  const article = await on.harness.context.newPage();
  await article.goto(`${origin}${path}`);
  const popup = await openPopupFor(on.harness, article);
  await act(popup);
  await popup.close();
  await article.close();
}

/** A capture, or an edit of that page's pick: the popup with the blurb typed. */
export function capture(on: Device, origin: string, path: string, blurb: string): Promise<void> {
  return inPopup(on, origin, path, (popup) => popup.getByLabel('Blurb').fill(blurb));
}

export function picks(on: Device): Promise<Pick[]> {
  return readStore<Pick>(on.harness, 'picks');
}

/** The Compose tab's blocks, top to bottom: each block's label. */
export async function blockLabels(on: Device): Promise<string[]> {
  await on.options.getByRole('tab', { name: 'Compose' }).click();
  // The tab reads its draft after it shows: wait until every block of the (short) draft is there.
  const blocks = on.options.getByTestId('block');
  await expect.poll(async () => (await blocks.count()) > 0 && String(await blocks.count()) === await blocks.first().getAttribute('aria-setsize')).toBe(true);
  return blocks.locator('.block-label').allTextContents();
}

/** Downloads the open draft as the .md file Jekyll publishes. */
export async function exportedMarkdown(on: Device): Promise<string> {
  await on.options.getByRole('tab', { name: 'Compose' }).click();
  const downloading = on.options.waitForEvent('download');
  await on.options.getByRole('button', { name: 'Download .md' }).click();
  return readFileSync((await (await downloading).path())!, 'utf8');
}

/** Shows the draft titled `title` in Compose (a draft another device made arrives in the list). */
export async function openDraft(on: Device, title: string): Promise<void> {
  await on.options.getByRole('tab', { name: 'Compose' }).click();
  const options = on.options.getByLabel('Draft', { exact: true }).locator('option');
  await expect.poll(() => options.allTextContents()).toContainEqual(expect.stringContaining(title));
  const label = (await options.allTextContents()).find((text) => text.startsWith(title))!;
  await on.options.getByLabel('Draft', { exact: true }).selectOption({ label });
}

/** A new draft titled `title` with text blocks `texts`, typed in Compose. */
export async function composeDraft(on: Device, title: string, texts: readonly string[]): Promise<void> {
  const page = on.options;
  await page.getByRole('tab', { name: 'Compose' }).click();
  const picker = page.getByLabel('Draft', { exact: true });
  const before = await picker.inputValue();
  await page.getByRole('button', { name: 'New draft' }).click();
  // The new draft is stored, then shown: typing before it shows would rename the draft open until then.
  await expect.poll(() => picker.inputValue()).not.toBe(before);
  await page.getByLabel('Issue title').fill(title);
  for (const text of texts) {
    await page.getByRole('button', { name: 'Add text' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.keyboard.type(text);
  }
  // The list is windowed: a long draft shows only the blocks near the scroll, its size says them all.
  await expect.poll(() => page.getByTestId('block').first().getAttribute('aria-setsize')).toBe(String(texts.length));
}
