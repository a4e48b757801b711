#!/usr/bin/env node
// `npm run screenshots`: the README's pictures, taken from the real built extension (dist/chrome) in headless
// Chromium, light and dark (the emulated prefers-color-scheme), so they never go stale: the popup on an
// article, the options page's Compose tab with the reference issue's picks in the inbox and three of them in
// the draft, and its Settings tab. Writes docs/screenshots/ (commit them); `--out DIR` writes elsewhere (the
// E2E test writes test-results/), `--no-build` uses dist/chrome as it is.
// Emoji need a colour emoji font on the machine (Debian: fonts-noto-color-emoji), else they show as boxes.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { runnerImport } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');

/** What each picture shows, and the viewport it is taken at (device pixels = CSS pixels). */
export const SHOTS = {
  popup: { width: 400, height: 580 },
  compose: { width: 1280, height: 800 },
  settings: { width: 1280, height: 800 },
};
export const SCHEMES = ['light', 'dark'];

const ARTICLE_URL = 'https://blog.example/2026/backups-you-can-restore';
const COVER_URL = 'https://blog.example/cover.svg';
const COVER = '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="126"><rect width="240" height="126" fill="#2f6f4e"/>'
  + '<circle cx="190" cy="40" r="22" fill="#e9c46a"/><path d="M0 126 70 60l50 40 40-25 80 51z" fill="#1d4634"/></svg>';
export const ARTICLE_TITLE = 'Backups you can restore: a week with restic';
const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${ARTICLE_TITLE} | Sample Blog</title>
<meta property="og:title" content="${ARTICLE_TITLE}"><meta property="og:site_name" content="Sample Blog">
<meta property="og:description" content="What a week of restic snapshots taught us about restores.">
<meta property="og:image" content="${COVER_URL}"></head>
<body><h1>${ARTICLE_TITLE}</h1><p>A sample article.</p></body></html>`;
/** How many of the reference issue's link picks go into the draft, so that the preview has something to show. */
const DRAFT_PICKS = 3;
/** The day the pictures show (the draft's date and title), so that taking them again changes only what changed. */
const TODAY = new Date('2025-11-12T09:00:00');

/** Puts the reference issue's picks in the inbox; returns the titles of those the draft will hold. */
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
  return picks.filter((pick) => pick.kind === 'link').slice(0, DRAFT_PICKS).map((pick) => pick.title);
}

/** A real toolbar click on `page` (CDP Extensions.triggerAction on its tab target): grants activeTab. */
async function clickToolbar(context, extensionId, page) {
  const cdp = await context.browser().newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const target = targetInfos.find((info) => info.url === page.url());
  await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: target.targetId });
  await cdp.detach();
}

async function shootPopup(context, extensionId, tabId, scheme, path) {
  const popup = await context.newPage();
  await popup.emulateMedia({ colorScheme: scheme });
  await popup.setViewportSize(SHOTS.popup);
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
  await popup.waitForFunction(() => performance.getEntriesByName('gleaner:settled').length > 0);
  // A picture of a popup that failed to capture the page would be worse than none.
  const title = await popup.getByLabel('Title').inputValue();
  if (title !== ARTICLE_TITLE) throw new Error(`The popup shows the title "${title}", not the article's "${ARTICLE_TITLE}"`);
  await popup.getByLabel('Blurb').fill('Restores are the only backups that count: [a week of restic snapshots], tested.');
  await popup.getByRole('textbox', { name: 'Emoji' }).fill('💾');
  await popup.getByRole('combobox', { name: 'Tags' }).fill('backups, restic');
  await popup.screenshot({ path });
  await popup.close();
}

/** Puts the picks titled `titles` in the draft, through the options page's keyboard path (Add to issue). */
async function fillDraft(context, extensionId, titles) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html#compose`);
  const search = options.getByLabel('Search the inbox');
  for (const title of titles) {
    // The inbox renders what is on screen: the search brings the pick to the top.
    await search.fill(title);
    await options.getByTestId('inbox-item').filter({ hasText: title }).getByRole('button', { name: 'Add to issue' }).click();
    await options.getByTestId('block').filter({ hasText: title }).waitFor();
  }
  await search.fill('');
  await options.close();
}

async function shootOptions(context, extensionId, scheme, out) {
  const options = await context.newPage();
  await options.emulateMedia({ colorScheme: scheme });
  await options.setViewportSize(SHOTS.compose);
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html#compose`);
  await options.getByTestId('inbox-item').first().waitFor();
  await options.getByTestId('block').nth(DRAFT_PICKS - 1).waitFor();
  await options.getByTestId('preview-rendered').getByRole('link').first().waitFor();
  await options.screenshot({ path: join(out, `compose-${scheme}.png`) });
  await options.getByRole('tab', { name: 'Settings' }).click();
  await options.getByTestId('settings-panel').waitFor();
  await options.screenshot({ path: join(out, `settings-${scheme}.png`) });
  await options.close();
}

/**
 * Takes the six pictures of the extension built in `dist` into `out` (`{popup,compose,settings}-{light,dark}.png`)
 * and returns their paths.
 */
export async function takeScreenshots({ dist = join(ROOT, 'dist/chrome'), out = join(ROOT, 'docs/screenshots') } = {}) {
  mkdirSync(out, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'gleaner-screenshots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--enable-unsafe-extension-debugging', '--lang=en-US', '--hide-scrollbars'],
  });
  try {
    // The article is answered by the browser itself: no server, and a URL that reads like a real one.
    await context.route(ARTICLE_URL, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: ARTICLE }));
    await context.route(COVER_URL, (route) => route.fulfill({ contentType: 'image/svg+xml', body: COVER }));
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const draftTitles = await seedPicks(worker);
    const article = await context.newPage();
    await article.goto(ARTICLE_URL);
    await clickToolbar(context, extensionId, article);
    const tabId = await worker.evaluate(async (url) => (await globalThis.chrome.tabs.query({})).find((tab) => tab.url === url)?.id, article.url());
    for (const scheme of SCHEMES) await shootPopup(context, extensionId, tabId, scheme, join(out, `popup-${scheme}.png`));
    // From here on the pages' clock says TODAY (Playwright's clock is the whole context's; the popup's saving
    // waits on the real one).
    await context.clock.setFixedTime(TODAY);
    await fillDraft(context, extensionId, draftTitles);
    for (const scheme of SCHEMES) await shootOptions(context, extensionId, scheme, out);
    return Object.keys(SHOTS).flatMap((shot) => SCHEMES.map((scheme) => join(out, `${shot}-${scheme}.png`)));
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Whether fontconfig knows a font with emoji (U+1F4BE); true where there is no fontconfig to ask. */
function hasEmojiFont() {
  const answer = spawnSync('fc-list', [':charset=1f4be', 'family'], { encoding: 'utf8' });
  return answer.error !== undefined || answer.stdout.trim() !== '';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  if (!hasEmojiFont()) console.warn('No emoji font: emoji will show as boxes (Debian: sudo apt-get install fonts-noto-color-emoji)');
  if (!args.includes('--no-build')) {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'chrome', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  }
  const outIndex = args.indexOf('--out');
  const out = outIndex >= 0 ? resolve(args[outIndex + 1]) : undefined;
  for (const path of await takeScreenshots({ out })) console.log(path);
}
