// Drives Debian's Firefox ESR over raw WebDriver BiDi (Playwright cannot drive stock Firefox), with a built
// Gleaner installed as a temporary add-on. Facts this rests on: /work/shared/notes/browser-testing.md, "Firefox".
// Needs Node's global WebSocket: Node 20 gets it from `--experimental-websocket` (vitest.config.ts passes it).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'gleaner@gleaner.dev';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** The value of a BiDi RemoteValue we care about: tests return JSON strings, so strings suffice. */
interface RemoteValue {
  type: string;
  value?: unknown;
}

type EvaluateResult =
  | { type: 'success'; result: RemoteValue }
  | { type: 'exception'; exceptionDetails: { text: string } };

export class BidiSession {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => this.receive(String(event.data)));
    socket.addEventListener('close', () => {
      for (const waiting of this.pending.values()) waiting.reject(new Error('BiDi connection closed'));
      this.pending.clear();
    });
  }

  static async connect(url: string): Promise<BidiSession> {
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.addEventListener('open', () => resolve(), { once: true });
      socket.addEventListener('error', () => reject(new Error(`cannot connect to ${url}`)), { once: true });
    });
    const session = new BidiSession(socket);
    // A Firefox still starting on a loaded two-core machine took over 15 s to open the session (a clean-clone
    // CI run at load 20): the first command gets a minute, the rest keep 15 s.
    await session.send('session.new', { capabilities: {} }, 60_000);
    return session;
  }

  private receive(text: string): void {
    const message = JSON.parse(text) as { id?: number; type: string; result?: unknown; error?: string; message?: string };
    if (message.id === undefined) return; // events: none subscribed
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    if (message.type === 'error') waiting.reject(new Error(`${message.error}: ${message.message}`));
    else waiting.resolve(message.result);
  }

  /** Sends one command; a browser that does not answer within `timeoutMs` fails it instead of hanging the run. */
  send<T = unknown>(method: string, params: object, timeoutMs = 15_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value as T);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /**
   * Runs `fn` (a function's source, called with `args`) in a browsing context and returns what it returns,
   * passed through JSON. BiDi evaluates with the debugger's privileges, so extension pages' CSP does not apply.
   */
  async call<T>(context: string, fn: string, ...args: unknown[]): Promise<T> {
    const wrapped = `async (...args) => JSON.stringify((await (${fn})(...args.map((arg) => JSON.parse(arg)))) ?? null)`;
    const result = await this.send<EvaluateResult>('script.callFunction', {
      functionDeclaration: wrapped,
      arguments: args.map((arg) => ({ type: 'string', value: JSON.stringify(arg) })),
      target: { context },
      awaitPromise: true,
    }).catch((error: Error) => {
      throw new Error(`script.callFunction failed: ${error.message}`);
    });
    if (result.type === 'exception') throw new Error(`in the page: ${result.exceptionDetails.text}`);
    return JSON.parse(String(result.result.value)) as T;
  }

  close(): void {
    this.socket.close();
  }
}

