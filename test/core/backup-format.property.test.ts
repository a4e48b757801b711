// Whatever a valid backup holds survives being restored and exported again: every field, every key order.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { fromBackupFile, parseBackup, toBackupFile, type BackupData } from '../../src/core/backup-format';
import { compareKeys } from '../../src/core/order-key';

const text = fc.string({ unit: 'binary', maxLength: 40 });
const id = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 });
const time = fc.option(fc.nat({ max: 4_102_444_800_000 }), { nil: undefined });
const key = text.filter((candidate) => candidate !== '__proto__');
// -0 becomes 0 in JSON, which is the same front matter value.
const frontMatterValue = fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)), fc.boolean(), fc.constant(null), fc.array(text, { maxLength: 3 }));
const frontMatter = fc.dictionary(key, frontMatterValue, { maxKeys: 6 });
const date = fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const pick = fc.record({
  id, url: fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), text.filter((s) => s.length > 0)),
  title: text, blurb: text, emoji: text, kind: fc.constantFrom('link', 'featured', 'sponsor'), tags: fc.array(text, { maxLength: 3 }),
  image: fc.option(fc.webUrl(), { nil: null }), description: text, siteName: text, quote: text, createdAt: time, updatedAt: time,
}, { requiredKeys: ['id', 'url'] });

/** A pick shows at most once per issue (the format refuses a second block of it). */
function onePickBlockEach<T extends { type: string; pickId?: string }>(blocks: T[]): T[] {
  const seen = new Set<string>();
  return blocks.filter((block) => block.pickId === undefined || (!seen.has(block.pickId) && Boolean(seen.add(block.pickId))));
}

const file = fc.uniqueArray(pick, { selector: (p) => p.id, maxLength: 6 }).chain((picks) => {
  const block = fc.oneof(
    fc.record({ type: fc.constant('text'), markdown: text }),
    fc.record({ type: fc.constant('heading'), level: fc.constantFrom(1, 2, 3, 4, 5, 6), text }),
    ...(picks.length ? [fc.record({ type: fc.constant('pick'), pickId: fc.constantFrom(...picks.map((p) => p.id)) })] : []),
  );
  const issue = fc.record({
    id, status: fc.constantFrom('draft', 'published'), date, language: fc.option(id, { nil: undefined }), frontMatter,
    blocks: fc.array(block, { maxLength: 6 }).map(onePickBlockEach), createdAt: time, updatedAt: time, publishedAt: fc.option(fc.nat(), { nil: null }),
  }, { requiredKeys: ['id', 'status', 'date'] });
  const settings = fc.record({
    templates: fc.record({ link: text, featured: text, sponsor: text, heading: text }, { requiredKeys: [] }),
    frontMatterDefaults: frontMatter, language: id, theme: fc.dictionary(key, fc.oneof(text, fc.boolean(), fc.nat())),
  }, { requiredKeys: [] });
  return fc.record({
    format: fc.constant('gleaner-backup'), version: fc.constant(1), picks: fc.constant(picks),
    issues: fc.uniqueArray(issue, { selector: (i) => i.id, maxLength: 3 }), settings,
  });
});

function sorted(data: BackupData): BackupData {
  const byId = <T extends { id: string }>(rows: T[]): T[] => [...rows].sort((a, b) => compareKeys(a.id, b.id));
  return { ...data, picks: byId(data.picks), issues: byId(data.issues), blocks: byId(data.blocks) };
}

test('a valid file is accepted, and export then restore gives back the same rows in the same key order', () => {
  let counter = 0;
  const options = { defaultLanguage: 'fr', now: 1_700_000_000_000, newId: () => `id-${++counter}` };
  fc.assert(fc.property(file, (generated) => {
    const parsed = parseBackup(JSON.stringify(generated));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    const restored = fromBackupFile(parsed.file, options);
    const again = parseBackup(JSON.stringify(toBackupFile(restored, '2025-11-12T00:00:00.000Z')));
    if (!again.ok) throw new Error(JSON.stringify(again.problem));
    const twice = fromBackupFile(again.file, options);
    expect(sorted(twice)).toEqual(sorted(restored));
    for (const issue of restored.issues) {
      expect(Object.keys(twice.issues.find((other) => other.id === issue.id)!.frontMatter)).toEqual(Object.keys(issue.frontMatter));
    }
  }), { numRuns: 300 });
}, 60_000);
