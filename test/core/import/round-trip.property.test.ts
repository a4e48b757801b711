// Issue #9, property tests: issues rendered from random picks and blocks import back to the same blocks,
// and any text at all imports and exports back unchanged.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseIssueFile } from '../../../src/core/import/parse-issue-file';
import { recognizer } from '../../../src/core/import/recognize';
import { linkDestination } from '../../../src/core/markdown';
import { keysBetween } from '../../../src/core/order-key';
import { renderIssue } from '../../../src/core/render-issue';
import { DEFAULT_TEMPLATES } from '../../../src/core/templates';
import type { Block, Issue, Pick, PickKind } from '../../../src/core/types';
import { hostileHttpUrl, nastyString, plainPhrase } from '../arbitraries';

type Content =
  | { type: 'pick'; kind: PickKind; emoji: string; title: string; blurb: string; url: string; image: string | null }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; text: string }
  | { type: 'text'; markdown: string };

const word = fc.stringMatching(/^[a-zà-ÿ]{1,10}$/);
const words = fc.array(word, { minLength: 1, maxLength: 12 }).map((list) => list.join(' '));
/**
 * Control characters are dropped from titles on export, so they cannot come back; a file holding U+FFFD or
 * half a surrogate pair was not valid UTF-8, and is refused.
 */
// eslint-disable-next-line no-control-regex -- the point is to leave them out
const NOT_IN_A_TITLE = /[\u0000-\u001F\u007F\uFFFD]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const title = fc.oneof(nastyString, words).filter((text) => text.trim() !== '' && !NOT_IN_A_TITLE.test(text)).map((text) => text.trim());
/** One paragraph of the curator's words, with or without a [phrase] to carry the link. */
const blurb = fc.tuple(words, fc.option(plainPhrase, { nil: null }), words)
  .map(([before, phrase, after]) => (phrase === null ? `${before} ${after}.` : `${before} [${phrase}] ${after}.`));
const emoji = fc.constantFrom('', '🔥', '🗄️', '☸️', '🚀 ', '👩‍💻', '🇫🇷');
const image = fc.option(hostileHttpUrl, { nil: null });

const pickContent: fc.Arbitrary<Content> = fc.oneof(
  fc.record({ type: fc.constant('pick' as const), kind: fc.constant('link' as const), emoji, title, blurb: fc.oneof(blurb, fc.constant('')), url: hostileHttpUrl, image: fc.constant(null) }),
  fc.record({ type: fc.constant('pick' as const), kind: fc.constant('featured' as const), emoji: fc.constant(''), title, blurb, url: hostileHttpUrl, image }),
  // A sponsor's copy after its banner reads as text: the banner alone is the pick.
  fc.record({ type: fc.constant('pick' as const), kind: fc.constant('sponsor' as const), emoji: fc.constant(''), title: fc.constant('sponsor'), blurb: fc.constant(''), url: hostileHttpUrl, image: hostileHttpUrl }),
);
const headingContent: fc.Arbitrary<Content> = fc.record({
  type: fc.constant('heading' as const), level: fc.constantFrom(1, 2, 3, 4, 5, 6), text: title,
});
const textContent: fc.Arbitrary<Content> = words.map((markdown) => ({ type: 'text' as const, markdown: `${markdown[0]!.toUpperCase()}${markdown.slice(1)}.` }));

/** Blocks as a curator makes them: text never follows text (the importer would make one block of both). */
const contents = fc.array(fc.oneof(pickContent, headingContent, textContent), { maxLength: 12 })
  .map((list) => list.filter((content, index) => !(content.type === 'text' && list[index - 1]?.type === 'text')));

const recognize = recognizer(DEFAULT_TEMPLATES);
const PROPERTY_TIMEOUT = 60_000;

const ISSUE: Issue = {
  id: 'issue', status: 'published', date: '2025-11-12', language: 'fr',
  frontMatter: { layout: 'post', title: 'Newsletter' }, createdAt: 0, updatedAt: 0, publishedAt: 0,
};

