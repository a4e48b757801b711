import { describe, expect, test } from 'vitest';
import { pickToReopen, quoteBlurb, restrictionOf, withQuote, type PlacedPick } from '../../src/core/capture';
import type { Pick } from '../../src/core/types';

describe('restrictionOf', () => {
  test.each([
    'chrome://version', 'about:blank', 'edge://settings', 'view-source:https://example.com/',
    'chrome-extension://abc/src/popup/index.html', 'moz-extension://abc/page.html', 'brave://settings',
    'data:text/html,hi', 'javascript:void(0)', '',
  ])('%s is a browser page', (url) => {
    expect(restrictionOf(url, true)).toBe('internal');
  });
  test.each([
    'https://chromewebstore.google.com/detail/abc', 'https://chrome.google.com/webstore/detail/abc',
    'https://addons.mozilla.org/fr/firefox/addon/x/', 'https://microsoftedge.microsoft.com/addons/detail/x',
  ])('%s is an extension store', (url) => {
    expect(restrictionOf(url, true)).toBe('store');
  });
  test('a file needs the user’s permission', () => {
    expect(restrictionOf('file:///home/me/notes.html', false)).toBe('file');
    expect(restrictionOf('file:///home/me/notes.html', true)).toBeNull();
  });
  test.each(['https://example.com/post', 'http://127.0.0.1:8080/a', 'https://chrome.google.com/intl/fr/'])(
    '%s is an ordinary page', (url) => {
      expect(restrictionOf(url, false)).toBeNull();
    });
});

describe('quoteBlurb', () => {
  test('quotes each line and leaves room for a comment', () => {
    expect(quoteBlurb('  First line\nsecond line ')).toBe('> First line\n> second line\n\n');
  });
  test('keeps paragraph breaks inside the quote', () => {
    expect(quoteBlurb('one\n\ntwo')).toBe('> one\n>\n> two\n\n');
  });
  test('an empty selection gives no quote', () => {
    expect(quoteBlurb('   ')).toBe('');
  });
});

describe('withQuote', () => {
  test('starts an empty blurb', () => {
    expect(withQuote('', 'Quoted')).toBe('> Quoted\n\n');
  });
  test('never loses what was written', () => {
    expect(withQuote('My take.\n', 'Quoted')).toBe('My take.\n\n> Quoted\n\n');
  });
  test('an empty selection changes nothing', () => {
    expect(withQuote('My take.', '')).toBe('My take.');
  });
});

function pick(id: string, updatedAt: number): Pick {
  return {
    id, url: 'https://example.com/', urlKey: 'example.com', title: '', blurb: '', emoji: '', kind: 'link',
    tags: [], image: null, description: '', siteName: '', quote: '', issueId: '', createdAt: 0, updatedAt,
  };
}

describe('pickToReopen', () => {
  const published: PlacedPick = {
    pick: pick('old', 30), place: { kind: 'published', issueId: 'i1', title: 'Issue 1', date: '2025-11-12' },
  };
  test('nothing stored, nothing to reopen', () => {
    expect(pickToReopen([])).toBeNull();
  });
  test('prefers the pick still being worked on, even if a published one is newer', () => {
    const inbox: PlacedPick = { pick: pick('new', 10), place: { kind: 'inbox' } };
    expect(pickToReopen([published, inbox])?.pick.id).toBe('new');
  });
  test('prefers the most recently edited of several unpublished picks', () => {
    const a: PlacedPick = { pick: pick('a', 10), place: { kind: 'inbox' } };
    const b: PlacedPick = { pick: pick('b', 20), place: { kind: 'draft', issueId: 'd', title: 'Draft' } };
    expect(pickToReopen([a, b])?.pick.id).toBe('b');
  });
  test('falls back to the published pick', () => {
    expect(pickToReopen([published])?.place.kind).toBe('published');
  });
});