export interface Firefox {
  bidi: BidiSession;
  /** The pinned moz-extension host of the installed add-on. */
  extensionOrigin: string;
  /**
   * Grants Gleaner activeTab on the tab showing `url`, the grant a toolbar click gives (BiDi cannot click
   * the toolbar), and returns that tab's id as the extension sees it.
   */
  grantActiveTab(url: string): Promise<number>;
  /** Opens an extension page (`src/popup/index.html?tab=1`) in a new tab; resolves with its BiDi context. */
  openExtensionTab(path: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Runs in the browser window (privileged): the line Firefox's browser action runs on a click
 * (ext-browserAction.js: `tabManager.addActiveTabPermission(tab)`), on the tab showing `url`.
 */
const GRANT_ACTIVE_TAB = `(geckoId, url) => {
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const extension = ExtensionParent.GlobalManager.getExtension(geckoId);
  if (!extension) throw new Error('Gleaner is not installed');
  const tab = gBrowser.tabs.find((each) => each.linkedBrowser.currentURI.spec === url);
  if (!tab) throw new Error('no tab shows ' + url);
  extension.tabManager.addActiveTabPermission(tab);
  return extension.tabManager.getWrapper(tab).id;
}`;

/** Opens `url` in a new selected tab as the browser itself would (BiDi refuses to navigate to moz-extension://). */
const OPEN_TRUSTED_TAB = `(url) => {
  gBrowser.selectedTab = gBrowser.addTrustedTab(url);
}`;

async function chromeWindow(bidi: BidiSession): Promise<string> {
  const { contexts } = await bidi.send<{ contexts: Array<{ context: string }> }>('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chrome = contexts[0]?.context;
  if (!chrome) throw new Error('no browser window to reach');
  return chrome;
}

/** Resolves with the BiDi WebSocket URL once Firefox says it listens; rejects if it exits first. */
function bidiUrlOf(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let log = '';
    let settled = false;
    const timer = setTimeout(() => reject(new Error(`Firefox did not start BiDi within ${timeoutMs} ms:\n${log}`)), timeoutMs);
    // Keeps draining Firefox's output for its whole life (a full pipe would block it), keeping only the start.
    const onData = (chunk: Buffer) => {
      if (settled) return;
      log += chunk.toString();
      const found = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
      if (found) {
        settled = true;
        clearTimeout(timer);
        resolve(found[1]!.replace(/\/$/, ''));
      }
    };
    child.stderr?.on('data', onData);
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited (${code}) before BiDi listened:\n${log}`));
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot start ${FIREFOX} (install firefox-esr, or set FIREFOX_PATH): ${error.message}`));
    });
  });
}

/** Starts a headless Firefox ESR on a fresh profile and installs the unpacked build at `dist`. */
export async function startFirefox(dist: string): Promise<Firefox> {
  const profile = mkdtempSync(join(tmpdir(), 'gleaner-firefox-'));
  const uuid = randomUUID();
  writeFileSync(join(profile, 'user.js'), [
    `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [GECKO_ID]: uuid }))});`,
    // A closed network: nothing to update, report or fetch.
    'user_pref("app.update.enabled", false);',
    'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
    'user_pref("toolkit.telemetry.enabled", false);',
    'user_pref("browser.shell.checkDefaultBrowser", false);',
    'user_pref("extensions.update.enabled", false);',
    'user_pref("browser.safebrowsing.update.enabled", false);',
    '',
  ].join('\n'));
  // System access lets the test grant activeTab in the browser's own window, as a toolbar click does.
  const args = ['--headless', '--remote-debugging-port=0', '--remote-allow-system-access', '--profile', profile, '--no-remote'];
  const child = spawn(FIREFOX, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Should the test process die first (a vitest timeout, Ctrl+C), Firefox and its profile go with it.
  const lastResort = () => {
    child.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
  };
  process.once('exit', lastResort);
  const cleanup = async () => {
    process.off('exit', lastResort);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const url = await bidiUrlOf(child, 30_000);
    const bidi = await BidiSession.connect(`${url}/session`);
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path: dist } });
    return {
      bidi,
      extensionOrigin: `moz-extension://${uuid}`,
      async grantActiveTab(url) {
        return bidi.call<number>(await chromeWindow(bidi), GRANT_ACTIVE_TAB, GECKO_ID, url);
      },
      async openExtensionTab(path) {
        const url = `moz-extension://${uuid}/${path.replace(/^\//, '')}`;
        await bidi.call(await chromeWindow(bidi), OPEN_TRUSTED_TAB, url);
        const deadline = Date.now() + 10_000;
        for (;;) {
          const { contexts } = await bidi.send<{ contexts: Array<{ context: string; url: string }> }>('browsingContext.getTree', { maxDepth: 0 });
          const found = contexts.find((each) => each.url === url);
          if (found) return found.context;
          if (Date.now() > deadline) throw new Error(`no tab showed ${url}`);
          await new Promise((done) => setTimeout(done, 50));
        }
      },
      async close() {
        await bidi.send('session.end', {}, 5_000).catch(() => undefined);
        bidi.close();
        await cleanup();
      },
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
