import { describe, expect, test } from 'vitest';
import { mergeEntry, HISTORY_LIMIT, mergeHistory } from '../../../src/core/sync/merge';
import { tombstone, type SyncEntry, type SyncRecord } from '../../../src/core/sync/records';

const ref = { kind: 'picks' as const, id: 'p1' };
const basePick = { id: 'p1', url: 'https://example.com/', title: 'Title', blurb: 'Base blurb', tags: [] as string[], updatedAt: 10 };

function pick(fields: Partial<typeof basePick> & { history?: unknown }): SyncEntry {
  return { ref, deleted: false, record: { ...basePick, ...fields } as SyncRecord };
}
function record(entry: SyncEntry | undefined): SyncRecord {
  if (!entry || entry.deleted) throw new Error('expected a live record');
  return entry.record;
}

describe('mergeEntry', () => {
  const base = pick({});

  test('a side that did not change takes the other side', () => {
    const edited = pick({ title: 'New', updatedAt: 20 });
    expect(mergeEntry(base, base, edited)).toBe(edited);
    expect(mergeEntry(base, edited, base)).toBe(edited);
  });

  test('different fields edited on both devices are both kept', () => {
    const merged = record(mergeEntry(base, pick({ title: 'Mine', updatedAt: 20 }), pick({ tags: ['ops'], updatedAt: 30 })));
    expect(merged).toMatchObject({ title: 'Mine', tags: ['ops'], blurb: 'Base blurb', updatedAt: 30 });
    expect(merged.history).toBeUndefined();
  });

  test('the same blurb edited on both: the later wins, the other goes into the history', () => {
    const merged = record(mergeEntry(base, pick({ blurb: 'Laptop', updatedAt: 20 }), pick({ blurb: 'Desktop', updatedAt: 30 })));
    expect(merged.blurb).toBe('Desktop');
    expect(merged.history).toEqual([{ blurb: 'Laptop', editedAt: 20 }]);
  });

  test('at the same millisecond the choice does not depend on which side is local', () => {
    const a = pick({ blurb: 'A', updatedAt: 20 });
    const b = pick({ blurb: 'B', updatedAt: 20 });
    expect(mergeEntry(base, a, b)).toEqual(mergeEntry(base, b, a));
    expect(record(mergeEntry(base, a, b)).history).toHaveLength(1);
  });

  test('an unchanged blurb on the losing side is not history', () => {
    const merged = record(mergeEntry(base, pick({ tags: ['x'], updatedAt: 20 }), pick({ blurb: 'New', updatedAt: 30 })));
    expect(merged.history).toBeUndefined();
  });

  test('a deletion beats an older edit and an edit at the same time', () => {
    for (const at of [20, 30]) {
      expect(mergeEntry(base, tombstone(ref, 30), pick({ blurb: 'Edited', updatedAt: at }))).toEqual(tombstone(ref, 30));
    }
  });

  test('an edit made after the deletion keeps the pick', () => {
    const edited = pick({ blurb: 'Edited', updatedAt: 40 });
    expect(mergeEntry(base, tombstone(ref, 30), edited)).toBe(edited);
  });

  test('a deletion on one side only wins, however old the other side is', () => {
    expect(mergeEntry(pick({ updatedAt: 50 }), tombstone(ref, 30), pick({ updatedAt: 50 }))).toEqual(tombstone(ref, 30));
  });

  test('a record one side knows nothing of is kept, never deleted', () => {
    expect(mergeEntry(base, base, undefined)).toBe(base);
    expect(mergeEntry(undefined, undefined, base)).toBe(base);
  });

  test('histories from both sides are united', () => {
    const merged = record(mergeEntry(
      base,
      pick({ blurb: 'L', updatedAt: 20, history: [{ blurb: 'old L', editedAt: 5 }] }),
      pick({ blurb: 'R', updatedAt: 30, history: [{ blurb: 'old R', editedAt: 6 }] }),
    ));
    expect(merged.history).toEqual([{ blurb: 'L', editedAt: 20 }, { blurb: 'old R', editedAt: 6 }, { blurb: 'old L', editedAt: 5 }]);
  });
});

test('the history keeps the newest entries, one per text and time', () => {
  const many = Array.from({ length: HISTORY_LIMIT + 5 }, (_, index) => ({ blurb: `b${index}`, editedAt: index }));
  const merged = mergeHistory(many, many.slice(0, 3));
  expect(merged).toHaveLength(HISTORY_LIMIT);
  expect(merged[0]).toEqual({ blurb: `b${HISTORY_LIMIT + 4}`, editedAt: HISTORY_LIMIT + 4 });
});
