// The background's pick writes: one pick per page however captures interleave, and field patches that
// never overwrite what another page wrote since.
import { beforeEach, expect, test } from 'vitest';
import { buildPick } from '../../src/core/capture';
import { db } from '../../src/db/db';
import { storeCapturedPick } from '../../src/db/pick-capture';
import { patchPick } from '../../src/db/pick-patch';
import { createPick, getPick } from '../../src/db/picks';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

test('two stores of one new page started together keep one pick, with both popups’ changes', async () => {
  const first = buildPick({ url: 'https://example.com/a', title: 'A' }, 'first', 1000);
  const second = buildPick({ url: 'https://example.com/a?utm_source=x', title: 'A' }, 'second', 1001);
  const [a, b] = await Promise.all([
    storeCapturedPick({ ...first, blurb: 'typed in one' }, { blurb: 'typed in one' }),
    storeCapturedPick({ ...second, emoji: '🚀' }, { emoji: '🚀' }),
  ]);
  expect(a.id).toBe('first');
  expect(b.id).toBe('first');
  expect(await db.picks.count()).toBe(1);
  expect(await getPick('first')).toMatchObject({ blurb: 'typed in one', emoji: '🚀' });
});

test('a store sent again after a failure updates its own pick', async () => {
  const pick = buildPick({ url: 'https://example.com/b', title: 'B' }, 'p', 1000);
  await storeCapturedPick(pick, {});
  await storeCapturedPick({ ...pick, blurb: 'more' }, { blurb: 'more' });
  expect(await getPick('p')).toMatchObject({ blurb: 'more' });
  expect(await db.picks.count()).toBe(1);
});

test('a patch writes fields still as their base says, and names the others', async () => {
  const pick = await createPick({ url: 'https://example.com/c', title: 'Old' }, 1000);
  await patchPick(pick.id, { title: 'From options' }, { title: 'Old' });
  const result = await patchPick(pick.id, { title: 'Old!', blurb: 'hi' }, { title: 'Old', blurb: '' });
  expect(result?.stale).toEqual(['title']);
  expect(await getPick(pick.id)).toMatchObject({ title: 'From options', blurb: 'hi' });
});

test('a patch of a deleted pick does not recreate it', async () => {
  expect(await patchPick('gone', { blurb: 'x' }, {})).toBeNull();
  expect(await db.picks.count()).toBe(0);
});
