import { expect, test } from 'vitest';
import { splitFrontMatter } from '../../src/core/split-front-matter';

test('separates the YAML between the fences from the body', () => {
  expect(splitFrontMatter('---\nlayout: post\ntitle: A\n---\n\n\nHello\n')).toEqual({
    frontMatter: 'layout: post\ntitle: A',
    body: '\n\nHello\n',
  });
});

test('a document without a leading fence has no front matter', () => {
  expect(splitFrontMatter('Hello\n---\nlayout: post\n---\n')).toEqual({ frontMatter: null, body: 'Hello\n---\nlayout: post\n---\n' });
});

test('an empty front matter is empty, not absent', () => {
  expect(splitFrontMatter('---\n---\nBody')).toEqual({ frontMatter: '', body: 'Body' });
});

test('a horizontal rule later in the body is not a fence', () => {
  expect(splitFrontMatter('---\na: 1\n---\ntext\n\n---\n\nmore').body).toBe('text\n\n---\n\nmore');
});
