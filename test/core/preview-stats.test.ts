import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import { countWords, readingMinutes, visibleText, WORDS_PER_MINUTE } from '../../src/core/preview-stats';

const md = new MarkdownIt({ html: true });
const wordsOf = (markdown: string): number => countWords(visibleText(md.parse(markdown, {})));

describe('countWords', () => {
  test('counts runs of letters or digits, not emoji or punctuation', () => {
    expect(countWords('🗄️ Database backups : 18 entreprises -> ok')).toBe(5);
  });
  test('an elided French word is one word', () => {
    expect(countWords("l'open source")).toBe(2);
  });
  test('empty text has no words', () => {
    expect(countWords('  \n ')).toBe(0);
  });
});

describe('visibleText of parsed Markdown', () => {
  test('a link counts its text, not its URL', () => {
    expect(wordsOf('Lire [un énorme article](https://example.com/a-very-long-path-with-words) ici.')).toBe(5);
  });
  test('images and their descriptions are not read', () => {
    expect(wordsOf('![a banner with words](https://example.com/b.png)\n\nHello')).toBe(1);
  });
  test('paragraphs, headings and list items do not run together', () => {
    expect(wordsOf('### Quoi de neuf ?\n\nFin.\n\n- un\n- deux')).toBe(6);
  });
  test('HTML tags are not words, their text is', () => {
    expect(wordsOf('<p class="x">deux mots</p>')).toBe(2);
  });
  test('emphasis and code keep their words', () => {
    expect(wordsOf('un **gras** et `code inline`')).toBe(5);
  });
});

describe('readingMinutes', () => {
  test('rounds up so a short text reads one minute', () => {
    expect(readingMinutes(1)).toBe(1);
  });
  test('nothing to read takes no time', () => {
    expect(readingMinutes(0)).toBe(0);
  });
  test('exactly one minute of words is one minute', () => {
    expect(readingMinutes(WORDS_PER_MINUTE)).toBe(1);
    expect(readingMinutes(WORDS_PER_MINUTE + 1)).toBe(2);
  });
});
