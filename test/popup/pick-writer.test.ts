import { expect, test } from 'vitest';
import type { PickWrite, WriteOutcome } from '../../src/platform/pick-write-port';
import { PickWriter } from '../../src/popup/pick-writer';

/** A background whose answers the test chooses, one write at a time. */
function fakeBackground() {
  const writes: Array<{ write: PickWrite; answer(outcome: WriteOutcome): void }> = [];
  const send = (write: PickWrite): Promise<WriteOutcome> => new Promise((answer) => writes.push({ write, answer }));
  return { writes, send };
}
const settle = (): Promise<void> => new Promise((done) => setTimeout(done, 0));

test('each change is handed over at once, with only the changed field', () => {
  const background = fakeBackground();
  const writer = new PickWriter('p1', background.send, () => {});
  writer.write('blurb', 'a');
  writer.write('blurb', 'ab');
  writer.write('title', 'T');
  expect(background.writes.map((entry) => entry.write)).toEqual([
    { pickId: 'p1', changes: { blurb: 'a' } },
    { pickId: 'p1', changes: { blurb: 'ab' } },
    { pickId: 'p1', changes: { title: 'T' } },
  ]);
});

test('a failed write is reported and its fields go out again with the next change', async () => {
  const background = fakeBackground();
  const outcomes: WriteOutcome[] = [];
  const writer = new PickWriter('p1', background.send, (outcome) => outcomes.push(outcome));
  writer.write('blurb', 'lost?');
  background.writes[0]!.answer({ ok: false, failure: 'full', message: 'QuotaExceededError' });
  await settle();
  expect(outcomes).toEqual([{ ok: false, failure: 'full', message: 'QuotaExceededError' }]);
  writer.write('title', 'Next');
  expect(background.writes[1]!.write.changes).toEqual({ blurb: 'lost?', title: 'Next' });
});

test('an old failure never brings back a value typed over since', async () => {
  const background = fakeBackground();
  const writer = new PickWriter('p1', background.send, () => {});
  writer.write('blurb', 'old');
  writer.write('blurb', 'new');
  background.writes[1]!.answer({ ok: true });
  background.writes[0]!.answer({ ok: false, failure: 'other', message: 'boom' });
  await settle();
  writer.write('emoji', '🚀');
  expect(background.writes[2]!.write.changes).toEqual({ emoji: '🚀' });
});
