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

test('an undone delete puts back blocks with ids and order keys the backup would accept (a 2 MB id, a key that sorts nowhere, are refused)', () => {
  const inIssue = { ...pick, issueId: 'i1' };
  const block = { type: 'pick', id: 'b1', issueId: 'i1', order: 'a0', pickId: pick.id, updatedAt: 1000 };
  expect(accepts('restore', { removed: { pick: inIssue, blocks: [block] } })).toBe(true);
  const huge = 'x'.repeat(2_000_000);
  for (const field of ['id', 'issueId', 'order', 'pickId'] as const) {
    const result = pickMessageSchemas.restore.safeParse({ removed: { pick: inIssue, blocks: [{ ...block, [field]: huge }] } });
    expect(result.success).toBe(false);
    // The reason goes back to the popup and into the log: it never echoes the value.
    expect(JSON.stringify(result.error!.issues).length).toBeLessThan(2_000);
  }
  expect(accepts('restore', { removed: { pick: inIssue, blocks: [{ ...block, order: 'not a key!' }] } })).toBe(false);
  expect(accepts('restore', { removed: { pick: inIssue, blocks: [{ ...block, extra: 1 }] } })).toBe(false);
});
