import { expect, test } from 'vitest';
import { buildPick } from '../../src/core/capture';
import type { PickCommand, PickCommands, PickHandlers, WriteOutcome } from '../../src/platform/pick-write-port';
import { PickSender } from '../../src/popup/pick-sender';

/** A background that records each command and answers with the outcomes the test queues. */
function fakeBackground(outcomes: WriteOutcome[]) {
  const sent: Array<{ command: PickCommand; args: PickCommands[PickCommand] }> = [];
  const answer = <Name extends PickCommand>(command: Name) => (args: PickCommands[Name]): Promise<WriteOutcome> => {
    sent.push({ command, args });
    return Promise.resolve(outcomes.shift() ?? { ok: true });
  };
  const handlers: PickHandlers = {
    store: answer('store'), update: answer('update'), restore: answer('restore'),
    delete: (args) => answer('delete')(args).then((outcome) => (outcome.ok ? { ok: true, removed: null } : outcome)),
  };
  return { sent, handlers };
}

const pick = buildPick({ url: 'https://example.com/', title: 'Example' }, 'p1', 1000);

test('a new pick is stored before anything else, then edits go as updates', async () => {
  const background = fakeBackground([]);
  const sender = new PickSender(background.handlers, pick, true);
  expect(await sender.stored).toEqual({ ok: true });
  await sender.send({ pickId: 'p1', changes: { blurb: 'Hi' } });
  expect(background.sent.map((entry) => entry.command)).toEqual(['store', 'update']);
  expect(background.sent[1]!.args).toEqual({ pickId: 'p1', changes: { blurb: 'Hi' } });
});

test('after a refused store, the next change stores the whole pick with everything typed', async () => {
  const background = fakeBackground([{ ok: false, failure: 'full', message: 'quota' }, { ok: false, failure: 'full', message: 'quota' }]);
  const sender = new PickSender(background.handlers, pick, true);
  expect(await sender.stored).toMatchObject({ ok: false, failure: 'full' });
  await sender.send({ pickId: 'p1', changes: { blurb: 'Kept' } });
  await sender.send({ pickId: 'p1', changes: { emoji: '🚀' } });
  await sender.send({ pickId: 'p1', changes: { emoji: '🚀🚀' } });
  expect(background.sent.map((entry) => entry.command)).toEqual(['store', 'store', 'store', 'update']);
  expect(background.sent[2]!.args).toMatchObject({ pick: { id: 'p1', blurb: 'Kept', emoji: '🚀' } });
});

test('a pick already stored is only ever updated', async () => {
  const background = fakeBackground([]);
  const sender = new PickSender(background.handlers, pick, false);
  await sender.send({ pickId: 'p1', changes: { title: 'T' } });
  expect(background.sent.map((entry) => entry.command)).toEqual(['update']);
});
