// One past issue file (Markdown from the blog's `_posts/`) as Gleaner data: a published issue, its blocks
// and picks, and every page it links to. Lossless: rendering the result gives the file back byte for byte
// (checked here for every file; should recognition ever get one wrong, the body is kept as plain text).
import { isImpossibleDate } from '../dates';
import { echo } from '../limits';
import { keysBetween } from '../order-key';
import { renderIssue } from '../render-issue';
import { DEFAULT_SETTINGS } from '../settings';
import type { Block, FrontMatter, Issue, Pick, Templates } from '../types';
import { chunksOf, type Chunk } from './chunks';
import { readFrontMatter } from './front-matter-source';
import { findLinks, type FoundLink } from './links';
import { parseMarkdown } from './markdown-tokens';
import { isMarkdownFileName, MAX_ISSUE_FILE_BYTES, problem, type ImportProblem } from './problems';
import { recognizer, type Recognizer, type Span } from './recognize';

export interface ImportedIssue {
  kind: 'issue';
  issue: Issue;
  /** In issue order. */
  blocks: Block[];
  picks: Pick[];
  /** Every page the file links to, in order (their keys are the issue's `linkKeys`). */
  links: FoundLink[];
}

export interface ParseOptions {
  templates?: Templates;
  /** Language of an issue whose front matter names none. */
  language?: string;
  now?: number;
  newId?: () => string;
  /** Built once per batch with `recognizer(templates)`; built from `templates` when absent. */
  recognize?: Recognizer;
}

/** A copy the form's edits cannot reach (its lists are the only nested values). */
function copyOf(frontMatter: FrontMatter): FrontMatter {
  return Object.fromEntries(Object.entries(frontMatter).map(([key, value]) => [key, Array.isArray(value) ? [...value] : value]));
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) bytes += char.length === 2 ? 4 : char.charCodeAt(0) < 0x80 ? 1 : char.charCodeAt(0) < 0x800 ? 2 : 3;
  return bytes;
}

function isRealDate(date: string): boolean {
  const time = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(date);
}

/** Jekyll's rule: the date of `2025-11-12-title.md`, else the front matter's `date`. */
function issueDate(fileName: string, frontMatter: FrontMatter): string | null {
  const fromName = /^(\d{4}-\d{2}-\d{2})-/.exec(fileName)?.[1];
  if (fromName !== undefined && isRealDate(fromName)) return fromName;
  const value = frontMatter.date;
  const fromFrontMatter = typeof value === 'string' ? /^\d{4}-\d{2}-\d{2}/.exec(value.trim())?.[0] : undefined;
  return fromFrontMatter !== undefined && isRealDate(fromFrontMatter) ? fromFrontMatter : null;
}

function languageOf(frontMatter: FrontMatter, fallback: string): string {
  const value = frontMatter.lang ?? frontMatter.language;
  return typeof value === 'string' && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*$/.test(value) ? value : fallback;
}

/** Why the file cannot be an issue before it is even read as Markdown, or null. */
function fileProblem(fileName: string, text: string): ImportProblem | null {
  if (!isMarkdownFileName(fileName)) return problem('not-markdown', /\.[^.]*$/.exec(fileName)?.[0] ?? fileName);
  if (text.length > MAX_ISSUE_FILE_BYTES || utf8Length(text) > MAX_ISSUE_FILE_BYTES) {
    return problem('too-large', `${Math.round(utf8Length(text) / 1024)} KiB`);
  }
  // A NUL never appears in text; U+FFFD is what a decoder leaves of bytes that are not UTF-8.
  // eslint-disable-next-line no-control-regex -- finding NUL is the point
  if (/[\u0000\uFFFD]/.test(text)) return problem('binary');
  if (text.trim() === '') return problem('empty');
  return null;
}

interface Layout {
  blocks: Array<{ gap: string; content: Span['block'] | { type: 'text'; markdown: string } }>;
  end: string;
}

/** Blocks in file order with the exact text between them: recognised spans, and text for the rest. */
function layout(body: string, chunks: readonly Chunk[], spans: readonly Span[]): Layout {
  const blocks: Layout['blocks'] = [];
  let at = 0;
  let next = 0;
  const pushText = (first: number, last: number): void => {
    if (first > last) return;
    const start = chunks[first]!.start;
    blocks.push({ gap: body.slice(at, start), content: { type: 'text', markdown: body.slice(start, chunks[last]!.end) } });
    at = chunks[last]!.end;
  };
  for (const span of spans) {
    pushText(next, span.first - 1);
    const start = chunks[span.first]!.start;
    blocks.push({ gap: body.slice(at, start), content: span.block });
    at = chunks[span.last]!.end;
    next = span.last + 1;
  }
  pushText(next, chunks.length - 1);
  return { blocks, end: body.slice(at) };
}

/** Parses one file; `fileName` may carry a folder, which is dropped. */
export function parseIssueFile(path: string, text: string, options: ParseOptions = {}): ImportedIssue | ImportProblem {
  const fileName = path.split(/[/\\]/).pop() ?? path;
  const early = fileProblem(fileName, text);
  if (early) return early;
  const read = readFrontMatter(text);
  if (read.kind === 'problem') return read;
  // Kept, it would be refused by every later check (backup, export): refused here, with the value.
  if (isImpossibleDate(read.values.date)) return problem('impossible-date', echo(String(read.values.date)));
  const date = issueDate(fileName, read.values);
  if (date === null) return problem('no-date');

  const templates = options.templates ?? DEFAULT_SETTINGS.templates;
  const now = options.now ?? Date.now();
  const newId = options.newId ?? ((): string => crypto.randomUUID());
  const tokens = parseMarkdown(read.body);
  const chunks = chunksOf(read.body, tokens);
  const recognize = options.recognize ?? recognizer(templates);
  const links = findLinks(tokens);

  const issue: Issue = {
    id: newId(), status: 'published', date, language: languageOf(read.values, options.language ?? DEFAULT_SETTINGS.language),
    frontMatter: read.values, createdAt: now, updatedAt: now, publishedAt: Date.parse(`${date}T00:00:00Z`), fileName,
    source: { frontMatterText: read.text, frontMatter: copyOf(read.values), end: '' },
    linkKeys: links.map((link) => link.urlKey),
  };
  const build = (spans: readonly Span[]): ImportedIssue => {
    const { blocks: laid, end } = layout(read.body, chunks, spans);
    const keys = keysBetween(null, null, laid.length);
    const picks: Pick[] = [];
    const blocks = laid.map(({ gap, content }, index): Block => {
      const base = { id: newId(), issueId: issue.id, order: keys[index]!, gap };
      if (content.type !== 'pick') return { ...base, ...content };
      const pick: Pick = { ...content.pick, id: newId(), issueId: issue.id, createdAt: now, updatedAt: now };
      picks.push(pick);
      return { ...base, type: 'pick', pickId: pick.id };
    });
    return { kind: 'issue', issue: { ...issue, source: { ...issue.source!, end } }, blocks, picks, links };
  };

  const imported = build(recognize(read.body, chunks));
  const back = renderIssue({ ...imported, picks: new Map(imported.picks.map((pick) => [pick.id, pick])), templates });
  // The promise is the file, byte for byte: a recognition that does not give it back is dropped.
  return back === text ? imported : build([]);
}
