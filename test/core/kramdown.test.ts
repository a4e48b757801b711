// Issue #4: the exported reference issue and a hostile sample go through real kramdown, as Jekyll 4 reads
// them (GFM input, front matter removed), and every link comes out right; front matter goes through Psych.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { renderFrontMatter } from '../../src/core/front-matter';
import { linkDestination } from '../../src/core/markdown';
import { renderIssue, type IssueDocument } from '../../src/core/render-issue';
import { DEFAULT_TEMPLATES } from '../../src/core/templates';
import type { Block, Pick } from '../../src/core/types';
import { REFERENCE_DOCUMENT, REFERENCE_PICKS } from '../fixtures/reference-issue';
import { kramdownToHtml, psychLoad } from '../kramdown/kramdown';
import { frontMatter, hasUnportable } from './arbitraries';

const RUBY_TIMEOUT = 60_000;

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', rsquo: "'", lsquo: "'", rdquo: '"', ldquo: '"', ndash: '--',
  mdash: '---', hellip: '...', laquo: '<<', raquo: '>>', nbsp: '\u00a0',
};

/** Text as kramdown shows it, with its typographic substitutions undone: `It’s` is what was typed. */
function readable(html: string): string {
  return html
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name] ?? entity;
    })
    .replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/—/g, '---').replace(/–/g, '--')
    .replace(/…/g, '...').replace(/«/g, '<<').replace(/»/g, '>>');
}

