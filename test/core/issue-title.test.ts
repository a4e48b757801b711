import { describe, expect, test } from 'vitest';
import { formatIssueTitle, titleText } from '../../src/core/issue-title';

describe('formatIssueTitle', () => {
  test('{Date} writes the date in the language with capitalised words, as the reference does', () => {
    expect(formatIssueTitle('Newsletter du {Date}', '2025-11-12', 'fr')).toBe('Newsletter du 12 Novembre 2025');
  });
  test('{date} writes the date as the language does', () => {
    expect(formatIssueTitle('Newsletter du {date}', '2025-11-12', 'fr')).toBe('Newsletter du 12 novembre 2025');
    expect(formatIssueTitle('Issue of {date}', '2025-11-12', 'en')).toBe('Issue of November 12, 2025');
    expect(formatIssueTitle('{date}', '2025-03-01', 'de')).toBe('1. März 2025');
  });
  test('is not shifted by the time zone', () => {
    expect(formatIssueTitle('{date}', '2025-01-01', 'en')).toBe('January 1, 2025');
  });
  test('keeps an invalid date or language usable', () => {
    expect(formatIssueTitle('N {date}', 'soon', 'fr')).toBe('N soon');
    expect(formatIssueTitle('{date}', '2025-11-12', 'not a language!')).toBe('November 12, 2025');
  });
  test('leaves a pattern without placeholder alone', () => {
    expect(formatIssueTitle('Special issue', '2025-11-12', 'fr')).toBe('Special issue');
  });
});

test('titleText: the front matter\'s title as text, empty when it has none or it is not text', () => {
  expect(titleText({ title: 'Newsletter du 12 Novembre 2025' })).toBe('Newsletter du 12 Novembre 2025');
  expect(titleText({ layout: 'post' })).toBe('');
  expect(titleText({ title: 2025 })).toBe('');
  expect(titleText({ title: ['a'] })).toBe('');
});
