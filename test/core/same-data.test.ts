import { expect, test } from 'vitest';
import { sameData } from '../../src/core/same-data';

test('the same records, arrays and Maps are the same data, whatever their identity', () => {
  const content = (): unknown => ({
    blocks: [{ id: 'b1', order: 'a0', tags: ['x'] }],
    picks: new Map([['p1', { id: 'p1', image: null, frontMatter: { title: 'T' } }]]),
  });
  expect(sameData(content(), content())).toBe(true);
  expect(sameData(3, 3)).toBe(true);
});

test('a changed value anywhere, a missing key or another shape differs', () => {
  expect(sameData({ a: { b: [1, 2] } }, { a: { b: [1, 3] } })).toBe(false);
  expect(sameData(new Map([['p', { t: 'a' }]]), new Map([['p', { t: 'b' }]]))).toBe(false);
  expect(sameData(new Map([['p', 1]]), new Map([['q', 1]]))).toBe(false);
  expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
  expect(sameData([1], { 0: 1, length: 1 })).toBe(false);
  expect(sameData(new Map(), {})).toBe(false);
  expect(sameData(null, {})).toBe(false);
  expect(sameData(undefined, null)).toBe(false);
});