function render(list: Content[]): string {
  const keys = keysBetween(null, null, list.length);
  const picks = new Map<string, Pick>();
  const blocks = list.map((content, index): Block => {
    const base = { id: `b${index}`, issueId: 'issue', order: keys[index]! };
    if (content.type !== 'pick') return { ...base, ...content };
    const { type: _type, ...fields } = content;
    picks.set(`p${index}`, { ...fields, id: `p${index}`, urlKey: '', tags: [], description: '', siteName: '', quote: '', issueId: 'issue', createdAt: 0, updatedAt: 0 });
    return { ...base, type: 'pick', pickId: `p${index}` };
  });
  return renderIssue({ issue: ISSUE, blocks, picks, templates: DEFAULT_TEMPLATES });
}

/** What a block shows, whatever its ids (a sponsor's banner does not show its title). */
function shown(list: Content[]): string[] {
  return list.map((content) => JSON.stringify(content.type === 'pick'
    ? [content.kind, content.emoji, content.kind === 'sponsor' ? '' : content.title, content.blurb, content.url, content.image]
    : content));
}

describe('render, then import', () => {
  test('gives back the same blocks', () => {
    fc.assert(fc.property(contents, (list) => {
      const text = render(list);
      const result = parseIssueFile('2025-11-12-newsletter.md', text, { recognize });
      if (result.kind !== 'issue') throw new Error(result.code);
      const picks = new Map(result.picks.map((pick) => [pick.id, pick]));
      const back = result.blocks.map((block): Content => {
        if (block.type !== 'pick') return block.type === 'text' ? { type: 'text', markdown: block.markdown } : { type: 'heading', level: block.level, text: block.text };
        const { kind, emoji: pickEmoji, title: pickTitle, blurb: pickBlurb, url, image: pickImage } = picks.get(block.pickId)!;
        return { type: 'pick', kind, emoji: pickEmoji, title: pickTitle, blurb: pickBlurb, url, image: pickImage };
      });
      // A URL is written encoded (linkDestination): the import reads the written form.
      const expected = list.map((content) => (content.type === 'pick' ? { ...content, url: linkDestination(content.url), image: content.image && linkDestination(content.image) } : content));
      expect(shown(back)).toEqual(shown(expected));
      expect(renderIssue({ ...result, picks, templates: DEFAULT_TEMPLATES })).toBe(text);
    }), { numRuns: 200 });
  }, PROPERTY_TIMEOUT);
});

/** Markdown's and the templates' own pieces, so that random text often looks almost like a block. */
const MARKDOWN_PIECES = [
  '\n', '\n\n', '\n\n\n', '  \n', '\t\n', ' ', '\t', '\r\n', '**', '## ', '# ', '### ', ' :** ', '🔥 ', '[x]', '(', ')',
  '[x](https://example.com/a)', '![](https://example.com/i.png)', '[![](https://example.com/i.png)](https://example.com/s)',
  '[Accéder au lien ->](https://example.com/f)', '---\n', '...\n', '```\n', '    ', '- ', '1. ', '> ', '<div>\n', '</div>',
  '<a href="https://example.com/h">', '{% include x.html %}', '{{ site.title }}', '[r]: https://example.com/r\n', '[r]',
  '<https://example.com/auto>', '|', '\\', '&amp;', 'Cyril',
];
const markdownText = fc.array(fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...MARKDOWN_PIECES) },
  { weight: 2, arbitrary: nastyString },
  { weight: 2, arbitrary: words },
), { maxLength: 40 }).map((pieces) => pieces.join(''));
const fileText = fc.tuple(fc.option(fc.constantFrom('---\ntitle: T\n---\n', '---\r\nlayout: post\r\n---\r\n', '---\n---\n'), { nil: '' }), markdownText)
  .map(([frontMatter, body]) => frontMatter + body);

describe('any text', () => {
  test('imports and exports back unchanged, or is refused for a reason', () => {
    fc.assert(fc.property(fileText, (text) => {
      const result = parseIssueFile('2025-11-12-random.md', text, { recognize });
      if (result.kind === 'problem') {
        expect(['binary', 'empty', 'bad-front-matter']).toContain(result.code);
        return;
      }
      const picks = new Map(result.picks.map((pick) => [pick.id, pick]));
      expect(renderIssue({ ...result, picks, templates: DEFAULT_TEMPLATES })).toBe(text);
    }), { numRuns: 1000 });
  }, PROPERTY_TIMEOUT);
});
