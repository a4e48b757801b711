import { describe, expect, test } from 'vitest';
import { renderBlock, renderIssue, renderIssueLines, type IssueDocument } from '../../src/core/render-issue';
import { DEFAULT_TEMPLATES } from '../../src/core/templates';
import type { Block, Issue, Pick } from '../../src/core/types';

const ISSUE: Issue = {
  id: 'i', status: 'draft', date: '2025-11-12', language: 'fr', frontMatter: { title: 'T' },
  createdAt: 0, updatedAt: 0, publishedAt: null,
};

function pick(overrides: Partial<Pick>): Pick {
  return {
    id: 'p', url: 'https://example.com/a', urlKey: 'example.com/a', title: 'Title', blurb: '', emoji: '',
    kind: 'link', tags: [], image: null, description: '', siteName: '', quote: '', issueId: 'i',
    createdAt: 0, updatedAt: 0, ...overrides,
  };
}

function renderPick(overrides: Partial<Pick>): string {
  const block: Block = { id: 'b', issueId: 'i', order: 'a0', type: 'pick', pickId: 'p' };
  return renderBlock(block, new Map([['p', pick(overrides)]]), DEFAULT_TEMPLATES);
}

describe('renderBlock', () => {
  test('a link item links its [phrase]', () => {
    expect(renderPick({ emoji: '😱', blurb: 'Read [this].' })).toBe('😱 **Title :** Read [this](https://example.com/a).');
  });
  test('without a [phrase], the title carries the link', () => {
    expect(renderPick({ blurb: 'No phrase.' })).toBe('**[Title](https://example.com/a) :** No phrase.');
  });
  test('escapes the title and trims it so the bold stays bold', () => {
    expect(renderPick({ title: '  *Hot* [take] ', blurb: '[x]' })).toBe('**\\*Hot\\* \\[take\\] :** [x](https://example.com/a)');
  });
  test('a pick whose URL is not http(s) is never a link', () => {
    expect(renderPick({ url: 'javascript:alert(1)', blurb: 'plain' })).toBe('**Title :** plain');
  });
  test('a featured article: heading, image, text, call to action', () => {
    expect(renderPick({ kind: 'featured', image: 'https://i.org/a b.png', blurb: 'Text.' }))
      .toBe('## Title\n\n![](https://i.org/a%20b.png)\n\nText.\n\n[Accéder au lien ->](https://example.com/a)');
  });
  test('a sponsor: its banner links to the sponsor', () => {
    expect(renderPick({ kind: 'sponsor', image: 'https://i.org/b.png' })).toBe('[![](https://i.org/b.png)](https://example.com/a)');
  });
  test('an image that is not http(s) is dropped', () => {
    expect(renderPick({ kind: 'featured', image: 'javascript:x', blurb: 'T' })).toBe('## Title\n\nT\n\n[Accéder au lien ->](https://example.com/a)');
  });
  test('a heading goes through its template, escaped', () => {
    const block: Block = { id: 'h', issueId: 'i', order: 'a0', type: 'heading', level: 2, text: '#1 *news*' };
    expect(renderBlock(block, new Map(), DEFAULT_TEMPLATES)).toBe('## \\#1 \\*news\\*');
  });
  test('a text block is written as it is', () => {
    const block: Block = { id: 't', issueId: 'i', order: 'a0', type: 'text', markdown: '  *kept*  \n' };
    expect(renderBlock(block, new Map(), DEFAULT_TEMPLATES)).toBe('  *kept*  \n');
  });
});

