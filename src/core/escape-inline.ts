// Text (titles, link texts, headings, quoted page text) escaped for kramdown and CommonMark alike. Part of
// core/markdown, which re-exports it and explains the rules; kept apart only so the popup can load it alone.

/**
 * Characters escaped wherever they appear in text: emphasis, links, code, HTML, tables (kramdown reads any
 * line holding a `|` as a table row), strikethrough, and `>` (quotes; kramdown turns `>>` into »).
 */
const ALWAYS_ESCAPED = /[\\*_[\]`<>|~]/g;
/** `&` that would start an entity (`&amp;`, `&#35;`): written as `&amp;` since kramdown keeps `\&` as is. */
const ENTITY_LIKE = /&(?=#?[0-9A-Za-z]+;)/g;
/** kramdown math (`$$`), IAL and extensions (`{:`, `{::`). */
const KRAMDOWN_SPANS = /\$(?=\$)|(?<=\$)\$|\{(?=:)/g;
/** `#` at the start or after a space: an ATX heading, or a heading's closing sequence. */
const HASH_AFTER_SPACE = /(^|\s)#/g;
/** What would turn the start of a line into a block: list, quote, heading, definition, table rule. */
const LEADING_BLOCK = /^(\s*)([-+:=]|\d{1,9}(?=[.)]))/;
/** Every character any rule below acts on, plus a leading digit, space or block marker (a superset). */
const MAY_NEED_ESCAPE = /[\\*_[\]`<>|~&$#{\-+:=]|^\s|^\d/;
/** Control characters cannot be typed into a title; CommonMark would replace NUL anyway. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Text (a title, a link text, a heading) written so that kramdown and CommonMark both show exactly what
 * the curator typed. Line breaks become spaces: the text stays inline.
 */
export function escapeInline(text: string): string {
  const flat = text.replace(CONTROL, '').replace(/\r\n?|\n/g, ' ');
  // Most titles hold nothing to escape: one scan instead of five replacements.
  if (!MAY_NEED_ESCAPE.test(flat)) return flat;
  const escaped = flat
    .replace(ALWAYS_ESCAPED, '\\$&')
    .replace(ENTITY_LIKE, '&amp;')
    .replace(KRAMDOWN_SPANS, '\\$&')
    .replace(HASH_AFTER_SPACE, '$1\\#');
  return escaped.replace(LEADING_BLOCK, (_match, space: string, marker: string) =>
    /^\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
  );
}
