// Issue #9: a past issue file becomes a published issue that exports back byte for byte, with its picks,
// headings and text blocks where the templates recognise them.
import { describe, expect, test } from 'vitest';
import { parseIssueFile, type ImportedIssue } from '../../../src/core/import/parse-issue-file';
import { describeImportProblem, MAX_ISSUE_FILE_BYTES, type ImportProblem } from '../../../src/core/import/problems';
import { renderIssue } from '../../../src/core/render-issue';
import { DEFAULT_TEMPLATES } from '../../../src/core/templates';
import type { Block, Pick } from '../../../src/core/types';
import { REFERENCE_ISSUE, REFERENCE_PICKS } from '../../fixtures/reference-issue';
import { ALL_FILES, olderFile, REFERENCE_FILE } from './fixtures';

function imported(name: string, text: string): ImportedIssue {
  const result = parseIssueFile(name, text);
  if (result.kind !== 'issue') throw new Error(describeImportProblem(result));
  return result;
}

function render(issue: ImportedIssue, changes: { blocks?: Block[]; picks?: Pick[] } = {}): string {
  const picks = changes.picks ?? issue.picks;
  return renderIssue({ ...issue, blocks: changes.blocks ?? issue.blocks, picks: new Map(picks.map((pick) => [pick.id, pick])), templates: DEFAULT_TEMPLATES });
}

function problemOf(name: string, text: string): ImportProblem {
  const result = parseIssueFile(name, text);
  if (result.kind !== 'problem') throw new Error(`${name} was imported`);
  return result;
}

describe.each(ALL_FILES)('$name', ({ name, text }) => {
  test('exports back byte for byte', () => {
    expect(render(imported(name, text))).toBe(text);
  });

  test('is a published issue that keeps its file name', () => {
    const { issue } = imported(`_posts/${name}`, text);
    expect(issue.status).toBe('published');
    expect(issue.fileName).toBe(name);
  });
});

describe('the reference issue', () => {
  const reference = imported(REFERENCE_FILE.name, REFERENCE_FILE.text);

  test('has its date, front matter and title', () => {
    expect(reference.issue.date).toBe('2025-11-12');
    expect(reference.issue.frontMatter).toEqual(REFERENCE_ISSUE.frontMatter);
    expect(Object.keys(reference.issue.frontMatter)).toEqual(Object.keys(REFERENCE_ISSUE.frontMatter));
  });

  test('gives back the picks the curator entered: emoji, title, blurb with its [phrase], URL, kind, image', () => {
    const fields = ({ kind, url, title, blurb, emoji, image }: Pick) => ({ kind, url, title, blurb, emoji, image });
    // The banner does not show the sponsor's name: its site's stands in.
    const entered = [...REFERENCE_PICKS.values()].map((pick) => (pick.kind === 'sponsor' ? { ...pick, title: 'capitoledulibre.org' } : pick));
    expect(reference.picks.map(fields)).toEqual(entered.map(fields));
  });

  test('recognises the heading, and keeps the editorial and the sponsor copy as text', () => {
    const types = reference.blocks.map((block) => (block.type === 'pick' ? reference.picks.find((pick) => pick.id === block.pickId)?.kind : block.type));
    expect(types).toEqual([
      'text', 'heading', 'link', 'link', 'link', 'link', 'link', 'link', 'sponsor', 'heading', 'text',
      'link', 'link', 'link', 'link', 'featured',
    ]);
    expect(reference.blocks[0]).toMatchObject({ type: 'text', markdown: expect.stringMatching(/^Il y a des patchs[\s\S]*\n {2}\nCyril$/) });
  });

  test('indexes every link, the sponsor banner and the call to action included', () => {
    expect(reference.links.map((link) => link.url)).toEqual([...REFERENCE_PICKS.values()].map((pick) => pick.url));
    expect(reference.links[1]?.text).toBe('Trois jours de boulot, du YAML partout');
    expect(reference.issue.linkKeys).toEqual(reference.links.map((link) => link.urlKey));
  });

  test('an edited pick changes its own paragraph and nothing else', () => {
    const [first, ...rest] = reference.picks;
    const edited = { ...first!, emoji: '🗃️', title: 'Database backups' };
    const before = REFERENCE_FILE.text;
    const after = render(reference, { picks: [edited, ...rest] });
    expect(after).toBe(before.replace('**🗄️ Database backups, dump files and restic :**', '🗃️ **Database backups :**'));
  });

  test('an edited front matter is written again by Gleaner; the body stays as it was', () => {
    const issue = { ...reference.issue, frontMatter: { ...reference.issue.frontMatter, author: 'Cyril' } };
    const after = render({ ...reference, issue });
    expect(after).toBe(REFERENCE_FILE.text.replace('author: RudeOps', 'author: Cyril'));
  });
});