describe('renderIssue', () => {
  const text = (id: string, order: string, markdown: string): Block => ({ id, issueId: 'i', order, type: 'text', markdown });
  const doc = (blocks: Block[], picks: Pick[] = []): IssueDocument => ({
    issue: ISSUE, blocks, picks: new Map(picks.map((p) => [p.id, p])), templates: DEFAULT_TEMPLATES,
  });

  test('sorts blocks by order key, in code unit order', () => {
    const out = renderIssue(doc([text('1', 'a1', 'second'), text('2', 'Zz', 'first'), text('3', 'a1V', 'third')]));
    expect(out).toBe('---\ntitle: T\n---\n\n\nfirst\n\nsecond\n\nthird\n');
  });
  test('skips picks that no longer exist and empty blocks, leaving no extra blank lines', () => {
    const missing: Block = { id: 'm', issueId: 'i', order: 'a2', type: 'pick', pickId: 'gone' };
    const out = renderIssue(doc([text('1', 'a1', 'one'), missing, text('2', 'a3', '  '), text('3', 'a4', 'two')]));
    expect(out).toBe('---\ntitle: T\n---\n\n\none\n\ntwo\n');
  });
  test('an issue without blocks is its front matter', () => {
    expect(renderIssue(doc([]))).toBe('---\ntitle: T\n---\n');
  });
  test('renders twenty thousand blocks, each once, in order', () => {
    const blocks = Array.from({ length: 20_000 }, (_, i) => text(String(i), `a${String(i).padStart(6, '0')}`, `p${i}`));
    const out = renderIssue(doc(blocks));
    expect(out.split('\n\n').length).toBe(20_001);
  });
  test('says on which lines of the file each block stands (multi-line blocks, imported gaps, skipped blocks)', () => {
    const gapped: Block = { ...text('4', 'a5', 'last'), gap: '\n\n\n' };
    const { markdown, blockLines } = renderIssueLines(doc([text('1', 'a1', 'one\ntwo'), text('2', 'a2', ' '), text('3', 'a3', '## three'), gapped]));
    const lines = markdown.split('\n');
    expect([...blockLines]).toEqual([['1', { start: 5, end: 7 }], ['3', { start: 8, end: 9 }], ['4', { start: 11, end: 12 }]]);
    const blockText = (id: string): string => lines.slice(blockLines.get(id)!.start, blockLines.get(id)!.end).join('\n');
    expect(['1', '3', '4'].map(blockText)).toEqual(['one\ntwo', '## three', 'last']);
  });
});

describe('renderIssueLines with a cache of the previous render', () => {
  const link = (id: string, title: string): Pick => pick({ id, title, blurb: `About [${title}].`, url: `https://example.com/${id}` });
  const pickBlock = (id: string, order: string, pickId: string): Block => ({ id, issueId: 'i', order, type: 'pick', pickId });
  const text = (id: string, order: string, markdown: string): Block => ({ id, issueId: 'i', order, type: 'text', markdown });
  const docOf = (blocks: Block[], picks: Pick[], templates = DEFAULT_TEMPLATES): IssueDocument =>
    ({ issue: ISSUE, blocks, picks: new Map(picks.map((p) => [p.id, p])), templates });

  test('renders exactly what a render without it does, after each kind of change', () => {
    const cache = new Map();
    const picks = [link('p1', 'One'), link('p2', 'Two')];
    const steps: IssueDocument[] = [
      docOf([pickBlock('b1', 'a0', 'p1'), text('t', 'a1', 'Hello'), pickBlock('b2', 'a2', 'p2')], picks),
      // Fresh objects of equal value (as a live query hands over), a text typed in, a pick retitled.
      docOf([pickBlock('b1', 'a0', 'p1'), text('t', 'a1', 'Hello, world'), pickBlock('b2', 'a2', 'p2')], [picks[0]!, { ...picks[1]!, title: 'Deux' }]),
      // A block moved, one emptied (skipped), a pick gone.
      docOf([text('t', 'a1', ' '), pickBlock('b2', 'a0', 'p2'), pickBlock('b1', 'a3', 'p1')], [picks[1]!]),
      // Other templates.
      docOf([pickBlock('b1', 'a0', 'p1'), pickBlock('b2', 'a2', 'p2')], picks, { ...DEFAULT_TEMPLATES, link: '- {{title}}' }),
    ];
    for (const step of steps) {
      const cached = renderIssueLines(step, cache);
      expect(cached).toEqual(renderIssueLines(step));
    }
  });

  test('renders an unchanged block once, and keeps only the blocks of the latest render', () => {
    const cache = new Map();
    const one = link('p1', 'One');
    const blocks = [pickBlock('b1', 'a0', 'p1'), text('t', 'a1', 'Hello')];
    renderIssueLines(docOf(blocks, [one]), cache);
    const first = cache.get('b1');
    renderIssueLines(docOf(blocks.map((block) => ({ ...block })), [{ ...one }]), cache);
    expect(cache.get('b1')).toBe(first);
    renderIssueLines(docOf([blocks[1]!], []), cache);
    expect([...cache.keys()]).toEqual(['t']);
  });
});
