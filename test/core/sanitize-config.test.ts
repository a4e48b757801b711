import { expect, test } from 'vitest';
import { isSafeImageSrc, isSafeLinkHref } from '../../src/core/sanitize-config';

test('web and mail links stay clickable', () => {
  expect(isSafeLinkHref('https://example.com/Foo_(bar)')).toBe(true);
  expect(isSafeLinkHref('http://example.com')).toBe(true);
  expect(isSafeLinkHref('mailto:cyril@example.com')).toBe(true);
});

test('script, data and extension links do not', () => {
  expect(isSafeLinkHref('javascript:alert(1)')).toBe(false);
  expect(isSafeLinkHref(' JaVaScRiPt:alert(1)')).toBe(false);
  expect(isSafeLinkHref('data:text/html,<script>alert(1)</script>')).toBe(false);
  expect(isSafeLinkHref('chrome-extension://abc/src/options/index.html')).toBe(false);
});

test('relative links, which would resolve inside the extension, do not', () => {
  expect(isSafeLinkHref('/2025/11/12/newsletter')).toBe(false);
});

test('images load from the web or from raster data URLs only', () => {
  expect(isSafeImageSrc('https://storage.mlcdn.com/banner.png')).toBe(true);
  expect(isSafeImageSrc('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
  expect(isSafeImageSrc('data:image/svg+xml;base64,PHN2Zz4=')).toBe(false);
  expect(isSafeImageSrc('javascript:alert(1)')).toBe(false);
  expect(isSafeImageSrc('x')).toBe(false);
});
