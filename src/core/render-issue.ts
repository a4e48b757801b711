// An issue as the Markdown file Jekyll publishes: front matter, then every block in order, each through
// its template. Pure and deterministic: the options page, the CLI and the golden test share it.
import { linkBlurb } from './blurb';
import { exportedFrontMatter } from './issue-source';
import { escapeInline, isHttpUrl, linkDestination, markdownLink } from './markdown';
import { compareKeys } from './order-key';
import { sameRecord } from './same-record';
import { renderTemplate } from './templates';
import type { Block, Issue, Pick, Templates } from './types';

export interface IssueDocument {
  issue: Issue;
  blocks: Block[];
  picks: ReadonlyMap<string, Pick>;
  templates: Templates;
}

/** Blocks are separated by one blank line; the front matter by two, as the curator's blog has it. */
const BLOCK_SEPARATOR = '\n\n';
const AFTER_FRONT_MATTER = '\n\n';

/**
 * The fields a pick template may use (see docs/templates.md). Each is computed when the template reads it:
 * the default templates use four of ten, and escaping is most of the cost of rendering a long issue.
 */
export function pickFields(pick: Pick): Record<string, string> {
  const blurb = once(() => linkBlurb(pick.blurb, pick.url));
  const title = pick.title.trim();
  return {
    // Leading spaces would indent the item into a code block; trailing ones are the curator's spacing.
    get emoji() { return escapeInline(pick.emoji.trimStart()); },
    get title() { return blurb().linked ? escapeInline(title) : markdownLink(title, pick.url); },
    get titleText() { return escapeInline(title); },
    get blurb() { return blurb().markdown; },
    get url() { return isHttpUrl(pick.url) ? linkDestination(pick.url) : ''; },
    get image() { return pick.image !== null && isHttpUrl(pick.image) ? linkDestination(pick.image) : ''; },
    get siteName() { return escapeInline(pick.siteName.trim()); },
    get description() { return escapeInline(pick.description.trim()); },
    get quote() { return escapeInline(pick.quote.trim()); },
    get tags() { return escapeInline(pick.tags.join(', ')); },
  };
}

function once<T>(compute: () => T): () => T {
  let value: { result: T } | null = null;
  return () => (value ??= { result: compute() }).result;
}

/** One block's Markdown; '' for a pick that no longer exists. */
export function renderBlock(block: Block, picks: ReadonlyMap<string, Pick>, templates: Templates): string {
  switch (block.type) {
    case 'text':
      return block.markdown;
    case 'heading':
      return renderTemplate(templates.heading, {
        hashes: '#'.repeat(block.level),
        level: String(block.level),
        text: escapeInline(block.text.trim()),
      });
    case 'pick': {
      const pick = picks.get(block.pickId);
      return pick === undefined ? '' : renderTemplate(templates[pick.kind], pickFields(pick));
    }
  }
}

/** Blocks in issue order: by order key, ties (which keys should never have) broken by id. */
export function sortBlocks(blocks: readonly Block[]): Block[] {
  const byOrder = (a: Block, b: Block): number => compareKeys(a.order, b.order) || compareKeys(a.id, b.id);
  // The database hands blocks over in order already: check in linear time before paying for a sort.
  const sorted = blocks.every((block, i) => i === 0 || byOrder(blocks[i - 1]!, block) <= 0);
  return sorted ? [...blocks] : [...blocks].sort(byOrder);
}

/** Lines of a file, 0-based: `start` included, `end` excluded. */
export interface LineRange {
  start: number;
  end: number;
}

/** The issue's file, and the lines of the file where each block that renders something stands. */
export interface RenderedIssue {
  markdown: string;
  blockLines: Map<string, LineRange>;
}

/**
 * The issue's whole file. Blocks are separated by their imported `gap` where they have one; an imported
 * issue ends as its file did. Throws FrontMatterError if the front matter would not read back intact.
 */
export function renderIssue(doc: IssueDocument): string {
  return renderIssueLines(doc).markdown;
}

/** One block's Markdown as last rendered, and what it was rendered from. */
export interface RenderedBlock {
  block: Block;
  pick: Pick | undefined;
  templates: Templates;
  markdown: string;
  /** markdown.trim() === '': the block adds nothing to the file. */
  blank: boolean;
  lineBreaks: number;
}

/**
 * The blocks of the previous render of an issue, by id: a block whose record, pick and templates are the
 * same is not rendered again. An option of the composer, which renders the issue after every change: a
 * 5,000-block issue then costs a comparison per block instead of its templates and escaping.
 */
export type BlockRenderCache = Map<string, RenderedBlock>;

function renderBlockOnce(block: Block, doc: IssueDocument, cache: BlockRenderCache | undefined): RenderedBlock {
  const pick = block.type === 'pick' ? doc.picks.get(block.pickId) : undefined;
  const cached = cache?.get(block.id);
  if (cached && cached.templates === doc.templates && sameRecord(cached.block, block) && sameRecord(cached.pick, pick)) return cached;
  const markdown = renderBlock(block, doc.picks, doc.templates);
  return { block, pick, templates: doc.templates, markdown, blank: markdown.trim() === '', lineBreaks: lineBreaks(markdown) };
}

/**
 * renderIssue, with where each block stands: the preview scrolls to the block being edited. With a
 * `cache`, unchanged blocks are taken from the previous render (the cache then holds this render's).
 */
export function renderIssueLines(doc: IssueDocument, cache?: BlockRenderCache): RenderedIssue {
  const frontMatter = exportedFrontMatter(doc.issue);
  // Joined once at the end: `+=` left a rope of two pieces per block for the reader of the file to flatten.
  const parts: string[] = [frontMatter ?? ''];
  let line = lineBreaks(parts[0]!);
  const blockLines = new Map<string, LineRange>();
  const rendered: BlockRenderCache | null = cache ? new Map() : null;
  let blocks = 0;
  for (const block of sortBlocks(doc.blocks)) {
    const once = renderBlockOnce(block, doc, cache);
    rendered?.set(block.id, once);
    if (once.blank) continue;
    const { markdown } = once;
    const defaultGap = blocks > 0 ? BLOCK_SEPARATOR : frontMatter === null ? '' : AFTER_FRONT_MATTER;
    const gap = block.gap ?? defaultGap;
    line += gap === BLOCK_SEPARATOR ? 2 : lineBreaks(gap);
    const start = line;
    line += once.lineBreaks;
    blockLines.set(block.id, { start, end: line + 1 });
    parts.push(gap, markdown);
    blocks += 1;
  }
  if (cache && rendered) {
    cache.clear();
    for (const [id, once] of rendered) cache.set(id, once);
  }
  // A file of Gleaner's own ends with one line break, or with the front matter's when it has no blocks.
  parts.push(doc.issue.source?.end ?? (blocks > 0 ? '\n' : ''));
  return { markdown: parts.join(''), blockLines };
}

function lineBreaks(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}
