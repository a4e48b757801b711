// The background's write port against forged messages (issue 8): an extension page that sends records the
// rules forbid gets a refusal, the database does not change, and "Export backup" still works after.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildPick } from '../../src/core/capture';
import type { WriteOutcome } from '../../src/platform/pick-write-port';
import { readPicks } from './capture-helpers';
import { launch, type Harness } from './harness';

let harness: Harness;
let page: Page;
beforeAll(async () => {
  harness = await launch();
  page = await harness.context.newPage();
  await page.goto(harness.extensionUrl('src/options/index.html#settings'));
  await page.getByRole('button', { name: 'Export backup' }).waitFor();
});
afterAll(() => harness?.close());

interface PortGlobal {
  chrome: { runtime: { connect(info: { name: string }): {
    postMessage(message: unknown): void;
    onMessage: { addListener(listener: (message: { seq?: number; outcome?: WriteOutcome }) => void): void };
  } } };
}

/** Sends raw messages on the popup's port from an extension page; resolves with each reply's outcome. */
function sendRaw(messages: Array<{ command: string; args: unknown }>): Promise<WriteOutcome[]> {
  return page.evaluate((list) => new Promise<WriteOutcome[]>((resolve) => {
    const port = (globalThis as unknown as PortGlobal).chrome.runtime.connect({ name: 'gleaner-pick-writes' });
    const outcomes: WriteOutcome[] = [];
    port.onMessage.addListener((message) => {
      if (message.seq === undefined || !message.outcome) return;
      outcomes[message.seq - 1] = message.outcome;
      if (outcomes.filter(Boolean).length === list.length) resolve(outcomes);
    });
    list.forEach((message, index) => port.postMessage({ seq: index + 1, ...message }));
  }), messages);
}

const valid = buildPick({ url: 'https://example.com/valid', title: 'A valid pick' }, 'valid-pick', 1_700_000_000_000);

test('forged records are refused and change nothing; a valid one is stored; export still works', async () => {
  const [stored] = await sendRaw([{ command: 'store', args: { pick: valid, changed: {} } }]);
  expect(stored).toMatchObject({ ok: true });
  const before = await readPicks(harness);

  const { id: _id, ...withoutId } = valid;
  const forgeries = [
    { command: 'store', args: { pick: { ...valid, id: 'extra', urlKey: valid.urlKey, evil: '<script>' }, changed: {} } },
    { command: 'store', args: { pick: { ...valid, id: 'negative', createdAt: -5 }, changed: {} } },
    { command: 'store', args: { pick: { ...valid, id: 'orphan', issueId: 'no-such-issue' }, changed: {} } },
    { command: 'store', args: { pick: { ...withoutId, pickId: 'renamed' }, changed: {} } },
    { command: 'store', args: { pick: { ...valid, id: 'wrong-key', urlKey: 'https://elsewhere.example/' }, changed: {} } },
    { command: 'update', args: { pickId: 'valid-pick', changes: { issueId: 'no-such-issue' }, base: {} } },
    { command: 'update', args: { pickId: 'valid-pick', changes: { createdAt: -1 }, base: {} } },
    { command: 'update', args: { pickId: 'valid-pick', changes: { blurb: 42 }, base: {} } },
    { command: 'update', args: { pickId: 'valid-pick', changes: { title: 'x' }, base: {}, extra: true } },
    { command: 'delete', args: { id: 'valid-pick' } },
    { command: 'restore', args: { removed: { pick: { ...valid, id: 'r', issueId: 'x' }, blocks: [{ type: 'text', id: 'b', issueId: 'x', order: 'a0', markdown: '<script>' }] } } },
    { command: 'drop-database', args: {} },
    // Well formed, but over the stored pick: an "Undo" never overwrites a record stored since (issue 10).
    { command: 'restore', args: { removed: { pick: { ...valid, blurb: 'An older blurb', updatedAt: 1 }, blocks: [] } } },
  ];
  const outcomes = await sendRaw(forgeries);
  expect(outcomes.map((outcome) => (outcome.ok ? 'ok' : outcome.failure))).toEqual(forgeries.map(() => 'refused'));
  expect(await readPicks(harness)).toEqual(before);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export backup' }).click(),
  ]);
  const backup = JSON.parse(readFileSync(await download.path(), 'utf8')) as { picks: Array<{ id: string }> };
  expect(backup.picks.map((pick) => pick.id)).toEqual(['valid-pick']);
});
