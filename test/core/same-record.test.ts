import { expect, test } from 'vitest';
import { sameRecord } from '../../src/core/same-record';

test('records with the same values are the same, whatever their identity', () => {
  expect(sameRecord({ id: 'a', tags: ['x', 'y'], image: null }, { id: 'a', tags: ['x', 'y'], image: null })).toBe(true);
});

test('one changed field, array item or key makes them differ', () => {
  expect(sameRecord({ id: 'a', order: 'a0' }, { id: 'a', order: 'a1' })).toBe(false);
  expect(sameRecord({ tags: ['x', 'y'] }, { tags: ['x', 'z'] })).toBe(false);
  expect(sameRecord<Record<string, unknown>>({ id: 'a' }, { id: 'a', extra: undefined })).toBe(false);
});

test('absent records are the same only as each other', () => {
  expect(sameRecord(undefined, undefined)).toBe(true);
  expect(sameRecord({ id: 'a' }, undefined)).toBe(false);
});
