import { expect, test } from 'vitest';
import { acceptTag, suggestTags, typedTag } from '../../src/core/tag-suggestions';

const known = ['devops', 'Linux', 'sécurité', 'rust', 'trust-and-safety', 'Développement'];

test('what is typed after the last comma is the tag being typed', () => {
  expect(typedTag('rust, dev')).toBe('dev');
  expect(typedTag('rust, ')).toBe('');
});
test('tags starting with what is typed come first, then tags containing it', () => {
  expect(suggestTags(known, 'rus')).toEqual(['rust', 'trust-and-safety']);
});
test('case and accents do not count', () => {
  expect(suggestTags(known, 'secu')).toEqual(['sécurité']);
  expect(suggestTags(known, 'DEV')).toEqual(['devops', 'Développement']);
});
test('a tag already in the box, or exactly what is typed, is not offered', () => {
  expect(suggestTags(known, 'devops, dev')).toEqual(['Développement']);
  expect(suggestTags(known, 'linux')).toEqual([]);
});
test('nothing typed, nothing offered; at most the limit', () => {
  expect(suggestTags(known, 'rust, ')).toEqual([]);
  expect(suggestTags(known, 't', 2)).toHaveLength(2);
});
test('accepting a tag replaces the segment being typed and leaves room for the next', () => {
  expect(acceptTag('rust, dev', 'devops')).toBe('rust, devops, ');
  expect(acceptTag('dev', 'devops')).toBe('devops, ');
});
