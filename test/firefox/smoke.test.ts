// Gleaner in a real Firefox (ESR, headless, WebDriver BiDi): the popup captures a page and keeps its blurb
// in IndexedDB across a reopen, the options page lists the pick in its inbox, and the import's parser starts
// as a module worker from the options page.
// `npm run test:firefox` (and `npm test`) run it on the built dist/firefox: the shipped manifest, unchanged.
// and runs this file. The two tests share one browser: the second reads what the first saved.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { startFirefox, type Firefox } from './bidi';

const DIST = resolve(process.env.GLEANER_OUT_DIR ?? 'dist/firefox');
const TITLE = 'A fine article';
const BLURB = 'Worth it for the footnotes alone.';

let firefox: Firefox;
let server: Server;
let origin: string;

function startServer(): Promise<Server> {
  const page = createServer((req, res) => {
    const title = req.url === '/article' ? TITLE : 'Not found';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
      `<meta name="description" content="A page to capture."></head><body><h1>${title}</h1></body></html>`);
  });
  return new Promise((done) => page.listen(0, '127.0.0.1', () => done(page)));
}

beforeAll(async () => {
  server = await startServer();
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  firefox = await startFirefox(DIST);
}, 45_000);

afterAll(async () => {
  await firefox?.close();
  await new Promise((done) => server?.close(done));
});

/** Polls `fn` in `context` until it returns a truthy value (navigations in flight make calls fail: retry). */
async function waitFor<T>(context: string, fn: string, timeoutMs = 10_000, ...args: unknown[]): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await firefox.bidi.call<T>(context, fn, ...args);
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${fn}; last: ${String(last)}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

async function newTab(url: string): Promise<string> {
  const { context } = await firefox.bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
  await firefox.bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
  return context;
}

/** An extension page in a new tab, loaded. */
async function openExtensionPage(path: string): Promise<string> {
  const context = await firefox.openExtensionTab(path);
  await waitFor(context, '() => document.readyState === "complete"');
  return context;
}

function closeTab(context: string): Promise<unknown> {
  return firefox.bidi.send('browsingContext.close', { context });
}

/** The popup page for `tabId` (what the toolbar popup shows for that tab), once it has rendered its form. */
async function openPopup(tabId: number): Promise<string> {
  const popup = await openExtensionPage(`src/popup/index.html?tab=${tabId}`);
  await waitFor(popup, '() => performance.getEntriesByName("gleaner:settled").length > 0');
  return popup;
}

/** What the popup shows: the blurb box's value, or the status text when there is no form. */
function popupState(popup: string): Promise<{ blurb: string | null; title: string | null; status: string }> {
  return firefox.bidi.call(popup, `() => ({
    blurb: document.querySelector('#blurb')?.value ?? null,
    title: document.querySelector('#title')?.value ?? null,
    status: document.body.innerText.slice(0, 500),
  })`);
}

test('the popup captures a page and keeps its blurb across a reopen (IndexedDB in Firefox)', async () => {
  const article = await newTab(`${origin}/article`);
  // What a toolbar click grants; without it Firefox hides the tab's URL and the popup says "can't capture".
  const articleTabId = await firefox.grantActiveTab(`${origin}/article`);

  const popup = await openPopup(articleTabId);
  const first = await popupState(popup);
  expect(first.blurb, first.status).toBe('');
  expect(first.title).toBe(TITLE);
  await firefox.bidi.call(popup, `(text) => {
    const box = document.querySelector('#blurb');
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }`, BLURB);
  await closeTab(popup);

  // The write went to the background as the input event fired; a fresh popup reads it back from IndexedDB.
  const again = await openPopup(articleTabId);
  expect((await popupState(again)).blurb).toBe(BLURB);
  await closeTab(again);
  await closeTab(article);
});

test('the options page lists the pick in its inbox', async () => {
  const options = await openExtensionPage('src/options/index.html');
  const items = await waitFor<Array<{ label: string; blurb: string }>>(options, `() => {
    const items = [...document.querySelectorAll('[data-testid="inbox-item"]')].map((item) => ({
      label: item.querySelector('.block-label')?.textContent ?? '',
      blurb: item.querySelector('.block-preview')?.textContent ?? '',
    }));
    return items.length > 0 && items;
  }`);
  expect(items).toEqual([{ label: TITLE, blurb: BLURB }]);
  await closeTab(options);
});

test('the import parses past issue files in a module worker started from the options page', async () => {
  // The page would parse the files itself if the worker did not start (options/archive/parse-in-worker):
  // this checks that Firefox runs the built worker, as Chromium's E2E does through the page.
  const worker = readdirSync(join(DIST, 'assets')).find((name) => /^import-worker-[\w-]+\.js$/.test(name));
  expect(worker).toBeDefined();
  const options = await openExtensionPage('src/options/index.html');
  const message = {
    files: [{ name: '2025-01-08-past.md', text: '---\ntitle: Past\n---\n\nRead [this](https://example.org/a).\n' }, { name: 'notes.txt', text: 'no' }],
    settings: { templates: DEFAULT_SETTINGS.templates, language: DEFAULT_SETTINGS.language }, now: 0, chunkSize: 25,
  };
  const answer = await firefox.bidi.call<{ kind: string; results: Array<{ kind: string; code?: string; links?: Array<{ urlKey: string }> }> }>(options, `(path, message) => new Promise((resolve, reject) => {
    const worker = new Worker(new URL(path, location.href), { type: 'module' });
    worker.onmessage = ({ data }) => { worker.terminate(); resolve(data); };
    worker.onerror = (event) => { worker.terminate(); reject(new Error(event.message || 'the worker did not start')); };
    worker.postMessage(message);
  })`, `/assets/${worker}`, message);
  expect(answer).toMatchObject({ kind: 'chunk', results: [{ kind: 'issue', links: [{ urlKey: 'example.org/a' }] }, { kind: 'problem', code: 'not-markdown' }] });
  await closeTab(options);
});
