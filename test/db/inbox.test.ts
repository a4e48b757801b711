import { beforeEach, expect, test } from 'vitest';
import type { Pick } from '../../src/core/types';
import { db } from '../../src/db/db';
import { getPicks, inboxIndexOf, inboxPage, listInbox, matchesSearch, picksOfIssue, searchInbox } from '../../src/db/inbox';

function pick(id: string, fields: Partial<Pick> = {}): Pick {
  return {
    id, url: `https://example.com/${id}`, urlKey: `example.com/${id}`, title: `Title ${id}`, blurb: '', emoji: '',
    kind: 'link', tags: [], image: null, description: '', siteName: '', quote: '', issueId: '',
    createdAt: 1, updatedAt: 1, ...fields,
  };
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

test('the inbox holds picks in no issue, newest first', async () => {
  await db.picks.bulkAdd([pick('old', { createdAt: 1 }), pick('new', { createdAt: 3 }), pick('placed', { createdAt: 2, issueId: 'i1' })]);
  expect((await listInbox()).map((each) => each.id)).toEqual(['new', 'old']);
  expect([...(await picksOfIssue('i1')).keys()]).toEqual(['placed']);
});

test('the inbox reads a page at a time, newest first, and finds where a pick stands', async () => {
  await db.picks.bulkAdd([
    pick('b', { createdAt: 1 }), pick('c', { createdAt: 5 }), pick('a', { createdAt: 3 }),
    pick('placed', { createdAt: 4, issueId: 'i1' }), pick('d', { createdAt: 2 }),
  ]);
  expect((await inboxPage(0, 10)).map((each) => each.id)).toEqual(['c', 'a', 'd', 'b']);
  expect((await inboxPage(1, 2)).map((each) => each.id)).toEqual(['a', 'd']);
  expect(await inboxIndexOf('d')).toBe(2);
  expect(await inboxIndexOf('placed')).toBe(-1);
  expect([...(await getPicks(['a', 'gone', 'c'])).keys()]).toEqual(['a', 'c']);
  await db.picks.update('c', { title: 'Restic' });
  expect(await searchInbox('restic')).toEqual(['c']);
});

test('search matches every word, in any case, across title, blurb, URL and tags', () => {
  const restic = pick('a', { title: 'Database backups', blurb: 'Avec [Restic]', url: 'https://strugglers.net/x', tags: ['Sauvegarde'] });
  expect(matchesSearch(restic, '')).toBe(true);
  expect(matchesSearch(restic, '  ')).toBe(true);
  expect(matchesSearch(restic, 'restic DATABASE')).toBe(true);
  expect(matchesSearch(restic, 'strugglers')).toBe(true);
  expect(matchesSearch(restic, 'sauvegarde')).toBe(true);
  expect(matchesSearch(restic, 'restic docker')).toBe(false);
});

test('search ignores accents, in the query and in the pick', () => {
  const secure = pick('s', { title: 'Un accès sécurisé', tags: ['Sécurité'] });
  expect(matchesSearch(secure, 'securise')).toBe(true);
  expect(matchesSearch(secure, 'ACCES SÉCURITÉ')).toBe(true);
  expect(matchesSearch(pick('t', { title: 'securise' }), 'sécurisé')).toBe(true);
  expect(matchesSearch(secure, 'securite docker')).toBe(false);
});
