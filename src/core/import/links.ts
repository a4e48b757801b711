// Every page an issue links to, as a reader of the published issue can click it: inline, reference-style
// and autolinks, links around images, and `<a href>` in raw HTML. What kramdown makes a link, this finds
// (test/core/import-links.test.ts compares them): markdown-it resolves references and skips code.
import { normalizeUrl } from '../url-key';
import type { Token } from './markdown-tokens';

export interface FoundLink {
  url: string;
  urlKey: string;
  text: string;
}

/** `<a … href="…">` in raw HTML, with any quoting. */
const HTML_ANCHOR_HREF = /<a\s(?:[^>]*?\s)?href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
const MAX_TEXT_LENGTH = 300;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/**
 * Whether a target names a page: not a jump inside this one (`#top`, footnotes), not a Liquid tag
 * (`{% post_url … %}`), whose target only exists once Jekyll has built the site.
 */
function isPageTarget(href: string): boolean {
  const trimmed = href.trim();
  return trimmed !== '' && !trimmed.startsWith('#') && !/\{[{%]/.test(trimmed);
}

function htmlHrefs(html: string): string[] {
  return [...html.matchAll(HTML_ANCHOR_HREF)].map((match) => decodeEntities(match[1] ?? match[2] ?? match[3] ?? ''));
}

/** The plain text of a link, from its open token to its close token. */
function linkText(children: readonly Token[], openIndex: number): string {
  let text = '';
  for (let i = openIndex + 1; i < children.length && children[i]?.type !== 'link_close'; i += 1) {
    const child = children[i]!;
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'image') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' ';
  }
  return text.trim().slice(0, MAX_TEXT_LENGTH);
}

/** Each page linked from the body once (first link wins), in order of appearance. */
export function findLinks(tokens: readonly Token[]): FoundLink[] {
  const found = new Map<string, FoundLink>();
  const add = (href: string, text: string): void => {
    if (!isPageTarget(href)) return;
    const urlKey = normalizeUrl(href);
    if (!found.has(urlKey)) found.set(urlKey, { url: href.trim(), urlKey, text });
  };
  for (const token of tokens) {
    if (token.type === 'html_block') for (const href of htmlHrefs(token.content)) add(href, '');
    const children = token.children ?? [];
    children.forEach((child, index) => {
      if (child.type === 'link_open') add(String(child.attrGet('href') ?? ''), linkText(children, index));
      else if (child.type === 'html_inline') for (const href of htmlHrefs(child.content)) add(href, '');
    });
  }
  return [...found.values()];
}
