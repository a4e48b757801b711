import { expect, test } from 'vitest';
import { buildPick } from '../../src/core/capture';
import type { PickCommand, PickCommands, PickConnection, WriteOutcome } from '../../src/platform/pick-write-port';
import { PickSender } from '../../src/popup/pick-sender';

/** A background that records each command and answers with the outcomes the test queues. */
function fakeBackground(outcomes: WriteOutcome[]) {
  const sent: Array<{ command: PickCommand; args: PickCommands[PickCommand] }> = [];
  const answer = <Name extends PickCommand>(command: Name) => (args: PickCommands[Name]): Promise<WriteOutcome> => {
    sent.push({ command, args });
    return Promise.resolve(outcomes.shift() ?? { ok: true });
  };
  const handlers: PickConnection = {
    store: answer('store'), update: answer('update'), restore: answer('restore'), watch: answer('watch'), onPick: () => {},
    delete: (args) => answer('delete')(args).then((outcome) => (outcome.ok ? { ok: true, removed: null } : outcome)),
  };
  return { sent, handlers };
}

const pick = buildPick({ url: 'https://example.com/', title: 'Example' }, 'p1', 1000);

test('a new pick is stored before anything else, then edits go as updates', async () => {
  const background = fakeBackground([]);
  const sender = new PickSender(background.handlers, pick, true);
  expect(await sender.stored).toEqual({ ok: true });
  await sender.send({ changes: { blurb: 'Hi' }, base: { blurb: '' } });
  expect(background.sent.map((entry) => entry.command)).toEqual(['store', 'watch', 'update']);
  expect(background.sent[2]!.args).toEqual({ pickId: 'p1', changes: { blurb: 'Hi' }, base: { blurb: '' } });
});

test('after a refused store, the next change stores the whole pick with everything typed', async () => {
  const background = fakeBackground([{ ok: false, failure: 'full', message: 'quota' }, { ok: false, failure: 'full', message: 'quota' }]);
  const sender = new PickSender(background.handlers, pick, true);
  expect(await sender.stored).toMatchObject({ ok: false, failure: 'full' });
  await sender.send({ changes: { blurb: 'Kept' }, base: {} });
  await sender.send({ changes: { emoji: '🚀' }, base: {} });
  await sender.send({ changes: { emoji: '🚀🚀' }, base: {} });
  expect(background.sent.map((entry) => entry.command)).toEqual(['store', 'store', 'store', 'watch', 'update']);
  expect(background.sent[2]!.args).toMatchObject({ pick: { id: 'p1', blurb: 'Kept', emoji: '🚀' } });
});

test('a pick already stored is only ever updated', async () => {
  const background = fakeBackground([]);
  const sender = new PickSender(background.handlers, pick, false);
  await sender.send({ changes: { title: 'T' }, base: {} });
  expect(background.sent.map((entry) => entry.command)).toEqual(['watch', 'update']);
});

test('when another popup stored the page first, its pick is the one edited from then on', async () => {
  const other = { ...pick, id: 'p0', blurb: 'typed in the other popup' };
  const background = fakeBackground([{ ok: true, pick: other }]);
  const sender = new PickSender(background.handlers, pick, true);
  const told: string[] = [];
  sender.onPick((stored) => told.push(stored.id));
  await sender.stored;
  await sender.send({ changes: { emoji: '🚀' }, base: { emoji: '' } });
  expect(told).toEqual(['p0']);
  expect(background.sent.at(-1)).toEqual({ command: 'update', args: { pickId: 'p0', changes: { emoji: '🚀' }, base: { emoji: '' } } });
});
