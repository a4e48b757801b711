// Word count and reading time of an issue, from markdown-it's token stream: the preview parses once and both
// renders and counts from the same tokens, so only what a reader sees is counted (no URLs, no front matter).
import type { Token } from 'markdown-it';

/** Silent-reading speed used for the estimate; 220 sits in the usual 200–230 range for French and English. */
export const WORDS_PER_MINUTE = 220;

/** The visible text of parsed Markdown: text and inline code, not image descriptions, URLs or HTML tags. */
export function visibleText(tokens: readonly Token[]): string {
  const parts: string[] = [];
  for (const token of tokens) {
    if (token.type === 'inline' && token.children) parts.push(visibleText(token.children));
    else if (token.type === 'text' || token.type === 'code_inline') parts.push(token.content);
    else if (token.type === 'fence' || token.type === 'code_block') parts.push(token.content);
    else if (token.type === 'html_block' || token.type === 'html_inline') parts.push(token.content.replace(/<[^>]*>/g, ' '));
    else if (token.type === 'softbreak' || token.type === 'hardbreak') parts.push('\n');
    // Block boundaries separate words that would otherwise touch ("end.</p><p>Next").
    if (token.nesting !== 0) parts.push(' ');
  }
  return parts.join('');
}

/** Words are runs of non-space characters holding at least one letter or digit: emoji and `->` are not words. */
export function countWords(text: string): number {
  let words = 0;
  for (const chunk of text.split(/\s+/u)) {
    if (/[\p{L}\p{N}]/u.test(chunk)) words += 1;
  }
  return words;
}

/** Whole minutes, rounded up, so a short issue reads "1 min" rather than "0 min"; nothing to read is 0. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return words <= 0 ? 0 : Math.ceil(words / wordsPerMinute);
}
