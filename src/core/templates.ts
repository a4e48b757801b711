// A tiny template language for the curator's block templates (documented in docs/templates.md):
// `{{name}}` inserts a field, `{{#name}}…{{/name}}` keeps its content only when the field is not
// empty, `{{^name}}…{{/name}}` only when it is. Sections stay on one line. An empty field takes its
// separating spaces with it, and a line left empty by its fields disappears with the blank lines before
// it, so "no emoji" or "no image" never leaves stray spaces or blank lines. Values are inserted once,
// never re-read as template.
import { echo, formatCount, MAX_TEMPLATE_LENGTH, tooLongMessage } from './limits';
import type { PickKind, Templates } from './types';

/** The templates that reproduce the reference issue. */
export const DEFAULT_TEMPLATES: Templates = {
  // Without a blurb a link is just its linked title: no dangling " :" (issue 10), and no bold, which would
  // read like an imageless sponsor when an issue is imported back.
  link: '{{emoji}} {{#blurb}}**{{title}} :** {{blurb}}{{/blurb}}{{^blurb}}{{title}}{{/blurb}}',
  featured:
    '## {{titleText}}\n\n{{#image}}![]({{image}}){{/image}}\n\n{{blurb}}\n\n[Accéder au lien ->]({{url}})',
  sponsor: '{{#image}}[![]({{image}})]({{url}}){{/image}}{{^image}}**{{title}}**{{/image}}\n\n{{blurb}}',
  heading: '{{hashes}} {{text}}',
};

const PICK_FIELDS = [
  'emoji', 'title', 'titleText', 'blurb', 'url', 'image', 'siteName', 'description', 'quote', 'tags',
] as const;
/** The fields each template may use. */
export const TEMPLATE_FIELDS: Record<PickKind | 'heading', readonly string[]> = {
  link: PICK_FIELDS,
  featured: PICK_FIELDS,
  sponsor: PICK_FIELDS,
  heading: ['hashes', 'text', 'level'],
};

