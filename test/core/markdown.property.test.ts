// Issue #4: any title, link phrase and http(s) URL renders, under CommonMark, to exactly one link with
// that href and that visible text, and to nothing else the curator did not write.
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import { linkBlurb } from '../../src/core/blurb';
import { linkDestination, markdownLink } from '../../src/core/markdown';
import { renderBlock } from '../../src/core/render-issue';
import { DEFAULT_TEMPLATES } from '../../src/core/templates';
import type { Block, Pick } from '../../src/core/types';
import { hostileHttpUrl, nastyString, plainPhrase } from './arbitraries';

const commonmark = new MarkdownIt('commonmark');
type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];
/** Thousands of cases on a shared two-core machine: the default 5 s is not a property of the code. */
const PROPERTY_TIMEOUT = 60_000;

interface Inline {
  links: { href: string; text: string }[];
  /** Every inline token type met, links and plain text aside. */
  others: string[];
  blockTypes: string[];
}

/** The links and the other constructs markdown-it finds in `markdown`. */
function inspect(markdown: string): Inline {
  const tokens = commonmark.parse(markdown, {});
  const result: Inline = { links: [], others: [], blockTypes: tokens.filter((t) => t.type !== 'inline').map((t) => t.type) };
  const walk = (children: Token[]): void => {
    let open: { href: string; text: string } | null = null;
    for (const token of children) {
      if (token.type === 'link_open') {
        const link = { href: String(token.attrGet('href') ?? ''), text: '' };
        result.links.push(link);
        open = link;
      } else if (token.type === 'link_close') {
        open = null;
      } else if (token.type === 'text') {
        if (open !== null) open.text += token.content;
      } else {
        result.others.push(token.type);
      }
    }
  };
  for (const token of tokens) if (token.type === 'inline') walk(token.children ?? []);
  return result;
}

/** What a reader sees of a title typed in one line: control characters gone, line breaks as spaces. */
function shown(text: string): string {
  // eslint-disable-next-line no-control-regex -- the renderer drops control characters; so does this
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/\r\n?|\n/g, ' ');
}

/** Percent-decoding, as far as it goes: `(` and `%28` are the same request. */
function decoded(url: string): string {
  return url.replace(/(%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      // Not UTF-8 as a whole (e.g. a lone `%a0`): ASCII escapes still decode one by one, the rest stay
      // escaped, so `%a0{` and `%a0%7B` compare equal (found by fast-check, seed 55139871).
      return run.replace(/%[0-9A-Fa-f]{2}/g, (escape) =>
        parseInt(escape.slice(1), 16) < 0x80 ? decodeURIComponent(escape) : escape.toUpperCase());
    }
  });
}

const visibleTitle = nastyString.filter((title) => shown(title).trim() !== '');

describe('hostile titles and URLs under CommonMark', () => {
  test('markdownLink: one link, that href, that text, nothing else', () => {
    fc.assert(
      fc.property(visibleTitle, hostileHttpUrl, (title, url) => {
        const found = inspect(markdownLink(title, url));
        expect(found.blockTypes).toEqual(['paragraph_open', 'paragraph_close']);
        expect(found.others).toEqual([]);
        expect(found.links).toEqual([{ href: linkDestination(url), text: shown(title) }]);
        expect(decoded(linkDestination(url))).toBe(decoded(url.trim()));
      }),
      { numRuns: 3000 },
    );
  }, PROPERTY_TIMEOUT);

  test('a link item without a phrase: the title is the one link (bold when a blurb follows)', () => {
    fc.assert(
      fc.property(visibleTitle, nastyString, hostileHttpUrl, (title, emoji, url) => {
        fc.pre(title.trim() !== '' && shown(title.trim()) === shown(title.trim()).trim());
        const pick: Pick = {
          id: 'p', url, urlKey: url, title, blurb: '', emoji: emoji.replace(/[\r\n]/g, ''), kind: 'link', tags: [],
          image: null, description: '', siteName: '', quote: '', issueId: 'i', createdAt: 0, updatedAt: 0,
        };
        const block: Block = { id: 'b', issueId: 'i', order: 'a0', type: 'pick', pickId: 'p' };
        const found = inspect(renderBlock(block, new Map([['p', pick]]), DEFAULT_TEMPLATES));
        expect(found.blockTypes).toEqual(['paragraph_open', 'paragraph_close']);
        // Without a blurb, the item is the link alone (issue 10: no dangling " :").
        expect(found.others).toEqual([]);
        expect(found.links).toEqual([{ href: linkDestination(url), text: shown(title.trim()) }]);
      }),
      { numRuns: 2000 },
    );
  }, PROPERTY_TIMEOUT);

  test("a blurb's [phrase] becomes the one link, the rest of the blurb untouched", () => {
    fc.assert(
      fc.property(plainPhrase, plainPhrase, plainPhrase, hostileHttpUrl, (before, phrase, after, url) => {
        const blurb = `${before} [${phrase}] ${after}`;
        const { markdown, linked } = linkBlurb(blurb, url);
        expect(linked).toBe(true);
        expect(markdown).toBe(`${before} [${phrase}](${linkDestination(url)}) ${after}`);
        const found = inspect(markdown);
        expect(found.others).toEqual([]);
        expect(found.links).toEqual([{ href: linkDestination(url), text: phrase }]);
      }),
      { numRuns: 2000 },
    );
  }, PROPERTY_TIMEOUT);
});
