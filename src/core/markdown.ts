// All Markdown escaping lives here. The output is read by kramdown (Jekyll's default, GFM input) first
// and by CommonMark (markdown-it, the preview) second, so every escape below must mean the same thing
// to both: a backslash before ASCII punctuation that kramdown also lists as escapable, or an entity.
//
// Text escaping sits in ./escape-inline, re-exported here: the popup needs it (quoted selections) without
// the link half of this module, and every byte of the popup is paid on each open (issue 5's size budget).
import { escapeInline } from './escape-inline';

export { escapeInline };

/** True for an absolute `http:` or `https:` URL with a host: the only URLs ever written as links. */
export function isHttpUrl(url: string): boolean {
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return false;
  try {
    const parsed = new URL(trimmed);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/** Kept as typed in a destination: RFC 3986 unreserved and reserved characters, minus the dangerous. */
const SAFE_IN_DESTINATION = /[A-Za-z0-9\-._~!$&'*+,;=:@/?#]/;
/** A destination made only of characters SAFE_IN_DESTINATION keeps (no `%`, `[` or `]`: those depend on context). */
const ALL_SAFE_IN_DESTINATION = /^[A-Za-z0-9\-._~!$&'*+,;=:@/?#]*$/;
const AUTHORITY = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/;

function percentEncode(char: string): string {
  return Array.from(new TextEncoder().encode(char), (byte) =>
    `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join('');
}

/**
 * A URL as a link destination: `(`, `)`, spaces, `<`, `>`, `|`, backslashes and non-ASCII are
 * percent-encoded, so nothing in the URL can end the link early or open a table, while existing
 * `%XX` escapes stay as they are (never `%25XX`). `[` and `]` stay only in the host (IPv6).
 */
export function linkDestination(url: string): string {
  const trimmed = url.trim();
  // Most URLs hold only characters kept as typed: one scan instead of one test per character.
  if (ALL_SAFE_IN_DESTINATION.test(trimmed)) return trimmed;
  const authorityEnd = AUTHORITY.exec(trimmed)?.[0].length ?? 0;
  let out = '';
  for (let i = 0; i < trimmed.length; i += 1) {
    const code = trimmed.codePointAt(i) ?? 0;
    const char = String.fromCodePoint(code);
    const keep =
      (char === '%' && /^[0-9A-Fa-f]{2}$/.test(trimmed.slice(i + 1, i + 3))) ||
      (char !== '%' && SAFE_IN_DESTINATION.test(char)) ||
      (i < authorityEnd && (char === '[' || char === ']'));
    out += keep ? char : percentEncode(char);
    if (code > 0xffff) i += 1;
  }
  return out;
}

/**
 * `[text](url)` with the text escaped. A URL that is not http(s) never becomes a link: the text is
 * written alone. An empty text shows the URL instead, so the link stays clickable.
 */
export function markdownLink(text: string, url: string): string {
  const shown = text.trim() === '' ? url.trim() : text;
  if (!isHttpUrl(url)) return escapeInline(shown);
  return `[${escapeInline(shown)}](${linkDestination(url)})`;
}
