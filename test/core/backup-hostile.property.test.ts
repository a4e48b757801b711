// Whatever a file holds, the validator answers (ok, or a problem) and never throws: random JSON, JSON
// nested tens of thousands of levels deep, megabyte strings and keys, put anywhere in a backup.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { parseBackupBytes } from '../../src/core/backup-bytes';
import { parseBackup } from '../../src/core/backup-format';

/** `levels` arrays or objects inside one another, built without recursion. */
function deep(levels: number, kind: 'array' | 'object', leaf: unknown): string {
  const [open, close] = kind === 'array' ? ['[', ']'] : ['{"k":', '}'];
  return `${open.repeat(levels)}${JSON.stringify(leaf)}${close.repeat(levels)}`;
}

const hostileValue: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }).map((value) => JSON.stringify(value) ?? 'null'),
  fc.tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('array' as const, 'object' as const), fc.jsonValue({ maxDepth: 1 }))
    .map(([levels, kind, leaf]) => deep(levels, kind, leaf)),
  fc.integer({ min: 0, max: 2_000_000 }).map((length) => JSON.stringify('x'.repeat(length))),
  fc.integer({ min: 1, max: 300_000 }).map((length) => `{${JSON.stringify('k'.repeat(length))}:1}`),
  fc.constantFrom('"2025-13-45"', '"__proto__"', '{"__proto__":{"a":1}}', '-1', '1e400', '[]', '{}', 'null', '"p1"'),
);

/** Where in a backup the hostile value goes. */
const places = [
  (v: string) => v,
  (v: string) => `{"format":"gleaner-backup","version":1,"picks":${v},"issues":[]}`,
  (v: string) => `{"format":"gleaner-backup","version":1,"picks":[{"id":"p1","url":"u","title":${v}}],"issues":[]}`,
  (v: string) => `{"format":"gleaner-backup","version":1,"picks":[{"id":${v},"url":"u"}],"issues":[{"id":"i","status":"draft","date":"2025-11-12","blocks":[{"type":"pick","pickId":${v}}]}]}`,
  (v: string) => `{"format":"gleaner-backup","version":1,"picks":[],"issues":[{"id":"i","status":"draft","date":${v},"frontMatter":{"x":${v}}}]}`,
  (v: string) => `{"format":"gleaner-backup","version":1,"picks":[],"issues":[],"settings":{"templates":${v},"theme":${v}}}`,
  (v: string) => `{"format":"gleaner-backup","version":1,"picks":[],"issues":[],"settings":{"templates":{"link":${v}}},${JSON.stringify('x')}:${v}}`,
];

test('random and hostile JSON anywhere in a backup: an answer, never an exception', () => {
  fc.assert(fc.property(hostileValue, fc.integer({ min: 0, max: places.length - 1 }), (value, place) => {
    const result = parseBackup(places[place]!(value));
    if (!result.ok && result.problem.kind === 'invalid') {
      for (const error of result.problem.errors) expect(error.path.length + error.message.length).toBeLessThan(600);
    }
  }), { numRuns: 200 });
}, 120_000);

test('random bytes: an answer, never an exception', () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
    expect(typeof parseBackupBytes(bytes).ok).toBe('boolean');
  }), { numRuns: 500 });
});

test('random text: an answer, never an exception', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
    expect(typeof parseBackup(text).ok).toBe('boolean');
  }), { numRuns: 500 });
});
