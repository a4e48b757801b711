import { expect, test } from 'vitest';
import { buildPick } from '../../src/core/capture';
import type { Pick } from '../../src/core/types';
import type { WriteOutcome } from '../../src/platform/pick-write-port';
import type { PickEdit } from '../../src/popup/pick-sender';
import { PickWriter, type PickWriterEvents } from '../../src/popup/pick-writer';

const pick = buildPick({ url: 'https://example.com/', title: 'Old title' }, 'p1', 1000);

/** A background whose answers the test chooses, one write at a time. */
function fakeBackground() {
  const writes: Array<{ edit: PickEdit; answer(outcome: WriteOutcome): void }> = [];
  const send = (edit: PickEdit): Promise<WriteOutcome> => new Promise((answer) => writes.push({ edit, answer }));
  return { writes, send };
}
const settle = (): Promise<void> => new Promise((done) => setTimeout(done, 0));

function recorder(editing: string[] = []) {
  const seen = { outcomes: [] as WriteOutcome[], adopted: [] as object[], conflicts: [] as Array<{ field: string; mine: unknown; theirs: unknown }> };
  const events: PickWriterEvents = {
    onOutcome: (outcome) => seen.outcomes.push(outcome),
    onAdopt: (changes) => seen.adopted.push(changes),
    onConflict: (field, mine, theirs) => seen.conflicts.push({ field, mine, theirs }),
    isEditing: (field) => editing.includes(field),
  };
  return { seen, events };
}

test('each change is handed over at once, with only the changed field and the value it replaces', () => {
  const background = fakeBackground();
  const writer = new PickWriter(pick, background.send, recorder().events);
  writer.write('blurb', 'a');
  writer.write('blurb', 'ab');
  writer.write('title', 'T');
  expect(background.writes.map((entry) => entry.edit)).toEqual([
    { changes: { blurb: 'a' }, base: { blurb: '' } },
    { changes: { blurb: 'ab' }, base: { blurb: 'a' } },
    { changes: { title: 'T' }, base: { title: 'Old title' } },
  ]);
});

test('a failed write is reported and its fields go out again with the next change, over what is stored', async () => {
  const background = fakeBackground();
  const { seen, events } = recorder();
  const writer = new PickWriter(pick, background.send, events);
  writer.write('blurb', 'lost?');
  background.writes[0]!.answer({ ok: false, failure: 'full', message: 'QuotaExceededError' });
  await settle();
  expect(seen.outcomes).toEqual([{ ok: false, failure: 'full', message: 'QuotaExceededError' }]);
  writer.write('title', 'Next');
  expect(background.writes[1]!.edit).toEqual({ changes: { blurb: 'lost?', title: 'Next' }, base: { blurb: '', title: 'Old title' } });
});

test('an old failure never brings back a value typed over since', async () => {
  const background = fakeBackground();
  const writer = new PickWriter(pick, background.send, recorder().events);
  writer.write('blurb', 'old');
  writer.write('blurb', 'new');
  background.writes[1]!.answer({ ok: true });
  background.writes[0]!.answer({ ok: false, failure: 'other', message: 'boom' });
  await settle();
  writer.write('emoji', '🚀');
  expect(background.writes[2]!.edit.changes).toEqual({ emoji: '🚀' });
});

test('a field changed elsewhere and not being edited is shown; one being typed in keeps its text', () => {
  const { seen, events } = recorder(['blurb']);
  const writer = new PickWriter(pick, fakeBackground().send, events);
  const elsewhere: Pick = { ...pick, title: 'New title', blurb: 'their blurb' };
  writer.received(elsewhere);
  expect(seen.adopted).toEqual([{ title: 'New title' }]);
});

test('the popup never writes back a title it has not seen change: the next write uses the new base', async () => {
  const background = fakeBackground();
  const writer = new PickWriter(pick, background.send, recorder().events);
  writer.received({ ...pick, title: 'Options title' });
  writer.write('title', 'Options title!');
  expect(background.writes[0]!.edit.base).toEqual({ title: 'Options title' });
});

test('a write refused as stale shows the other text and offers the curator’s own, without retrying over it', async () => {
  const background = fakeBackground();
  const { seen, events } = recorder(['blurb']);
  const writer = new PickWriter(pick, background.send, events);
  writer.write('blurb', 'mine');
  background.writes[0]!.answer({ ok: true, pick: { ...pick, blurb: 'theirs' }, stale: ['blurb'] });
  await settle();
  expect(seen.conflicts).toEqual([{ field: 'blurb', mine: 'mine', theirs: 'theirs' }]);
  expect(seen.adopted).toEqual([{ blurb: 'theirs' }]);
  expect(background.writes).toHaveLength(1);
  // "Use mine": written over theirs, knowingly.
  writer.write('blurb', 'mine');
  expect(background.writes[1]!.edit).toEqual({ changes: { blurb: 'mine' }, base: { blurb: 'theirs' } });
});

test('refused as stale only because an earlier write of ours failed: sent again at once, no conflict shown', async () => {
  const background = fakeBackground();
  const { seen, events } = recorder(['blurb']);
  const writer = new PickWriter(pick, background.send, events);
  writer.write('blurb', 'a');
  writer.write('blurb', 'ab');
  background.writes[0]!.answer({ ok: false, failure: 'full', message: 'quota' });
  background.writes[1]!.answer({ ok: true, pick, stale: ['blurb'] });
  await settle();
  expect(seen.conflicts).toEqual([]);
  expect(background.writes[2]!.edit).toEqual({ changes: { blurb: 'ab' }, base: { blurb: '' } });
});
