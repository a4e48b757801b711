import { describe, expect, test } from 'vitest';
import { escapeInline, isHttpUrl, linkDestination, markdownLink } from '../../src/core/markdown';

describe('escapeInline', () => {
  test('leaves ordinary titles of the reference alone', () => {
    for (const title of ["It's not always DNS", 'OSV-Scanner', '1/3 Hands on Kubernetes', 'Waveterm, an open-source term']) {
      expect(escapeInline(title)).toBe(title);
    }
  });
  test('escapes emphasis, code, links, HTML, tables and strikethrough anywhere', () => {
    expect(escapeInline('a*b_c[d]e`f<g>h|i~j\\k')).toBe('a\\*b\\_c\\[d\\]e\\`f\\<g\\>h\\|i\\~j\\\\k');
  });
  test('escapes a leading block marker', () => {
    expect(escapeInline('# title')).toBe('\\# title');
    expect(escapeInline('- item')).toBe('\\- item');
    expect(escapeInline('+ item')).toBe('\\+ item');
    expect(escapeInline('1. first')).toBe('1\\. first');
    expect(escapeInline('12) twelfth')).toBe('12\\) twelfth');
    expect(escapeInline(': definition')).toBe('\\: definition');
  });
  test('escapes a # after a space (a heading closing sequence) but not inside a word', () => {
    expect(escapeInline('C# rocks #1')).toBe('C# rocks \\#1');
  });
  test('keeps entities from being read as entities', () => {
    expect(escapeInline('&amp; &#35; & co')).toBe('&amp;amp; &amp;#35; & co');
  });
  test('escapes kramdown math and attribute lists', () => {
    expect(escapeInline('$$x$$ costs $5 {:.big}')).toBe('\\$\\$x\\$\\$ costs $5 \\{:.big}');
  });
  test('turns line breaks into spaces and drops control characters', () => {
    expect(escapeInline('one\ntwo\r\nthree\u0000')).toBe('one two three');
  });
});

describe('isHttpUrl', () => {
  test('accepts http and https URLs with a host', () => {
    expect(isHttpUrl('https://example.com/a')).toBe(true);
    expect(isHttpUrl('HTTP://example.com')).toBe(true);
  });
  test('refuses every other scheme and malformed URLs', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'ftp://x.org', 'https://', '/relative', '']) {
      expect(isHttpUrl(url)).toBe(false);
    }
  });
});

describe('linkDestination', () => {
  test('encodes what could end a link early', () => {
    expect(linkDestination('https://en.wikipedia.org/wiki/Foo_(bar)')).toBe('https://en.wikipedia.org/wiki/Foo_%28bar%29');
    expect(linkDestination('https://x.org/a b<c>d|e\\f')).toBe('https://x.org/a%20b%3Cc%3Ed%7Ce%5Cf');
  });
  test('keeps existing percent escapes, queries and fragments unchanged', () => {
    const url = 'https://www.linkedin.com/pulse/retour-dexp%C3%A9rience/?trackingId=Tux%2BQJ2g%3D%3D#top';
    expect(linkDestination(url)).toBe(url);
  });
  test('encodes a lone % and non-ASCII as UTF-8', () => {
    expect(linkDestination('https://x.org/100%/café')).toBe('https://x.org/100%25/caf%C3%A9');
  });
  test('keeps brackets of an IPv6 host but encodes them in the path', () => {
    expect(linkDestination('http://[::1]:8080/a[1]')).toBe('http://[::1]:8080/a%5B1%5D');
  });
});

describe('markdownLink', () => {
  test('writes an escaped text and an encoded destination', () => {
    expect(markdownLink('A *bold* claim', 'https://x.org/(a)')).toBe('[A \\*bold\\* claim](https://x.org/%28a%29)');
  });
  test('never writes a link for a URL that is not http(s)', () => {
    expect(markdownLink('click [me]', 'javascript:alert(1)')).toBe('click \\[me\\]');
  });
  test('shows the URL when the text is empty', () => {
    expect(markdownLink(' ', 'https://x.org/')).toBe('[https://x.org/](https://x.org/)');
  });
});
