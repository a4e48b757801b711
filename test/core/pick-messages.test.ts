import { expect, test } from 'vitest';
import { buildPick } from '../../src/core/capture';
import { pickMessageSchemas } from '../../src/core/pick-messages';

const pick = buildPick({ url: 'https://example.com/', title: 'T' }, 'p1', 1000);
const accepts = (name: keyof typeof pickMessageSchemas, args: unknown): boolean => pickMessageSchemas[name].safeParse(args).success;

test('a pick the popup built is accepted as it is', () => {
  expect(accepts('store', { pick, changed: { blurb: 'x' } })).toBe(true);
});

test('a stored pick must be whole, in the inbox, keyed by its URL, with real timestamps and no extra fields', () => {
  expect(accepts('store', { pick: { ...pick, evil: 1 }, changed: {} })).toBe(false);
  expect(accepts('store', { pick: { ...pick, createdAt: -1 }, changed: {} })).toBe(false);
  expect(accepts('store', { pick: { ...pick, issueId: 'elsewhere' }, changed: {} })).toBe(false);
  expect(accepts('store', { pick: { ...pick, urlKey: 'other' }, changed: {} })).toBe(false);
  const { id: _id, ...noId } = pick;
  expect(accepts('store', { pick: noId, changed: {} })).toBe(false);
});

test('changes name editable fields only, and a missing field stays missing', () => {
  expect(pickMessageSchemas.update.parse({ pickId: 'p1', changes: { blurb: 'x' }, base: {} })).toEqual({ pickId: 'p1', changes: { blurb: 'x' }, base: {} });
  expect(accepts('update', { pickId: 'p1', changes: { issueId: 'i' }, base: {} })).toBe(false);
  expect(accepts('update', { pickId: 'p1', changes: { updatedAt: 5 }, base: {} })).toBe(false);
  expect(accepts('update', { pickId: 'p1', changes: { kind: 'advert' }, base: {} })).toBe(false);
});