// The second `\s*` belongs to the sigil: two adjacent `\s*` would backtrack quadratically over a run
// of spaces after an unclosed `{{`.
const TAG = /\{\{\s*(?:([#^/])\s*)?([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

interface Piece {
  text: string;
  /** `literal`: template text; `value`: a field's text; `empty`: an empty field or a hidden section. */
  kind: 'literal' | 'value' | 'empty';
}

/**
 * The open sections of a line, as a stack. Closing a section closes every section opened after it; each
 * section is pushed and popped once, and the positions of each name are indexed, so a line with any
 * number of unclosed or mismatched sections stays linear.
 */
class SectionStack {
  private readonly names: string[] = [];
  private readonly hidden: boolean[] = [];
  private readonly positions = new Map<string, number[]>();
  private hiddenCount = 0;

  get shown(): boolean {
    return this.hiddenCount === 0;
  }

  open(name: string, shown: boolean): void {
    const at = this.names.length;
    this.names.push(name);
    this.hidden.push(!shown);
    if (!shown) this.hiddenCount += 1;
    const list = this.positions.get(name);
    if (list) list.push(at);
    else this.positions.set(name, [at]);
  }

  /** Closes the innermost open section named `name` and those inside it; false when none is open. */
  close(name: string): boolean {
    const at = this.positions.get(name)?.at(-1);
    if (at === undefined) return false;
    while (this.names.length > at) {
      const popped = this.names.pop()!;
      if (this.hidden.pop()) this.hiddenCount -= 1;
      this.positions.get(popped)!.pop();
    }
    return true;
  }
}

/** Splits one template line into pieces, resolving sections. */
function linePieces(line: string, fields: Record<string, string>): { pieces: Piece[]; tags: number } {
  const pieces: Piece[] = [];
  const sections = new SectionStack();
  let last = 0;
  let tags = 0;
  const push = (piece: Piece): void => {
    if (sections.shown) pieces.push(piece);
  };
  for (const match of line.matchAll(TAG)) {
    tags += 1;
    push({ text: line.slice(last, match.index), kind: 'literal' });
    last = match.index + match[0].length;
    const [, sigil, name = ''] = match;
    // A field inside a hidden section shows nothing: its value (escaped on reading) is not computed.
    if (sigil === undefined && !sections.shown) continue;
    const value = Object.hasOwn(fields, name) ? (fields[name] ?? '') : '';
    if (sigil === '#' || sigil === '^') {
      const shown = (value !== '') === (sigil === '#');
      if (!shown) push({ text: '', kind: 'empty' });
      sections.open(name, shown);
    } else if (sigil === '/') {
      sections.close(name);
    } else {
      push({ text: value, kind: value === '' ? 'empty' : 'value' });
    }
  }
  push({ text: line.slice(last), kind: 'literal' });
  return { pieces, tags };
}

/** Without a regular expression: `/[ \t]+$/` is quadratic over long runs of spaces inside a text. */
function trimBlankEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end -= 1;
  return text.slice(0, end);
}

function trimBlankStart(text: string): string {
  let start = 0;
  while (start < text.length && (text[start] === ' ' || text[start] === '\t')) start += 1;
  return text.slice(start);
}

function isBlank(text: string): boolean {
  return text.trim() === '';
}

/**
 * Applies the spacing rule: an empty field takes the spaces after it, or before it at a line's end.
 * What follows each piece (the next non-empty piece, whether any content follows) is computed once from
 * the right, and the nearest non-empty piece before it from the left; trimming spaces changes neither.
 */
function joinPieces(pieces: Piece[]): string {
  const count = pieces.length;
  const nextNonEmpty: Array<Piece | undefined> = new Array<Piece | undefined>(count);
  const contentAfter: boolean[] = new Array<boolean>(count);
  let next: Piece | undefined;
  let content = false;
  for (let i = count - 1; i >= 0; i -= 1) {
    nextNonEmpty[i] = next;
    contentAfter[i] = content;
    const piece = pieces[i]!;
    if (piece.kind !== 'empty') next = piece;
    if (!isBlank(piece.text)) content = true;
  }
  let previous: Piece | undefined;
  for (let i = 0; i < count; i += 1) {
    const piece = pieces[i]!;
    if (piece.kind !== 'empty') {
      previous = piece;
      continue;
    }
    const following = nextNonEmpty[i];
    if (contentAfter[i] && following?.kind === 'literal') {
      following.text = trimBlankStart(following.text);
    } else if (!contentAfter[i] && previous?.kind === 'literal') {
      previous.text = trimBlankEnd(previous.text);
    }
  }
  return pieces.map((piece) => piece.text).join('');
}

/** Renders `template` with `fields` (missing fields are empty). Linear in the template's size. */
export function renderTemplate(template: string, fields: Record<string, string>): string {
  const out: string[] = [];
  // Whether each line of `out` is blank, so dropping blank lines never re-reads a long line.
  const blank: boolean[] = [];
  let droppedAtStart = false;
  for (const line of template.replace(/\r\n?/g, '\n').split('\n')) {
    const { pieces, tags } = linePieces(line, fields);
    const text = joinPieces(pieces);
    const isBlankLine = isBlank(text);
    if (tags > 0 && isBlankLine) {
      while (blank.length > 0 && blank[blank.length - 1]) {
        out.pop();
        blank.pop();
      }
      if (out.length === 0) droppedAtStart = true;
      continue;
    }
    if (droppedAtStart && out.length === 0 && isBlankLine) continue;
    out.push(text);
    blank.push(isBlankLine);
  }
  return out.join('\n');
}

/** Why a template cannot be saved, or null. */
export function templateSizeProblem(template: string): string | null {
  return template.length > MAX_TEMPLATE_LENGTH ? tooLongMessage('the template', template.length, MAX_TEMPLATE_LENGTH) : null;
}

/** How many of a template's problems are listed, one line each; the rest are counted in one more. */
export const MAX_LISTED_PROBLEMS = 20;

/**
 * Problems a curator should fix in a template: its size, unknown fields, unbalanced sections. The first
 * `MAX_LISTED_PROBLEMS`, then how many more: a template of 10,000 unclosed sections is 21 lines to read.
 */
export function templateProblems(template: string, allowed: readonly string[]): string[] {
  const tooLong = templateSizeProblem(template);
  const problems: string[] = tooLong === null ? [] : [tooLong];
  for (const [index, line] of template.replace(/\r\n?/g, '\n').split('\n').entries()) {
    const open: string[] = [];
    for (const [, sigil, name = ''] of line.matchAll(TAG)) {
      if (!allowed.includes(name)) problems.push(`line ${index + 1}: unknown field "${echo(name)}"`);
      if (sigil === '#' || sigil === '^') open.push(name);
      else if (sigil === '/' && open.pop() !== name) {
        problems.push(`line ${index + 1}: "{{/${echo(name)}}}" closes no open section`);
      }
    }
    for (const name of open) problems.push(`line ${index + 1}: section "${echo(name)}" is not closed`);
  }
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  const more = problems.length - MAX_LISTED_PROBLEMS;
  return [...problems.slice(0, MAX_LISTED_PROBLEMS), `and ${formatCount(more)} more problem${more === 1 ? '' : 's'}`];
}
