import MarkdownIt from 'markdown-it';
import { linkBlurb } from '../../src/core/blurb';
import { describe, expect, test } from 'vitest';
import {
  metadataChanges, parseTags, pickToReopen, quoteBlurb, restrictionOf, withQuote, type PageMetadata, type PlacedPick,
} from '../../src/core/capture';
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
  test('page text is quoted as text: no HTML, and its brackets do not take the link', () => {
    const blurb = quoteBlurb('See [1] and <img src=x onerror="alert(1)">');
    const html = new MarkdownIt({ html: true }).render(blurb);
    expect(html).not.toContain('<img');
    expect(html).toContain('See [1] and &lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(linkBlurb(`${blurb}My [own phrase].`, 'https://example.org/').markdown)
      .toContain('[own phrase](https://example.org/)');
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

describe('parseTags', () => {
  test('splits on commas, trims, drops empties and repeats', () => {
    expect(parseTags(' devops, Linux ,,devops, ')).toEqual(['devops', 'Linux']);
  });
  test('no text, no tags', () => {
    expect(parseTags('')).toEqual([]);
  });
});

describe('metadataChanges', () => {
  const meta: PageMetadata = {
    title: '', image: 'https://example.com/og.png', description: 'About', siteName: 'Example',
    canonicalUrl: 'https://example.com/post', selection: '',
  };
  const base = { ...pick('p', 1), url: 'https://example.com/post?utm_source=x', urlKey: 'example.com/post' };
  const context = { current: base, touched: new Set<keyof Pick>(), isNew: true, tabUrl: 'https://example.com/post?utm_source=x', tabTitle: base.title };

  test('fills empty fields and prefers the canonical spelling of the same page', () => {
    expect(metadataChanges(meta, context)).toEqual({
      image: 'https://example.com/og.png', description: 'About', siteName: 'Example', url: 'https://example.com/post',
    });
  });
  test('never overwrites what the curator typed or chose', () => {
    const touched = new Set<keyof Pick>(['url', 'blurb', 'image']);
    expect(metadataChanges({ ...meta, selection: 'Quote' }, { ...context, touched })).toEqual({
      description: 'About', siteName: 'Example', quote: 'Quote',
    });
  });
  test('a canonical URL of another page is ignored', () => {
    expect(metadataChanges({ ...meta, canonicalUrl: 'https://example.com/other' }, context).url).toBeUndefined();
  });
  test('a reopened pick keeps its URL', () => {
    expect(metadataChanges(meta, { ...context, isNew: false }).url).toBeUndefined();
  });
  test('a selection starts an empty blurb as a quote', () => {
    const changes = metadataChanges({ ...meta, selection: ' Worth it ' }, context);
    expect(changes.blurb).toBe('> Worth it\n\n');
    expect(changes.quote).toBe('Worth it');
  });
  test('a new pick takes og:title over the tab title', () => {
    const changes = metadataChanges({ ...meta, title: 'The real title' }, { ...context, tabTitle: 'The real title | Example' });
    expect(changes.title).toBe('The real title');
  });
  test('a title the curator typed, or a reopened pick’s, stays', () => {
    const withOg = { ...meta, title: 'The real title' };
    expect(metadataChanges(withOg, { ...context, touched: new Set<keyof Pick>(['title']) }).title).toBeUndefined();
    const current = { ...base, title: 'Typed last week' };
    expect(metadataChanges(withOg, { ...context, current, isNew: false, tabTitle: 'Tab | Example' }).title).toBeUndefined();
  });
  test('a reopened pick still titled as its tab gets og:title', () => {
    const current = { ...base, title: 'The real title | Example' };
    const changes = metadataChanges({ ...meta, title: 'The real title' }, { ...context, current, isNew: false, tabTitle: 'The real title | Example' });
    expect(changes.title).toBe('The real title');
  });
  test('a selection does not touch a blurb already written', () => {
    const current = { ...base, blurb: 'Mine' };
    expect(metadataChanges({ ...meta, selection: 'Quote' }, { ...context, current }).blurb).toBeUndefined();
  });
});
