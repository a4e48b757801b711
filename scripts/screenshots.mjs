#!/usr/bin/env node
// `npm run screenshots`: the README's pictures, taken from the real built extension (dist/chrome) in headless
// Chromium, light and dark, so they never go stale: the popup on an article, the options page's Compose tab
// with the reference issue's picks in the inbox and a draft, and its Settings tab. Writes docs/screenshots/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { runnerImport } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist/chrome');
const OUT = join(ROOT, 'docs/screenshots');

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Backups you can restore | Sample Blog</title>
<meta property="og:title" content="Backups you can restore: a week with restic"><meta property="og:site_name" content="Sample Blog">
<meta property="og:description" content="What a week of restic snapshots taught us about restores."></head>
<body><h1>Backups you can restore</h1><p>A sample article.</p></body></html>`;

async function seedPicks(worker) {
  const { module } = await runnerImport(join(ROOT, 'test/fixtures/reference-issue.ts'));
  const picks = [...module.REFERENCE_PICKS.values()].map((pick) => ({ ...pick, issueId: '' }));
  await worker.evaluate((records) => new Promise((done, fail) => {
    const request = indexedDB.open('gleaner');
    request.onsuccess = () => {
      const transaction = request.result.transaction('picks', 'readwrite');
      for (const record of records) transaction.objectStore('picks').put(record);
      transaction.oncomplete = () => done();
      transaction.onerror = () => fail(transaction.error);
    };
    request.onerror = () => fail(request.error);
  }), picks);
}

/** A real toolbar click on `page` (CDP Extensions.triggerAction on its tab target): grants activeTab. */
async function clickToolbar(context, extensionId, page) {
  const cdp = await context.browser().newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const target = targetInfos.find((info) => info.url === page.url());
  await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: target.targetId });
  await cdp.detach();
}

if (!process.argv.includes('--no-build')) {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'chrome', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}
mkdirSync(OUT, { recursive: true });
const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(ARTICLE);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const profile = mkdtempSync(join(tmpdir(), 'gleaner-screenshots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, '--no-sandbox', '--disable-gpu',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
    '--enable-unsafe-extension-debugging', '--lang=en-US', '--hide-scrollbars'],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  await seedPicks(worker);
  const article = await context.newPage();
  await article.goto(`http://127.0.0.1:${server.address().port}/article`);
  await clickToolbar(context, extensionId, article);
  const tabId = await worker.evaluate(async (url) => (await globalThis.chrome.tabs.query({})).find((tab) => tab.url === url)?.id, article.url());

  for (const scheme of ['light', 'dark']) {
    const popup = await context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 400, height: 560 });
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.waitForFunction(() => performance.getEntriesByName('gleaner:settled').length > 0);
    await popup.getByLabel('Blurb').fill('Restores are the only backups that count: [a week of restic snapshots], tested.');
    await popup.screenshot({ path: join(OUT, `popup-${scheme}.png`) });
    await popup.close();

    const options = await context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.setViewportSize({ width: 1280, height: 800 });
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html#compose`);
    await options.getByTestId('inbox-item').first().waitFor();
    await options.screenshot({ path: join(OUT, `compose-${scheme}.png`) });
    await options.getByRole('tab', { name: 'Settings' }).click();
    await options.getByTestId('settings-panel').waitFor();
    await options.screenshot({ path: join(OUT, `settings-${scheme}.png`) });
    await options.close();
  }
  console.log('docs/screenshots/{popup,compose,settings}-{light,dark}.png');
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
