import { describe, expect, test } from 'vitest';
import { normalizeUrl, withoutTracking } from '../../src/core/url-key';

describe('normalizeUrl: the same page gets the same key', () => {
  const samePage: Array<[string, string]> = [
    ['https://example.com/post', 'https://example.com/post/'],
    ['https://example.com/post', 'https://www.example.com/post'],
    ['https://example.com/post', 'HTTPS://EXAMPLE.COM/post'],
    ['https://example.com/post', 'http://example.com/post'],
    ['https://example.com/post', 'https://example.com:443/post'],
    ['http://example.com/post', 'http://example.com:80/post'],
    ['https://example.com/post', 'https://example.com/post?utm_source=x&utm_medium=email'],
    ['https://example.com/post', 'https://example.com/post?UTM_Campaign=Spring'],
    ['https://example.com/post', 'https://example.com/post?fbclid=abc123'],
    ['https://example.com/post', 'https://example.com/post?gclid=1&msclkid=2&mc_cid=3&mc_eid=4'],
    ['https://example.com/post', 'https://example.com/post#:~:text=worth%20sharing'],
    ['https://example.com/post', 'https://example.com/post#comments'],
    ['https://example.com/post', 'https://example.com/post?utm_source=x#:~:text=foo'],
    ['https://example.com/post?a=1&b=2', 'https://example.com/post?b=2&a=1'],
    ['https://example.com/post?id=7', 'https://example.com/post?utm_source=x&id=7&fbclid=z'],
    ['https://example.com/', 'https://example.com'],
    ['https://example.com/post', '  https://example.com/post  '],
    ['https://example.com/post', 'https://example.com./post'],
    ['https://example.com/a b', 'https://example.com/a%20b'],
    ['https://example.com/post', 'https://user:secret@example.com/post'],
  ];
  test.each(samePage)('%s ~ %s', (a, b) => {
    expect(normalizeUrl(b)).toBe(normalizeUrl(a));
  });
});

describe('normalizeUrl: different pages keep different keys', () => {
  const differentPages: Array<[string, string]> = [
    ['https://example.com/post', 'https://example.com/Post'],
    ['https://example.com/post?id=1', 'https://example.com/post?id=2'],
    ['https://example.com/post', 'https://blog.example.com/post'],
    ['https://example.com/post', 'https://example.com:8443/post'],
    ['https://example.com/post', 'https://example.org/post'],
    ['https://example.com/a/b', 'https://example.com/a'],
    ['https://www2.example.com/post', 'https://example.com/post'],
  ];
  test.each(differentPages)('%s ≠ %s', (a, b) => {
    expect(normalizeUrl(a)).not.toBe(normalizeUrl(b));
  });
});

describe('normalizeUrl: exact keys', () => {
  test('drops scheme, www, default port, tracking, fragment and trailing slash', () => {
    expect(normalizeUrl('https://WWW.Example.com:443/Blog/Post/?utm_source=x&b=2&a=1#:~:text=hi'))
      .toBe('example.com/Blog/Post?a=1&b=2');
  });
  test('keeps a non-default port', () => {
    expect(normalizeUrl('http://127.0.0.1:8080/article')).toBe('127.0.0.1:8080/article');
  });
  test('a bare host has an empty path', () => {
    expect(normalizeUrl('https://example.com/')).toBe('example.com');
  });
  test('international host names become punycode', () => {
    expect(normalizeUrl('https://bücher.example/livre')).toBe('xn--bcher-kva.example/livre');
  });
  test('a non-web URL stays whole', () => {
    expect(normalizeUrl('mailto:cyril@example.com')).toBe('mailto:cyril@example.com');
  });
  test('text that is not a URL comes back trimmed', () => {
    expect(normalizeUrl('  not a url ')).toBe('not a url');
  });
});

describe('withoutTracking: the URL offered for publishing', () => {
  test('removes tracking parameters and keeps the others in order', () => {
    expect(withoutTracking('https://example.com/post?b=2&utm_source=x&a=1&fbclid=z'))
      .toBe('https://example.com/post?b=2&a=1');
  });
  test('removes a text directive but keeps a plain fragment', () => {
    expect(withoutTracking('https://example.com/post#intro:~:text=foo')).toBe('https://example.com/post#intro');
  });
  test('leaves no dangling ? or #', () => {
    expect(withoutTracking('https://example.com/post?utm_source=x#:~:text=foo')).toBe('https://example.com/post');
  });
  test('keeps www and the path as the curator saw them', () => {
    expect(withoutTracking('https://www.example.com/Post/')).toBe('https://www.example.com/Post/');
  });
});
