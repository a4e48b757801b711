// The sync worker's failures reach two places a person reads: the console and the status text of
// Settings. An error from isomorphic-git or fetch can quote the URL with the token or the Authorization
// header: neither place may ever show it (issue 8, platform/log).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const TOKEN = 'ghs_SyncWorkerToken0123456789';
const OTHER = 'an0ther-Pa55word';

const items = new Map<string, unknown>();
const alarmListeners: Array<(alarm: { name: string }) => void> = [];
const failWrites = { on: false };
vi.mock('../../src/platform/browser', () => ({
  browser: {
    storage: {
      local: {
        get: async (keys: string | string[]) => Object.fromEntries([keys].flat().filter((key) => items.has(key)).map((key) => [key, structuredClone(items.get(key))])),
        set: async (values: Record<string, unknown>) => {
          if (failWrites.on) throw new Error(`QuotaExceededError writing for https://x-access-token:${TOKEN}@git.example.org/blog.git`);
          for (const [key, value] of Object.entries(values)) items.set(key, structuredClone(value));
        },
        remove: async () => undefined,
      },
    },
    alarms: { onAlarm: { addListener: (listener: (alarm: { name: string }) => void) => alarmListeners.push(listener) }, get: async () => ({}), create: async () => undefined },
    runtime: { onMessage: { addListener: () => undefined } },
  },
}));
vi.mock('../../src/platform/native-browser', () => ({
  browser: { i18n: { getMessage: (key: string, substitutions?: string | string[]) => `${key}: ${[substitutions ?? []].flat().join(' | ')}` } },
}));
vi.mock('../../src/db/sync-pending', () => ({ countPendingChanges: async () => 0 }));
vi.mock('../../src/git/browser-deps', () => ({ browserGitDeps: (token: string) => ({ token }) }));
vi.mock('../../src/sync/git-store-browser', () => ({ browserGitStore: () => ({}) }));
const syncWithBranch = vi.fn();
vi.mock('../../src/sync/run', () => ({ syncWithBranch, BranchRewrittenError: class extends Error {} }));

const { runSync, startSyncLoop } = await import('../../src/background/sync-loop');
const { loadSyncStatus } = await import('../../src/platform/sync-store');
const { problemText } = await import('../../src/options/repository/problem-text');
const { describeGitProblem } = await import('../../src/git/problems');

/** Every argument ever given to console.*, as text. */
let logged: string[] = [];
beforeEach(() => {
  logged = [];
  for (const method of ['error', 'warn', 'log', 'info', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => { logged.push(args.map((arg) => (arg instanceof Error ? `${arg.stack} ${arg.message}` : typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ')); });
  }
  items.clear();
  items.set('git.connection', { url: 'https://git.example.org/blog.git' });
  items.set('git.token', TOKEN);
  items.set('sync.prefs', { enabled: true, branch: 'gleaner-data', device: 'test' });
  failWrites.on = false;
});
afterEach(() => vi.restoreAllMocks());

function gitError(message: string, data: unknown): Error {
  return Object.assign(new Error(message), { code: 'SmartHttpError', data });
}

const secrets = [TOKEN, OTHER, btoa(`x-access-token:${TOKEN}`), btoa(`me:${OTHER}`)];

async function statusText(): Promise<string> {
  const { problem } = await loadSyncStatus();
  expect(problem).not.toBeNull();
  return `${problemText(problem!)} ${describeGitProblem(problem!)} ${JSON.stringify(problem)}`;
}

describe('the sync worker never shows or logs a token', () => {
  it.each([
    ['in the URL\'s userinfo', gitError(`fetch failed for https://x-access-token:${TOKEN}@git.example.org/blog.git/info/refs`, {})],
    ['as another user\'s password in the URL', gitError(`GET https://me:${OTHER}@git.example.org/blog.git failed`, {})],
    ['in the query string', gitError(`GET https://git.example.org/blog.git?access_token=${OTHER} failed`, {})],
    ['in an Authorization header', gitError(`request failed: {"Authorization":"Basic ${btoa(`me:${OTHER}`)}","accept":"*/*"}`, {})],
    ['in a Bearer header', gitError(`headers: authorization: Bearer ${OTHER}`, {})],
    ['bare, quoted by the server', gitError(`remote: token ${TOKEN} has expired`, {})],
  ])('a failure with the token %s: the status says it failed, without the token', async (_where, error) => {
    syncWithBranch.mockRejectedValueOnce(error);
    await runSync();
    expect((await loadSyncStatus()).state).toBe('failed');
    const text = await statusText();
    for (const secret of secrets) expect(text).not.toContain(secret);
    for (const line of logged) for (const secret of secrets) expect(line).not.toContain(secret);
  });

  it('a failure outside git (storage refused the status) is logged, redacted', async () => {
    startSyncLoop();
    syncWithBranch.mockRejectedValueOnce(gitError(`https://x-access-token:${TOKEN}@git.example.org`, {}));
    failWrites.on = true;
    for (const listener of alarmListeners) listener({ name: 'gleaner-sync' });
    await vi.waitFor(() => expect(logged.some((line) => line.includes('sync failed'))).toBe(true));
    const joined = logged.join('\n');
    expect(joined).toContain('https://•••@git.example.org');
    for (const secret of secrets) expect(joined).not.toContain(secret);
  });
});
