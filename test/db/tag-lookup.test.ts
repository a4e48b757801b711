// The popup's tag suggestions, read with plain IndexedDB from the latest picks only.
import { beforeEach, expect, test } from 'vitest';
import { db } from '../../src/db/db';
import { createPick } from '../../src/db/picks';
import { lookUpRecentTags } from '../../src/db/tag-lookup';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

test('the tags of the latest picks, most used first', async () => {
  await createPick({ url: 'https://example.com/a', title: 'A', tags: ['rust', 'old'] }, 1);
  await createPick({ url: 'https://example.com/b', title: 'B', tags: ['devops', 'rust'] }, 2);
  await createPick({ url: 'https://example.com/c', title: 'C', tags: ['linux'] }, 3);
  expect(await lookUpRecentTags()).toEqual(['rust', 'linux', 'devops', 'old']);
});

test('only the latest picks are read', async () => {
  await createPick({ url: 'https://example.com/a', title: 'A', tags: ['ancient'] }, 1);
  await createPick({ url: 'https://example.com/b', title: 'B', tags: ['recent'] }, 2);
  expect(await lookUpRecentTags(1)).toEqual(['recent']);
});

test('no database yet, no tags', async () => {
  db.close();
  await db.delete();
  expect(await lookUpRecentTags()).toEqual([]);
});
