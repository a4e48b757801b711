import { describe, expect, test } from 'vitest';
import { issueFileName, slugify } from '../../src/core/file-name';
import type { Issue } from '../../src/core/types';

function issue(date: string, title: unknown): Issue {
  return {
    id: 'i', status: 'draft', date, language: 'fr', frontMatter: { title: title as string },
    createdAt: Date.UTC(2025, 0, 2), updatedAt: 0, publishedAt: null,
  };
}

describe('slugify', () => {
  test('lower-cases, strips accents and joins words with dashes', () => {
    expect(slugify('Newsletter du 12 Novembre 2025')).toBe('newsletter-du-12-novembre-2025');
    expect(slugify('Été à Noël : ça déménage !')).toBe('ete-a-noel-ca-demenage');
  });
  test('spells out ligatures and drops what has no ASCII form', () => {
    expect(slugify('Œuvre, Straße & 🚀 中文')).toBe('oeuvre-strasse');
  });
  test('cuts a long title on a word boundary', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('word')).toBe(true);
  });
});

describe('issueFileName', () => {
  test("names the file after the issue's date and title", () => {
    expect(issueFileName(issue('2025-11-12', 'Newsletter du 12 Novembre 2025'))).toBe('2025-11-12-newsletter-du-12-novembre-2025.md');
  });
  test('falls back to "issue" without a usable title', () => {
    expect(issueFileName(issue('2025-11-12', ''))).toBe('2025-11-12-issue.md');
    expect(issueFileName(issue('2025-11-12', ['x']))).toBe('2025-11-12-issue.md');
  });
  test('falls back to the creation day without a valid date', () => {
    expect(issueFileName(issue('someday', 'T'))).toBe('2025-01-02-t.md');
  });
  test('an impossible date is not a date: Jekyll would stop on it', () => {
    expect(issueFileName(issue('2025-13-45', 'T'))).toBe('2025-01-02-t.md');
    expect(issueFileName(issue('2025-02-29', 'T'))).toBe('2025-01-02-t.md');
    expect(issueFileName({ ...issue('2025-13-45', 'T'), createdAt: Number.NaN })).toBe('1970-01-01-t.md');
  });
});
