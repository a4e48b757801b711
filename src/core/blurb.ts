// The blurb is the curator's own Markdown: it passes through untouched, except that its first bare
// `[phrase]` becomes the link to the pick (SPEC, "Capture"). Links, images, reference links, footnotes,
// escaped brackets and code spans the curator wrote are left alone.
import { isHttpUrl, linkDestination } from './markdown';

export interface LinkedBlurb {
  markdown: string;
  /** True when a bracketed phrase took the link; false means the title must carry it. */
  linked: boolean;
}

/**
 * Index just past the `close` matching the `open` character at `start` (nesting and backslash escapes
 * counted), or -1. A link destination (`stopAtBlankLine`) cannot span a paragraph break.
 */
function closing(text: string, start: number, open: string, close: string, stopAtBlankLine = false): number {
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    const char = text[i];
    if (char === '\\') i += 1;
    else if (char === open) depth += 1;
    else if (char === close) {
      depth -= 1;
      if (depth === 0) return i + 1;
    } else if (stopAtBlankLine && char === '\n' && text[i + 1] === '\n') return -1;
  }
  return -1;
}

const closingBracket = (text: string, start: number): number => closing(text, start, '[', ']');
const closingParen = (text: string, start: number): number => closing(text, start, '(', ')', true);

/** Index just past the code span opened by the backtick run at `start`, or past the run if unclosed. */
function skipCodeSpan(text: string, start: number): number {
  let runEnd = start;
  while (text[runEnd] === '`') runEnd += 1;
  const fence = text.slice(start, runEnd);
  let search = runEnd;
  for (;;) {
    const found = text.indexOf(fence, search);
    if (found === -1) return runEnd;
    let after = found + fence.length;
    if (text[after] !== '`') return after;
    while (text[after] === '`') after += 1;
    search = after;
  }
}

function isLineStart(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  return /^ {0,3}$/.test(text.slice(lineStart, index));
}

/** Start and end of the first bare `[phrase]`, or null. */
function findPhrase(blurb: string): { start: number; end: number } | null {
  for (let i = 0; i < blurb.length; i += 1) {
    const char = blurb[i];
    if (char === '\\') {
      i += 1;
    } else if (char === '`') {
      i = skipCodeSpan(blurb, i) - 1;
    } else if (char === '[') {
      const end = closingBracket(blurb, i);
      if (end === -1) return null;
      const next = blurb[end];
      const inner = blurb.slice(i + 1, end - 1);
      const isImage = blurb[i - 1] === '!';
      const isDefinition = next === ':' && isLineStart(blurb, i);
      if (next === '(') {
        const close = closingParen(blurb, end);
        i = (close === -1 ? end : close) - 1;
      } else if (next === '[') {
        // A reference link `[text][label]`: its label is not a phrase either.
        const labelEnd = closingBracket(blurb, end);
        i = (labelEnd === -1 ? end : labelEnd) - 1;
      } else if (isImage || isDefinition || inner.trim() === '' || inner.startsWith('^')) {
        i = end - 1;
      } else {
        return { start: i, end };
      }
    }
  }
  return null;
}

/**
 * The blurb with its first bare `[phrase]` turned into `[phrase](url)`. With a URL that is not http(s)
 * the phrase loses its brackets instead of becoming a link (`linked` stays true: the title must not
 * carry the link either).
 */
export function linkBlurb(blurb: string, url: string): LinkedBlurb {
  const phrase = findPhrase(blurb);
  if (phrase === null) return { markdown: blurb, linked: false };
  const before = blurb.slice(0, phrase.start);
  const after = blurb.slice(phrase.end);
  const inner = blurb.slice(phrase.start + 1, phrase.end - 1);
  const link = isHttpUrl(url) ? `[${inner}](${linkDestination(url)})` : inner;
  return { markdown: `${before}${link}${after}`, linked: true };
}
