// The popup's plain-IndexedDB read must answer exactly as the Dexie query the rest of Gleaner uses.
import { beforeEach, expect, test } from 'vitest';
import type { Issue } from '../../src/core/types';
import { db } from '../../src/db/db';
import { lookUpPage } from '../../src/db/page-lookup';
import { createPick, findPicksForUrl, storePick } from '../../src/db/picks';

function issue(id: string, status: Issue['status'], title: string): Issue {
  return {
    id, status, date: '2025-11-12', language: 'fr', frontMatter: { layout: 'post', title },
    createdAt: 1, updatedAt: 1, publishedAt: status === 'published' ? 1 : null,
  };
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

test('finds the same picks, with the same places, as findPicksForUrl', async () => {
  await db.issues.bulkAdd([issue('draft', 'draft', 'Brouillon'), issue('past', 'published', 'Newsletter du 12 Novembre 2025')]);
  const inbox = await createPick({ url: 'https://example.com/inbox', title: 'Inbox' }, 1);
  const drafted = await createPick({ url: 'https://example.com/both', title: 'In the draft' }, 2);
  const published = await createPick({ url: 'https://www.example.com/both/?utm_source=x', title: 'Published' }, 3);
  await storePick({ ...drafted, issueId: 'draft' });
  await storePick({ ...published, issueId: 'past' });
  await createPick({ url: 'https://example.com/other', title: 'Other' }, 4);

  for (const url of ['https://example.com/inbox', 'https://example.com/both#:~:text=x', 'https://example.com/none']) {
    const byRead = await lookUpPage(url);
    const byDexie = await findPicksForUrl(url);
    const order = (list: typeof byRead) => [...list].sort((a, b) => a.pick.id.localeCompare(b.pick.id));
    expect(order(byRead)).toEqual(order(byDexie));
  }
  expect((await lookUpPage('https://example.com/both')).map((found) => found.place.kind).sort()).toEqual(['draft', 'published']);
  expect(await lookUpPage(inbox.url)).toHaveLength(1);
});

test('a page a published issue links to without a pick counts as published there, in both lookups', async () => {
  const linking = (id: string, status: Issue['status'], title: string): Issue => ({ ...issue(id, status, title), linkKeys: ['example.com/prose', 'example.com/picked'] });
  await db.issues.bulkAdd([linking('old', 'published', 'Newsletter du 6 Mars 2019'), linking('reopened', 'draft', 'Brouillon')]);
  const picked = await createPick({ url: 'https://example.com/picked', title: 'Picked' }, 1);
  await storePick({ ...picked, issueId: 'old' });

  for (const url of ['https://www.example.com/prose/?utm_source=x', 'https://example.com/picked', 'https://example.com/none']) {
    expect(await lookUpPage(url)).toEqual(await findPicksForUrl(url));
  }
  const [found, ...more] = await lookUpPage('https://example.com/prose#intro');
  expect(more).toEqual([]);
  expect(found?.place).toEqual({ kind: 'published', issueId: 'old', title: 'Newsletter du 6 Mars 2019', date: '2025-11-12' });
  // The issue's own pick already says it: no second entry for the same issue.
  expect((await lookUpPage('https://example.com/picked')).map((entry) => entry.pick.id)).toEqual([picked.id]);
});

test('before anything was picked, finds nothing and creates no database', async () => {
  db.close();
  await db.delete();
  expect(await lookUpPage('https://example.com/')).toEqual([]);
  expect((await indexedDB.databases()).map((database) => database.name)).not.toContain('gleaner');
});

test('without IndexedDB, fails as Dexie does when the API is missing', async () => {
  const original = globalThis.indexedDB;
  Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true });
  try {
    await expect(lookUpPage('https://example.com/')).rejects.toMatchObject({ name: 'MissingAPIError' });
  } finally {
    Object.defineProperty(globalThis, 'indexedDB', { value: original, configurable: true });
  }
});
