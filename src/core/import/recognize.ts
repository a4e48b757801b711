// Which paragraphs of an imported body are blocks Gleaner knows (picks of each kind, headings): a run of
// paragraphs becomes one only if the current templates render the guessed block to exactly the same bytes.
// Everything else stays text, verbatim. The guesses come from core/import/template-matcher.
import { isHttpUrl } from '../markdown';
import { renderBlock } from '../render-issue';
import { TEMPLATE_FIELDS } from '../templates';
import type { HeadingBlock, Pick, PickKind, Templates } from '../types';
import { normalizeUrl } from '../url-key';
import type { Chunk } from './chunks';
import { matchPattern, templatePatterns, type TemplatePattern } from './template-matcher';

/** A block found in the body, without its identity and order yet. */
export type Recognized =
  | { type: 'pick'; pick: Omit<Pick, 'id' | 'issueId' | 'createdAt' | 'updatedAt'> }
  | { type: 'heading'; level: HeadingBlock['level']; text: string };

export interface Span {
  /** Chunks `first` to `last` (inclusive) make the block. */
  first: number;
  last: number;
  block: Recognized;
}

/** Kinds in the order they are tried: the longer shapes first, so a featured article is not a heading. */
const KINDS: readonly (PickKind | 'heading')[] = ['featured', 'sponsor', 'link', 'heading'];
/** A featured article or a sponsor copy spans a few paragraphs, never dozens. */
const MAX_SPAN_CHUNKS = 40;
/** How many of a blurb's links are tried as the pick's own. */
const MAX_LINK_TRIES = 20;

export type Recognizer = (body: string, chunks: readonly Chunk[]) => Span[];