function links(html: string): { href: string; text: string }[] {
  return [...html.matchAll(/<a href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map(([, href = '', text = '']) => ({
    href: readable(href),
    text,
  }));
}

/** The Markdown body Jekyll hands to kramdown: the file without its front matter. */
function body(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
}

describe('kramdown reads the reference issue', () => {
  test("every link keeps its URL and its phrase", () => {
    const html = kramdownToHtml(body(renderIssue(REFERENCE_DOCUMENT)));
    const picks = [...REFERENCE_PICKS.values()];
    const found = links(html);
    expect(found.map((link) => link.href)).toEqual(picks.map((pick) => pick.url));
    picks.forEach((pick, i) => {
      const text = found[i]?.text ?? '';
      if (pick.kind === 'sponsor') expect(text).toBe(`<img src="${pick.image ?? ''}" alt="" />`);
      else if (pick.kind === 'featured') expect(readable(text)).toBe('Accéder au lien ->');
      else expect(`[${readable(text)}]`).toBe(/\[[^\]]*\]/.exec(pick.blurb)?.[0]);
    });
    expect(html).not.toMatch(/<table|<del|<script|\\\(/);
  }, RUBY_TIMEOUT);
});

const HOSTILE_TITLES = [
  '*bold* _em_ `code` <b>html</b> [x](y) ~~del~~',
  '# heading? 1. list - item > quote',
  '1. Starts like a list',
  '- Starts like a bullet',
  '+ Plus start',
  ': definition start',
  '$$x^2$$ math {:.class} {::comment}nope{:/}',
  'Ampersand &amp; entity &#35; &copy;',
  'It\'s -- a "quote" ... << >> ---',
  'Back\\slash at the end\\',
  '<script>alert(1)</script>',
  '[^1] footnote *[HTML]: abbr',
  'Pipes | in | the | title',
  'Emoji 👩‍💻 RTL שלום and C# or F#',
  '__init__.py and **kwargs',
];
const HOSTILE_URLS = [
  'https://en.wikipedia.org/wiki/Foo_(bar)',
  'https://example.com/a b?q=(1)&r=<2>#frag',
  'https://example.com/|pipe|/',
  'https://x.org/%C3%A9t%C3%A9?x=%2B%3D%3D',
  'https://x.org/$$math$$/{:x}',
  'https://x.org/a_b_c*d*/~~e~~',
  'http://x.org/café/中文?q="quoted"',
  'https://x.org/a\\b`c`[d]',
];

function hostilePick(index: number, title: string, url: string, blurb: string): Pick {
  return {
    id: `p${index}`, url, urlKey: url, title, blurb, emoji: '🔥', kind: 'link', tags: [], image: null,
    description: '', siteName: '', quote: '', issueId: 'i', createdAt: 0, updatedAt: 0,
  };
}

function hostileDocument(picks: Pick[]): IssueDocument {
  const blocks: Block[] = picks.map((pick, i) => ({
    id: `b${i}`, issueId: 'i', order: `a${String(i).padStart(3, '0')}`, type: 'pick', pickId: pick.id,
  }));
  return {
    issue: {
      id: 'i', status: 'draft', date: '2025-11-12', language: 'fr', frontMatter: { title: 'Hostile' },
      createdAt: 0, updatedAt: 0, publishedAt: null,
    },
    blocks,
    picks: new Map(picks.map((pick) => [pick.id, pick])),
    templates: DEFAULT_TEMPLATES,
  };
}

describe('kramdown reads a hostile sample', () => {
  test('titles carrying the link: one link each, right URL, the title as typed, nothing else', () => {
    const picks = HOSTILE_TITLES.map((title, i) =>
      hostilePick(i, title, HOSTILE_URLS[i % HOSTILE_URLS.length] ?? '', 'A plain blurb.'),
    );
    const html = kramdownToHtml(body(renderIssue(hostileDocument(picks))));
    expect(links(html)).toEqual(
      picks.map((pick) => ({ href: linkDestination(pick.url), text: expect.any(String) as string })),
    );
    expect(links(html).map((link) => readable(link.text))).toEqual(picks.map((pick) => pick.title));
    expect((html.match(/<p>/g) ?? []).length).toBe(picks.length);
    expect((html.match(/<strong>/g) ?? []).length).toBe(picks.length);
    expect(html).not.toMatch(/<(table|del|em|code|script|b|h\d|ul|ol|li|blockquote|dl|dt|sup|abbr|math)\b|\\\(|\\\[/);
  }, RUBY_TIMEOUT);

  test("a blurb's [phrase] carries the link; a URL that is not http(s) gives no link at all", () => {
    const picks = [
      ...HOSTILE_URLS.map((url, i) => hostilePick(i, HOSTILE_TITLES[i] ?? '', url, `Before [the phrase ${i}] after.`)),
      hostilePick(99, 'Not a web page', 'javascript:alert(1)', 'Click [here] now.'),
    ];
    const html = kramdownToHtml(body(renderIssue(hostileDocument(picks))));
    expect(links(html)).toEqual(
      HOSTILE_URLS.map((url, i) => ({ href: linkDestination(url), text: `the phrase ${i}` })),
    );
    expect(html).toContain('Click here now.');
    expect(html).not.toMatch(/javascript:|<(table|del|em|code|script|ul|ol|blockquote)\b/);
  }, RUBY_TIMEOUT);
});

describe('Psych (Jekyll) reads the front matter back', () => {
  test('hostile front matter reads back with the same values and types', () => {
    const samples = fc.sample(frontMatter.filter((fm) => !hasUnportable(fm)), { numRuns: 400, seed: 20251112 });
    const loaded = psychLoad(samples.map((fm) => body(`${renderFrontMatter(fm)}x`) === 'x' ? renderFrontMatter(fm).slice(4, -4) : ''));
    loaded.forEach((pairs, i) => {
      const fm = samples[i] ?? {};
      expect(pairs.map(([key]) => key)).toEqual(Object.keys(fm));
      pairs.forEach(([key, [className, value]]) => {
        const entered = fm[key];
        if (typeof entered === 'string') expect([className, value]).toEqual(['String', entered]);
        else if (typeof entered === 'boolean') expect([className, value]).toEqual([entered ? 'TrueClass' : 'FalseClass', entered]);
        else if (entered === null || entered === undefined) expect(className).toBe('NilClass');
        else if (typeof entered === 'number') expect([['Integer', 'Float'].includes(className), value]).toEqual([true, entered === 0 ? 0 : entered]);
        else expect([className, value]).toEqual(['Array', entered.map((item) => ['String', item])]);
      });
    });
  }, RUBY_TIMEOUT);
});
