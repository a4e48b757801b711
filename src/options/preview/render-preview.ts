// Markdown → sanitised HTML plus reading stats, from one parse. Runs only in a page (DOMPurify needs a DOM).
import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';
import { countWords, readingMinutes, visibleText } from '../../core/preview-stats';
import { isSafeImageSrc, isSafeLinkHref, PREVIEW_SANITIZE } from '../../core/sanitize-config';
import { splitFrontMatter } from '../../core/split-front-matter';
import { t } from '../../platform/i18n';
import { frontMatterRows, type FrontMatterRow } from './front-matter-rows';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];
type Env = Parameters<InstanceType<typeof MarkdownIt>['parse']>[1];

export interface RenderedPreview {
  /** null when the issue has no front matter; `rows` null with `raw` set when the YAML does not parse. */
  frontMatter: { rows: FrontMatterRow[] | null; raw: string } | null;
  /**
   * Sanitised HTML, one piece per top-level Markdown block (paragraph, heading, list…), in order; null for a
   * block not sanitised yet (a long issue sanitises the blocks about to be shown first, the rest when idle).
   */
  chunks: (string | null)[];
  /** The line of the whole file (0-based, front matter included) where each chunk's Markdown starts. */
  lines: number[];
  words: number;
  minutes: number;
}

/** The level of the preview's own heading, under which the headings are nested. */
export const PREVIEW_HEADING_LEVEL = 2;

// html: true because Jekyll's kramdown passes raw HTML through: the preview shows what the blog will show,
// and DOMPurify below decides what of it is safe.
// Parsing runs in two halves: the block structure of the whole issue at once (a 5,000-block issue: about
// a tenth of a second; reference definitions are collected into `env` there), then each block's inline
// content as its turn to render comes (step below). The inline half was nine tenths of a parse that held
// the page for a second. `text_join` is done per block too (joinText).
const markdownIt = new MarkdownIt({ html: true, linkify: false });
markdownIt.core.ruler.disable(['inline', 'text_join']);

// A private instance, so these hooks never affect another DOMPurify user in the page.
const purifier = DOMPurify(window);
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node instanceof HTMLAnchorElement) {
    const href = node.getAttribute('href');
    if (href !== null && !isSafeLinkHref(href)) node.removeAttribute('href');
    // Never navigate the options page itself, and give the opened page no handle on it.
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  } else if (node instanceof HTMLImageElement) {
    const src = node.getAttribute('src');
    if (src !== null && !isSafeImageSrc(src)) node.removeAttribute('src');
  }
});

/**
 * The curator's content must not make the options page inaccessible: an image without alt text is taken as
 * decorative, and a link with no text (the sponsor banner `[![](image)](url)`) is named after where it goes.
 */
function nameUnnamed(root: DocumentFragment): void {
  for (const image of root.querySelectorAll('img')) {
    if (!image.hasAttribute('src')) image.remove();
    else if (!image.hasAttribute('alt')) image.setAttribute('alt', '');
  }
  for (const link of root.querySelectorAll('a[href]')) {
    const altTexts = [...link.querySelectorAll('img')].map((image) => image.alt.trim()).join('');
    if ((link.textContent ?? '').trim() === '' && altTexts === '') {
      link.setAttribute('aria-label', t('prev_linkTo', link.getAttribute('href') ?? ''));
    }
  }
}

/**
 * The headings sit under the preview's own h2 in the page outline. Their level in the page is
 * shifted below it and never skips one (a `####` right under the h2 becomes an h3), which is what screen
 * readers and axe's heading-order need; the `md-hN` class keeps the size the curator wrote.
 */
function nestHeadings(root: DocumentFragment, parentLevel: number, previousLevel: number): number {
  let previous = previousLevel;
  for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const written = Number(heading.tagName.slice(1));
    const level = Math.min(written + parentLevel, previous + 1, 6);
    const nested = document.createElement(`h${level}`);
    nested.className = `md-h${written}`;
    nested.append(...heading.childNodes);
    heading.replaceWith(nested);
    previous = level;
  }
  return previous;
}

