// fast-check generators of hostile input, shared by the property tests (issue #4, "Hostile input").
import fc from 'fast-check';
import { isHttpUrl } from '../../src/core/markdown';
import type { FrontMatter, FrontMatterValue } from '../../src/core/types';

/** Pieces that YAML or Markdown give a meaning to, plus Unicode that tends to break naive code. */
const NASTY_PIECES = [
  ':', ': ', ' #', '#', '"', "'", '\\', '\n', '\r\n', '\t', '- ', '? ', '[', ']', '{', '}', '>', '|', '!', '&',
  '*', '%', '@', '`', ',', '---', '...', '--', '<<', '>>', '=', '+', '1.', '1)', '$$', '{:', '&amp;', '&#35;',
  '<b>', '<script>', '~~', '__', '**', '_', '^', '(', ')', '\\(', ' ', '  ', '\u00a0', '\u202f',
  'yes', 'no', 'on', 'off', 'null', '~', 'true', 'Y', 'n', '0x1F', '017', '1_000', '12:30:00', '1e3', '.5',
  '2025-11-12', '2025-11-12T10:00:00Z', '2025-11-12 10:00:00', '.nan', '.inf', '<<', '1,000', '.', '1.', ',5',
  ':sym', '0b101', '0o17', '0x_1', '+.5', '1_0.5', '=',
  '👩‍💻', '🏳️‍🌈', '🇫🇷', 'é', 'e\u0301', 'שלום', 'مرحبا', '\u200f', '\u200e', '\u200d', '\u200b', '中文',
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9]{1,8}$/) },
);

/** Any string a curator might type or paste, hostile ones much more often than chance would give. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.array(piece, { maxLength: 10 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY_PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 300, maxLength: 800 }) },
);

const URL_PIECES = [
  '(', ')', '_(bar)', ' ', '%20', '%28', '%C3%A9', '%', '%zz', '#', '#frag', '?', '?q=1&r=2', '=', '&', "'", '"',
  '<', '>', '|', '\\', '[', ']', '{', '}', '^', '`', '*', '_', '~', '$$', '!', '@', ':', ';', ',', '+', 'é',
  '中', '👩‍💻', '/', '//', '.', '..', '-', 'a', 'wiki', '%2B',
];

/** http(s) URLs with parentheses, spaces, Unicode, fragments, queries and Markdown characters in them. */
export const hostileHttpUrl: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('http://', 'https://', 'HTTPS://'),
    fc.domain(),
    fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
    fc.array(fc.oneof(fc.constantFrom(...URL_PIECES), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 12 }),
  )
  .map(([scheme, host, port, path]) => `${scheme}${host}${port === undefined ? '' : `:${port}`}/${path.join('')}`)
  .filter((url) => isHttpUrl(url));

/** Characters a link phrase may hold and still be plain text to every Markdown reader. */
const PHRASE_CHARS = [...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 ,.;:?/()-\'"éèàçœ€中👩‍💻']
  .concat(['\u00a0', 'שלום']);

/** A bracketed phrase's text: the curator's Markdown, here kept to plain words so its text is known. */
export const plainPhrase: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...PHRASE_CHARS), { minLength: 1, maxLength: 30 })
  .map((chars) => chars.join(''))
  .filter((phrase) => phrase.trim() !== '' && !/^\s|\s$|^\d+[.)]|^-|--|\.\.\.| {2}/.test(phrase));

/** A front matter value of every shape the form can produce. */
export const frontMatterValue: fc.Arbitrary<FrontMatterValue> = fc.oneof(
  { weight: 6, arbitrary: nastyString },
  { weight: 2, arbitrary: fc.array(nastyString, { maxLength: 6 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
);

/** Front matter with the usual keys and hostile extra ones, in a random order. */
export const frontMatter: fc.Arbitrary<FrontMatter> = fc
  .uniqueArray(
    fc.tuple(fc.oneof(fc.constantFrom('layout', 'title', 'tags', 'comments', 'mathjax', 'author', '__proto__'), nastyString), frontMatterValue),
    { selector: ([key]) => key, maxLength: 8 },
  )
  .map((entries) => Object.fromEntries(entries));

/** Characters or numbers that Jekyll's YAML reader cannot get back, which renderFrontMatter refuses. */
export function hasUnportable(fm: FrontMatter): boolean {
  const badText = /[\u007F-\u009F\u2028\u2029\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  return Object.entries(fm).some(([key, value]) =>
    key === '<<' ||
    badText.test(key) ||
    (typeof value === 'number' && String(value).includes('e')) ||
    (typeof value === 'string' && badText.test(value)) ||
    (Array.isArray(value) && value.some((item) => badText.test(item))),
  );
}
