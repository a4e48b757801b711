import { expect, test } from 'vitest';
import { domainOf, imageSource } from '../../src/core/domain';

test('the domain drops www. and keeps subdomains', () => {
  expect(domainOf('https://www.thenewstack.io/a?b=c')).toBe('thenewstack.io');
  expect(domainOf('https://blog.example.org/post')).toBe('blog.example.org');
  expect(domainOf('not a url')).toBe('');
});

test('only http(s) images are loaded', () => {
  expect(imageSource('https://example.com/a.png')).toBe('https://example.com/a.png');
  expect(imageSource('javascript:alert(1)')).toBeNull();
  expect(imageSource('data:image/svg+xml,<svg/>')).toBeNull();
  expect(imageSource(null)).toBeNull();
});