interface SanitizedChunk {
  html: string;
  /** The page level of the chunk's last heading (or the one before it): the next chunk nests under it. */
  headingLevel: number;
}

function sanitize(html: string, previousLevel: number): SanitizedChunk {
  const fragment = purifier.sanitize(html, { ...PREVIEW_SANITIZE, RETURN_DOM_FRAGMENT: true });
  nameUnnamed(fragment);
  const headingLevel = nestHeadings(fragment, PREVIEW_HEADING_LEVEL, previousLevel);
  const holder = document.createElement('div');
  holder.append(fragment);
  return { html: holder.innerHTML, headingLevel };
}

/**
 * Sanitising is the costly half of a preview (a DOM parse and walk, some 4 ms a block). Blocks that did
 * not change — all of them, when one block moves — come from here. It keeps what a job that was cut short
 * had done (typing in a long issue restarts the preview before it finishes), and drops the entries a
 * finished render did not use.
 */
const sanitized = new Map<string, SanitizedChunk>();

/** Top-level token runs: a paragraph, a heading, a whole list or quote, an HTML block… */
function topLevelRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  let depth = 0;
  for (const token of tokens) {
    run.push(token);
    depth += token.nesting;
    if (depth === 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** markdown-it's `text_join` core rule, for one block's inline tokens: escapes become plain text. */
function joinText(children: Token[]): void {
  for (const child of children) if (child.type === 'text_special') child.type = 'text';
  for (let i = children.length - 1; i > 0; i -= 1) {
    const [before, token] = [children[i - 1]!, children[i]!];
    if (token.type === 'text' && before.type === 'text') {
      before.content += token.content;
      children.splice(i, 1);
    }
  }
}

/** Parses the inline content of one top-level run (see the parser's comment above). */
function parseInline(run: readonly Token[], env: Env): void {
  for (const token of run) {
    if (token.type !== 'inline') continue;
    const children: Token[] = [];
    markdownIt.inline.parse(token.content, markdownIt, env, children);
    joinText(children);
    token.children = children;
  }
}

function newlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}

/** The page level of the last heading of `run`, nested as nestHeadings does, from the tokens alone. */
function headingLevelAfter(run: readonly Token[], previousLevel: number): number {
  let previous = previousLevel;
  for (const token of run) {
    if (token.type === 'heading_open') previous = Math.min(Number(token.tag.slice(1)) + PREVIEW_HEADING_LEVEL, previous + 1, 6);
  }
  return previous;
}

/**
 * Whether only sanitising tells what `run` shows: raw HTML may vanish entirely (a comment, a script) or hold
 * headings the tokens do not show. Other runs always show something, and their headings are their tokens'.
 */
function needsSanitising(run: readonly Token[]): boolean {
  return run.some((token) => token.type === 'html_block' ||
    (token.children ?? []).some((child) => child.type === 'html_inline' && /<h[1-6]/i.test(child.content)));
}

/** Lines of the file (first and last) whose blocks are sanitised as soon as they are parsed: those on screen. */
export interface LineSpan {
  from: number;
  to: number;
}

/** A preview being rendered a slice at a time, so that a long issue never holds up the page. */
export interface PreviewJob {
  /** Works for about `budget` ms; true once every chunk is sanitised. */
  step(budget: number): boolean;
  /** True when what is left can wait for idle time: every block parsed, none asked for waiting. */
  idle(): boolean;
  /** The chunks `from`…`to` (indexes, inclusive) are about to be shown: they are sanitised next. */
  prioritise(from: number, to: number): void;
  /** What is rendered so far (every chunk once `step` returned true). */
  current(): RenderedPreview;
}

/**
 * Until what it has rendered is first shown, a job sanitises every block in order (a short issue is done by
 * then, exactly as it always was); after that, only the blocks on screen (`onScreen`, or asked for with
 * `prioritise`) as they are parsed, and the rest once every block is parsed, when the page is idle.
 */
export function startPreview(markdown: string, onScreen: LineSpan | null = null): PreviewJob {
  const { frontMatter, body } = splitFrontMatter(markdown);
  // One parse of the whole issue (reference links and the like resolve across blocks), rendered per block.
  const env: Env = {};
  const runs = topLevelRuns(markdownIt.parse(body, env));
  const used = new Set<string>();
  const chunks: (string | null)[] = [];
  const lines: number[] = [];
  /** Chunks not sanitised yet, by index: their HTML and the level their headings nest under. */
  const pending = new Map<number, { raw: string; level: number }>();
  let priority: number[] = [];
  let inOrder = 0;
  let shown = false;
  // markdown-it numbers the body's lines; the front matter's come before them.
  const bodyLine = newlines(markdown.slice(0, markdown.length - body.length));
  let line = bodyLine;
  let previousLevel = PREVIEW_HEADING_LEVEL;
  let done = 0;
  // Counted block by block as they are parsed: the stats grow to the whole issue's as the preview fills.
  let words = 0;
  const frontMatterView = frontMatter === null ? null : { rows: frontMatterRows(frontMatter), raw: frontMatter };
  const sanitizeCached = (raw: string, level: number): SanitizedChunk => {
    const key = `${level}\u0000${raw}`;
    const chunk = sanitized.get(key) ?? sanitize(raw, level);
    sanitized.set(key, chunk);
    used.add(key);
    return chunk;
  };
  const parseNext = (): void => {
    const run = runs[done]!;
    done += 1;
    parseInline(run, env);
    // Block boundaries separate words: each run's text is counted on its own.
    words += countWords(visibleText(run));
    const raw = markdownIt.renderer.render(run, markdownIt.options, env);
    line = bodyLine + (run[0]?.map?.[0] ?? line - bodyLine);
    const now = !shown || sanitized.has(`${previousLevel}\u0000${raw}`) || needsSanitising(run) ||
      (onScreen !== null && line >= onScreen.from && line <= onScreen.to);
    if (now) {
      const chunk = sanitizeCached(raw, previousLevel);
      previousLevel = chunk.headingLevel;
      if (chunk.html.trim() === '') return;
      chunks.push(chunk.html);
    } else {
      pending.set(chunks.length, { raw, level: previousLevel });
      previousLevel = headingLevelAfter(run, previousLevel);
      chunks.push(null);
    }
    lines.push(line);
  };
  const sanitizeAt = (index: number): void => {
    const waiting = pending.get(index);
    if (!waiting) return;
    pending.delete(index);
    chunks[index] = sanitizeCached(waiting.raw, waiting.level).html;
  };
  return {
    step(budget) {
      const until = performance.now() + budget;
      while (performance.now() < until) {
        const next = priority.pop();
        if (next !== undefined) sanitizeAt(next);
        else if (done < runs.length) parseNext();
        else {
          while (inOrder < chunks.length && !pending.has(inOrder)) inOrder += 1;
          if (inOrder === chunks.length) break;
          sanitizeAt(inOrder);
        }
      }
      if (done < runs.length || pending.size > 0) return false;
      for (const key of sanitized.keys()) if (!used.has(key)) sanitized.delete(key);
      return true;
    },
    idle: () => done === runs.length && priority.length === 0,
    prioritise(from, to) {
      priority = [];
      for (let index = to; index >= from; index -= 1) if (pending.has(index)) priority.push(index);
    },
    current: () => {
      shown = true;
      return { frontMatter: frontMatterView, chunks: [...chunks], lines: [...lines], words, minutes: readingMinutes(words) };
    },
  };
}

/** The whole preview at once (tests, small issues). */
export function renderPreview(markdown: string): RenderedPreview {
  const job = startPreview(markdown);
  while (!job.step(Number.POSITIVE_INFINITY));
  return job.current();
}
