// Drives Debian's Chromium with the built extension: launch flags, a real toolbar click (CDP
// Extensions.triggerAction on the tab target), local test pages. Every spec gets a fresh profile.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The slice of the `chrome` global that tests evaluate inside extension contexts. */
export interface ChromeGlobal {
  chrome: {
    tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string }>> };
    extension: { getViews(filter: { type: string }): Window[] };
  };
}

export const DIST = resolve(process.env.GLEANER_OUT_DIR ?? 'dist/chrome');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker, to call background handlers directly. */
  worker: Worker;
  /** Base URL of the local test-page server, e.g. http://127.0.0.1:PORT */
  origin: string;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export interface TestPage {
  title: string;
  body?: string;
  head?: string;
}

/** Serves `/any/path` as a page titled from `pages[path]`, or a generic article. */
function startServer(pages: Record<string, TestPage>): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
    if (path.endsWith('.svg')) {
      // Any `*.svg` is a small picture, for og:image and thumbnails.
      res.writeHead(200, { 'content-type': 'image/svg+xml' });
      res.end('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"><rect width="120" height="80" fill="#2f6f4e"/></svg>');
      return;
    }
    const page = pages[path] ?? { title: `Article ${path}` };
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${page.title}</title>${page.head ?? ''}</head>` +
      `<body><main><h1>${page.title}</h1>${page.body ?? '<p>Some words worth sharing.</p>'}</main></body></html>`);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

export interface LaunchOptions {
  /** The unpacked extension to load; defaults to DIST. */
  dist?: string;
  /** The browser's UI language (what `i18n.getUILanguage()` reports); defaults to en-US. */
  lang?: string;
}

export async function launch(pages: Record<string, TestPage> = {}, options: LaunchOptions = {}): Promise<Harness> {
  const dist = options.dist ?? DIST;
  const profile = mkdtempSync(join(tmpdir(), 'gleaner-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--enable-unsafe-extension-debugging',
      `--lang=${options.lang ?? 'en-US'}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const server = await startServer(pages);
  const { port } = server.address() as AddressInfo;
  return {
    context,
    extensionId,
    worker,
    origin: `http://127.0.0.1:${port}`,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async close() {
      await context.close();
      // Another profile (the second device of a sync test) may hold keep-alive sockets to these pages.
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The id of the CDP *tab* target that shows `page` (triggerAction refuses page targets). */
async function tabTargetId(harness: Harness, page: Page): Promise<string> {
  const cdp = await harness.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
    targetInfos: Array<{ targetId: string; url: string }>;
  };
  await cdp.detach();
  const target = targetInfos.find((info) => info.url === page.url());
  if (!target) throw new Error(`no tab target for ${page.url()}`);
  return target.targetId;
}

/**
 * Exactly what a toolbar click does: opens the real popup and grants activeTab on that tab.
 * The grant lasts until the tab navigates.
 */
export async function clickToolbar(harness: Harness, page: Page): Promise<void> {
  const targetId = await tabTargetId(harness, page);
  const cdp = await harness.context.browser()!.newBrowserCDPSession();
  await cdp.send('Extensions.triggerAction' as never, { id: harness.extensionId, targetId } as never);
  await cdp.detach();
}

/** The browser's tab id of `page`, as the extension sees it. */
export async function tabIdOf(harness: Harness, page: Page): Promise<number> {
  const url = page.url();
  return harness.worker.evaluate(async (wanted) => {
    const tabs = await (globalThis as unknown as ChromeGlobal).chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === wanted);
    if (tab?.id === undefined) throw new Error(`no tab with url ${wanted}`);
    return tab.id;
  }, url);
}

/**
 * Waits until the options page's drag handles are draggable: drag and drop loads just after the first
 * screen (src/options/compose/dnd.ts), and a mouse drag begun before that starts no drag at all.
 */
export async function dragHandlesReady(page: Page): Promise<void> {
  await page.locator('.block-header[draggable="true"]').first().waitFor();
}
