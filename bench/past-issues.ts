// A blog's archive for the import benchmarks: `count` weekly issues of `links` links each, written as
// Gleaner writes issues (intro prose with links, a heading, link items from the default templates, an outro
// with links), so the importer recognises picks and indexes prose links as it would on a real archive.
import { issueFileName } from '../src/core/file-name';
import type { IssueFileInput } from '../src/core/import/import-report';
import { parseIssueFile } from '../src/core/import/parse-issue-file';
import { keysBetween } from '../src/core/order-key';
import { renderIssue } from '../src/core/render-issue';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import type { Block, Issue, Pick } from '../src/core/types';
import { normalizeUrl } from '../src/core/url-key';
import type { SeedData } from './seed';

const PROSE_LINKS = 5;

function file(n: number, links: number, origin: string): IssueFileInput {
  const date = new Date(Date.UTC(2021, 0, 4) + n * 7 * 86_400_000).toISOString().slice(0, 10);
  const id = `past-${n}`;
  const issue: Issue = {
    id, status: 'published', date, language: 'fr', createdAt: 0, updatedAt: 0, publishedAt: 0,
    frontMatter: { layout: 'post', title: `Newsletter du ${date}`, tags: ['devops'], comments: true, mathjax: true, author: 'Bench' },
  };
  const url = (i: number): string => `${origin}/${n}/article-${i}?utm_source=newsletter`;
  const items = links - PROSE_LINKS;
  const orders = keysBetween(null, null, items + 3);
  const picks = new Map<string, Pick>();
  const blocks: Block[] = [
    { id: `${id}-intro`, issueId: id, order: orders[0]!, type: 'text', markdown: `Bonjour ! Cette semaine, [un billet](${url(0)}), [un autre](${url(1)}) et [un troisième](${url(2)}).` },
    { id: `${id}-heading`, issueId: id, order: orders[1]!, type: 'heading', level: 3, text: 'Quoi de neuf ?' },
  ];
  for (let i = 0; i < items; i++) {
    const pick: Pick = {
      id: `${id}-pick-${i}`, url: url(PROSE_LINKS + i), urlKey: normalizeUrl(url(PROSE_LINKS + i)), title: `Article ${i} of week ${n}`,
      blurb: `Something worth reading, [a phrase that links] and a witty line about week ${n}.`, emoji: '🔗', kind: 'link', tags: [],
      image: null, description: '', siteName: '', quote: '', issueId: id, createdAt: 0, updatedAt: 0,
    };
    picks.set(pick.id, pick);
    blocks.push({ id: `${id}-block-${i}`, issueId: id, order: orders[i + 2]!, type: 'pick', pickId: pick.id });
  }
  blocks.push({ id: `${id}-outro`, issueId: id, order: orders[items + 2]!, type: 'text', markdown: `À la semaine prochaine, avec [ceci](${url(3)}) et [cela](${url(4)}).` });
  return { name: issueFileName(issue), text: renderIssue({ issue, blocks, picks, templates: DEFAULT_SETTINGS.templates }) };
}

/** `count` past issue files of `links` links each; their pages are under `origin`. */
export function pastIssueFiles(count: number, links: number, origin = 'https://example.org'): IssueFileInput[] {
  return Array.from({ length: count }, (_, n) => file(n, links, origin));
}

/** What importing `files` stores: the records the options page's import writes, for seeding a browser. */
export function importedRecords(files: readonly IssueFileInput[]): SeedData & { links: number } {
  const seed: SeedData & { links: number } = { issues: [], blocks: [], picks: [], links: 0 };
  for (const { name, text } of files) {
    const imported = parseIssueFile(name, text, { now: Date.UTC(2026, 10, 1) });
    if (imported.kind === 'problem') throw new Error(`${name}: ${imported.code}`);
    seed.issues.push(imported.issue);
    seed.blocks.push(...imported.blocks);
    seed.picks.push(...imported.picks);
    seed.links += imported.links.length;
  }
  return seed;
}