describe('older, messier issues', () => {
  const messy = olderFile('2019-03-06');

  test('keep every front matter key, in order, with the date from the file name', () => {
    const { issue } = imported(messy.name, messy.text);
    expect(issue.date).toBe('2019-03-06');
    expect(Object.keys(issue.frontMatter)).toEqual(['layout', 'title', 'subtitle', 'thumbnail-img', 'date', 'tags', 'comments', 'author']);
    expect(issue.frontMatter).toMatchObject({ title: 'Newsletter du 6 Mars 2019', date: '2019-03-06 08:30:00 +0100', tags: ['devops', 'kubernetes'] });
    expect(issue.source?.end).toBe('');
  });

  test('bold section titles and prose stay text; a paragraph in the template shape becomes a pick', () => {
    const result = imported(messy.name, messy.text);
    expect(result.picks.map((pick) => [pick.kind, pick.emoji, pick.title, pick.url])).toEqual([
      ['link', '🔥', 'Lazydocker, the lazier way to manage everything docker', 'https://github.com/jesseduffield/lazydocker'],
    ]);
    const texts = result.blocks.flatMap((block) => (block.type === 'text' ? [block.markdown] : []));
    expect(texts.some((markdown) => markdown.includes('**Outils :**\n\nUn paragraphe en prose'))).toBe(true);
  });

  test('every link counts: prose, reference-style, autolinks, around images, raw HTML; not code, images or Liquid', () => {
    const urls = imported(messy.name, messy.text).links.map((link) => link.url);
    expect(urls).toEqual(expect.arrayContaining([
      'https://github.com/stern/stern', 'https://github.com/ahmetb/kubectx', 'https://github.com/ahmetb/kubectl-aliases',
      'https://sponsor.example.com/landing?ref=rudeops', 'https://www.meetup.com/fr-FR/devops-toulouse/', 'https://mastodon.social/@someone',
    ]));
    expect(urls.join(' ')).not.toMatch(/in-code|\.png|\{\{/);
  });

  test('a file without front matter exports without one', () => {
    const bare = olderFile('2018-11-28');
    const result = imported(bare.name, bare.text);
    expect(result.issue.source?.frontMatterText).toBeNull();
    expect(result.issue.frontMatter).toEqual({});
    expect(render(result).startsWith('Pas de front matter')).toBe(true);
  });

  test('a file named without a date takes the front matter\'s; CRLF line ends are kept', () => {
    const crlf = olderFile('newsletter-hors-serie');
    const result = imported(crlf.name, crlf.text);
    expect(result.issue.date).toBe('2020-05-20');
    expect(result.picks.map((pick) => pick.title)).toEqual(["Keynote d'ouverture"]);
  });
});

describe('files that are not issues are refused with a reason', () => {
  test.each([
    ['photo.png', '\u0089PNG', 'not-markdown'],
    ['2025-01-01-x.md', 'a\u0000b', 'binary'],
    ['2025-01-01-x.md', 'caf\uFFFD', 'binary'],
    ['2025-01-01-x.md', ' \n\t\n', 'empty'],
    ['2025-01-01-x.md', `${'x'.repeat(MAX_ISSUE_FILE_BYTES)}y`, 'too-large'],
    ['2025-01-01-x.md', '---\ntitle: Hors-série : KubeCon\n---\nBody', 'bad-front-matter'],
    ['2025-01-01-x.md', '---\n- a\n- b\n---\nBody', 'bad-front-matter'],
    ['notes.md', '---\ntitle: Notes\n---\nBody', 'no-date'],
    ['2025-02-30-x.md', 'Body', 'no-date'],
  ])('%s %#', (name, text, code) => {
    expect(problemOf(name, text).code).toBe(code);
  });

  test('the reason says where the YAML breaks', () => {
    const message = describeImportProblem(problemOf('2025-01-01-x.md', '---\ntitle: Hors-série : KubeCon\n---\nBody'));
    expect(message).toMatch(/^its YAML front matter does not parse: .*line 1/);
  });

  test('every .md spelling Jekyll reads is accepted', () => {
    for (const extension of ['md', 'markdown', 'MD', 'mkd', 'mkdn', 'mkdown']) {
      expect(parseIssueFile(`2025-01-01-x.${extension}`, 'Body').kind).toBe('issue');
    }
  });
});

test('a front matter date the calendar lacks is a problem naming it, not an issue set aside later', () => {
  const text = '---\nlayout: post\ntitle: Bad day\ndate: 2024-02-30\n---\n\nHello.\n';
  const refused = problemOf('2024-02-28-bad-day.md', text);
  expect(refused).toEqual({ kind: 'problem', code: 'impossible-date', detail: '2024-02-30' });
  expect(describeImportProblem(refused)).toContain('a day the calendar does not have');
});