/** escapeInline undone: backslash escapes of ASCII punctuation, and `&amp;` before an entity-like run. */
function unescapeInline(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/&amp;(?=#?[0-9A-Za-z]+;)/g, '&');
}

const INLINE_LINK = /(?<!!)\[((?:[^[\]\\\n]|\\.)*)\]\(([^\s<>]*)\)/g;
const WHOLE_LINK = /^\[((?:[^[\]\\]|\\.)*)\]\(([^\s<>]*)\)$/;

interface Guess {
  title: string;
  url: string;
  blurb: string;
}

/** Possible (title, url, blurb) readings of a rendered pick, most likely first. */
function guesses(fields: Record<string, string>): Guess[] {
  const out: Guess[] = [];
  const blurb = fields.blurb ?? '';
  const titleLink = WHOLE_LINK.exec(fields.title ?? '');
  if (titleLink) out.push({ title: unescapeInline(titleLink[1] ?? ''), url: titleLink[2] ?? '', blurb });
  const title = unescapeInline(fields.titleText ?? fields.title ?? '');
  let tries = 0;
  for (const link of blurb.matchAll(INLINE_LINK)) {
    if (++tries > MAX_LINK_TRIES) break;
    const phrase = `[${link[1] ?? ''}]`;
    out.push({ title, url: link[2] ?? '', blurb: blurb.slice(0, link.index) + phrase + blurb.slice(link.index + link[0].length) });
  }
  if (fields.url) out.push({ title, url: fields.url, blurb });
  return out;
}

/** A title the file does not show (a sponsor's banner) is the site's name, so the pick can be told apart. */
function titleOf(guess: Guess): string {
  if (guess.title.trim() !== '') return guess.title;
  try {
    return new URL(guess.url).hostname.replace(/^www\./, '');
  } catch {
    return guess.url;
  }
}

function pickOf(kind: PickKind, fields: Record<string, string>, guess: Guess): Recognized {
  const tags = fields.tags ? unescapeInline(fields.tags).split(', ') : [];
  return {
    type: 'pick',
    pick: {
      kind, url: guess.url, urlKey: normalizeUrl(guess.url), title: titleOf(guess), blurb: guess.blurb,
      emoji: unescapeInline(fields.emoji ?? ''), tags, image: fields.image ? fields.image : null,
      description: unescapeInline(fields.description ?? ''), siteName: unescapeInline(fields.siteName ?? ''),
      quote: unescapeInline(fields.quote ?? ''),
    },
  };
}

function headingOf(fields: Record<string, string>): Recognized | null {
  const level = fields.hashes ? fields.hashes.length : Number(fields.level ?? '');
  if (!Number.isInteger(level) || level < 1 || level > 6) return null;
  return { type: 'heading', level: level as HeadingBlock['level'], text: unescapeInline(fields.text ?? '') };
}

/** The block as the templates render it. */
function rendered(block: Recognized, templates: Templates): string {
  const base = { id: '', issueId: '', order: '' };
  if (block.type === 'heading') return renderBlock({ ...base, ...block }, new Map(), templates);
  const pick: Pick = { ...block.pick, id: 'p', issueId: '', createdAt: 0, updatedAt: 0 };
  return renderBlock({ ...base, type: 'pick', pickId: 'p' }, new Map([['p', pick]]), templates);
}

/** The readings of `text` under one kind's template that render back to exactly `text`. */
function verified(kind: PickKind | 'heading', fields: Record<string, string>, text: string, templates: Templates): Recognized | null {
  if (kind === 'heading') {
    const heading = headingOf(fields);
    return heading && rendered(heading, templates) === text ? heading : null;
  }
  for (const guess of guesses(fields)) {
    // A pick is a link: a bold line without one (an old section title) stays text.
    if (!isHttpUrl(guess.url)) continue;
    const pick = pickOf(kind, fields, guess);
    if (rendered(pick, templates) === text) return pick;
  }
  return null;
}

type Patterns = ReadonlyMap<PickKind | 'heading', TemplatePattern[]>;

interface Candidate {
  kind: PickKind | 'heading';
  last: number;
  block: Recognized;
}

/**
 * A pick that spans paragraphs must carry its URL or image in a field of its own: "**Outils :**" over a
 * paragraph of links reads like an imageless sponsor, but it is an old issue's section title.
 */
function plausible(kind: PickKind | 'heading', fields: Record<string, string>, paragraphs: number): boolean {
  return kind === 'heading' || paragraphs === 1 || Boolean(fields.url || fields.image);
}

/** The first kind (in KINDS order) that reads `text` from chunk `first`, its shortest reading. */
function candidateAt(
  text: string, first: number, chunkAt: (offset: number) => number | undefined, patterns: Patterns,
  templates: Templates, accept: (last: number) => boolean,
): Candidate | null {
  for (const [kind, kindPatterns] of patterns) {
    let best: (Candidate & { length: number }) | null = null;
    for (const pattern of kindPatterns) {
      const match = matchPattern(pattern, text);
      if (!match || (best && best.length <= match.length)) continue;
      const last = chunkAt(match.length);
      if (last === undefined || !accept(last) || !plausible(kind, match.fields, last - first + 1)) continue;
      const block = verified(kind, match.fields, text.slice(0, match.length), templates);
      if (block) best = { kind, last, block, length: match.length };
    }
    if (best) return best;
  }
  return null;
}

/**
 * A recognizer for one set of templates (their patterns are built once, for a whole batch of files).
 * Each paragraph is read alone first; then a block spanning paragraphs (a featured article) is kept only
 * if none of its later paragraphs is a block of its own: "## Section" is not the start of a featured
 * article whose text would swallow the link items up to the next call to action.
 */
export function recognizer(templates: Templates): Recognizer {
  const patterns: Patterns = new Map(KINDS.map((kind) => [kind, templatePatterns(templates[kind], TEMPLATE_FIELDS[kind])]));
  const spanning: Patterns = new Map([...patterns].filter(([kind]) => templates[kind].includes('\n')));
  const rank = (kind: PickKind | 'heading'): number => KINDS.indexOf(kind);
  return (body, chunks) => {
    const ends = new Map(chunks.map((chunk, index) => [chunk.end, index]));
    const singles = chunks.map((chunk, index) => {
      const text = body.slice(chunk.start, chunk.end);
      return candidateAt(text, index, (length) => (length === text.length ? index : undefined), patterns, templates, () => true);
    });
    const before: number[] = [0];
    singles.forEach((single, index) => before.push(before[index]! + (single ? 1 : 0)));
    const spans: Span[] = [];
    for (let first = 0; first < chunks.length; first += 1) {
      const start = chunks[first]!.start;
      const text = body.slice(start, chunks[Math.min(first + MAX_SPAN_CHUNKS, chunks.length) - 1]!.end);
      const alone = (last: number): boolean => last > first && before[last + 1]! - before[first + 1]! === 0;
      const multi = spanning.size > 0 ? candidateAt(text, first, (length) => ends.get(start + length), spanning, templates, alone) : null;
      const single = singles[first] ?? null;
      const chosen = multi && (!single || rank(multi.kind) < rank(single.kind)) ? multi : single;
      if (chosen) {
        spans.push({ first, last: chosen.last, block: chosen.block });
        first = chosen.last;
      }
    }
    return spans;
  };
}
