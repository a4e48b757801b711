// Issue #3 item 7: the reference issue, entered as Gleaner data, exports byte for byte.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { issueFileName } from '../../src/core/file-name';
import { renderIssue } from '../../src/core/render-issue';
import { REFERENCE_DOCUMENT, REFERENCE_ISSUE } from '../fixtures/reference-issue';

const REFERENCE_NAME = '2025-11-12-newsletter-du-12-novembre-2025.md';
const reference = readFileSync(new URL(`../fixtures/${REFERENCE_NAME}`, import.meta.url), 'utf8');

describe('golden: the reference issue', () => {
  test('renders byte for byte (the published file only lacks the final newline)', () => {
    expect(reference.endsWith('\n')).toBe(false);
    expect(renderIssue(REFERENCE_DOCUMENT)).toBe(`${reference}\n`);
  });

  test('is exported under the published file name', () => {
    expect(issueFileName(REFERENCE_ISSUE)).toBe(REFERENCE_NAME);
  });
});
