// Issue #4: any front matter value (title, author, tags, extra keys and values) parses back from the
// exported front matter to exactly the same value, under YAML 1.1 (Jekyll) and 1.2 rules.
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, test } from 'vitest';
import { FrontMatterError, renderFrontMatter } from '../../src/core/front-matter';
import type { FrontMatter } from '../../src/core/types';
import { frontMatter, hasUnportable } from './arbitraries';

/** The YAML between the `---` lines, cut where Jekyll cuts it: at the first `---` or `...` line. */
function jekyllBody(file: string): string {
  const lines = file.split('\n');
  expect(lines[0]).toBe('---');
  const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  expect(end).toBe(lines.length - 2);
  return lines.slice(1, end).join('\n');
}

function readBack(body: string, version: '1.1' | '1.2'): [unknown, unknown][] {
  const doc = parseDocument(body, { version });
  expect(doc.errors).toEqual([]);
  const value: unknown = doc.toJS({ mapAsMap: true });
  return value instanceof Map ? [...value.entries()] : [];
}

/** -0 reads back as 0 and both mean the same to a reader. */
function comparable(fm: FrontMatter): [unknown, unknown][] {
  return Object.entries(fm).map(([key, value]) => [key, Object.is(value, -0) ? 0 : value]);
}

describe('front matter round trip', () => {
  test('every value reads back exactly, keys in order, or the export is refused with a named key', () => {
    fc.assert(
      fc.property(frontMatter, (fm) => {
        if (hasUnportable(fm)) {
          expect(() => renderFrontMatter(fm)).toThrow(FrontMatterError);
          return;
        }
        const body = jekyllBody(renderFrontMatter(fm));
        for (const version of ['1.1', '1.2'] as const) {
          expect(readBack(body, version).map(([k, v]) => [k, Object.is(v, -0) ? 0 : v])).toEqual(comparable(fm));
        }
      }),
      { numRuns: 3000 },
    );
  }, 60_000);
});
