#!/usr/bin/env node
// `npm start`: see Gleaner at work in one command. Builds dist/chrome, opens a real Chromium window (Debian's
// /usr/bin/chromium, or CHROMIUM_PATH) on a throwaway profile with Gleaner loaded and pinned, on a sample
// article served locally. `npm start -- --demo` also fills the inbox with the reference issue's picks
// (test/fixtures/reference-issue.ts). Close the window, or Ctrl+C, to stop; the profile is deleted.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { runnerImport } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist/chrome');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = process.argv.slice(2);

/** Chromium's id of an unpacked extension: SHA-256 of its absolute path, first 32 hex digits as a–p. */
function unpackedExtensionId(path) {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Backups you can restore: a week with restic | Sample Blog</title>
<meta property="og:title" content="Backups you can restore: a week with restic">
<meta property="og:site_name" content="Sample Blog">
<meta property="og:description" content="What a week of restic snapshots taught us about restores.">
<style>body{font:18px/1.6 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}</style></head>
<body><article><h1>Backups you can restore: a week with restic</h1>
<p>This is a sample article served by <code>npm start</code>. Click Gleaner's button in the toolbar (or press
Alt+Shift+G) to pick it: write a blurb, close the popup, and open Gleaner to compose an issue.</p>
<p>Select a sentence first and it is quoted at the start of the blurb.</p></article></body></html>`;

function serveArticle() {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(ARTICLE);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Puts the reference issue's picks in the inbox, through the service worker's IndexedDB. */
async function seedDemoInbox(worker) {
  const { module } = await runnerImport(join(ROOT, 'test/fixtures/reference-issue.ts'));
  const picks = [...module.REFERENCE_PICKS.values()].map((pick) => ({ ...pick, issueId: '' }));
  await worker.evaluate((records) => new Promise((done, fail) => {
    const request = indexedDB.open('gleaner');
    request.onerror = () => fail(request.error);
    request.onsuccess = () => {
      const transaction = request.result.transaction('picks', 'readwrite');
      for (const record of records) transaction.objectStore('picks').put(record);
      transaction.oncomplete = () => done();
      transaction.onerror = () => fail(transaction.error);
    };
  }), picks);
  console.log(`Demo inbox: ${picks.length} picks from the reference issue.`);
}

try {
  accessSync(CHROMIUM, constants.X_OK);
} catch {
  console.error(`npm start needs Chromium at ${CHROMIUM}: sudo apt-get install -y chromium (or set CHROMIUM_PATH to another Chromium; Google Chrome ignores --load-extension)`);
  process.exit(1);
}
if (!args.includes('--no-build')) {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'chrome', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}
const profile = mkdtempSync(join(tmpdir(), 'gleaner-start-'));
// Pinned from the first moment: Chromium reads the pinned list from the profile's preferences.
mkdirSync(join(profile, 'Default'));
writeFileSync(join(profile, 'Default/Preferences'), JSON.stringify({ extensions: { pinned_extensions: [unpackedExtensionId(DIST)] } }));
const server = await serveArticle();
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  // GLEANER_START_HEADLESS=1: the same without a window (to check the script where there is no display).
  headless: process.env.GLEANER_START_HEADLESS === '1',
  viewport: null,
  args: [
    `--disable-extensions-except=${DIST}`,
    `--load-extension=${DIST}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
  ignoreDefaultArgs: ['--enable-automation'],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
if (args.includes('--demo')) await seedDemoInbox(worker);
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`http://127.0.0.1:${server.address().port}/`);
console.log('Chromium is open with Gleaner pinned. Close the window (or press Ctrl+C) to stop.');

const stop = async () => {
  await context.close().catch(() => {});
  server.close();
  rmSync(profile, { recursive: true, force: true });
  process.exit(0);
};
context.on('close', stop);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
