import { describe, expect, test } from 'vitest';
import { DEFAULT_CONNECTION, type GitConnection } from '../../src/git/connection';
import { adoptStored, sameConnection } from '../../src/options/repository/use-connection-form';

const stored: GitConnection = { ...DEFAULT_CONNECTION, url: 'https://example.org/blog.git', branch: 'main', authorName: 'Cyril' };

describe('the repository form when the stored connection changes', () => {
  test('a field the curator edited keeps their text; the others take the stored value', () => {
    const typing = { ...DEFAULT_CONNECTION, url: 'https://example.org/bl', authorName: 'Cy' };
    expect(adoptStored(typing, new Set(['url']), stored)).toEqual({ ...stored, url: 'https://example.org/bl' });
  });

  test('with nothing edited, the form is the stored connection', () => {
    expect(adoptStored(DEFAULT_CONNECTION, new Set(), stored)).toEqual(stored);
  });

  test('the same connection read again is not a change', () => {
    expect(sameConnection(stored, { ...stored })).toBe(true);
    expect(sameConnection(stored, { ...stored, branch: 'dev' })).toBe(false);
    expect(sameConnection(stored, null)).toBe(false);
  });
});
