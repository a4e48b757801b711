// The Chrome Web Store package as a user gets it: artifacts/gleaner-chrome-VERSION.zip (written by
// `npm run package`, which npm test runs) unzipped into a fresh folder and loaded in real Chromium, where a
// toolbar click captures a page. Catches a zip that misses a file the build referenced.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { artifact } from '../../scripts/package.mjs';
import { extractZip } from '../../scripts/zip.mjs';
import { openPopupFor, readPicks } from './capture-helpers';
import { launch, type Harness } from './harness';

let harness: Harness;
let unpacked: string;
beforeAll(async () => {
  unpacked = mkdtempSync(join(tmpdir(), 'gleaner-chrome-zip-'));
  extractZip(artifact('chrome'), unpacked);
  harness = await launch({ '/article': { title: 'A packaged capture' } }, { dist: unpacked });
});
afterAll(async () => {
  await harness?.close();
  rmSync(unpacked, { recursive: true, force: true });
});

test('the Chrome zip holds the manifest of this version', () => {
  const manifest = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8')) as { version: string; background: object };
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  expect(manifest.version).toBe(version);
  expect(manifest.background).toHaveProperty('service_worker');
});

test('loaded from the zip, Gleaner captures a page through a toolbar click', async () => {
  const article = await harness.context.newPage();
  await article.goto(`${harness.origin}/article`);
  const popup = await openPopupFor(harness, article);
  await popup.getByLabel('Blurb').fill('Packaged and still sharp.');
  await expect.poll(async () => (await readPicks(harness)).map((pick) => [pick.title, pick.blurb]))
    .toEqual([['A packaged capture', 'Packaged and still sharp.']]);
});
