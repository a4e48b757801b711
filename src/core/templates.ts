// A tiny template language for the curator's block templates (documented in docs/templates.md):
// `{{name}}` inserts a field, `{{#name}}…{{/name}}` keeps its content only when the field is not
// empty, `{{^name}}…{{/name}}` only when it is. Sections stay on one line. An empty field takes its
// separating spaces with it, and a line left empty by its fields disappears with the blank lines before
// it, so "no emoji" or "no image" never leaves stray spaces or blank lines. Values are inserted once,
// never re-read as template.
import type { PickKind, Templates } from './types';

/** The templates that reproduce the reference issue. */
export const DEFAULT_TEMPLATES: Templates = {
  link: '{{emoji}} **{{title}} :** {{blurb}}',
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

const TAG = /\{\{\s*([#^/]?)\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

interface Piece {
  text: string;
  /** `literal`: template text; `value`: a field's text; `empty`: an empty field or a hidden section. */
  kind: 'literal' | 'value' | 'empty';
}

/** Splits one template line into pieces, resolving sections. */
function linePieces(line: string, fields: Record<string, string>): { pieces: Piece[]; tags: number } {
  const pieces: Piece[] = [];
  const sections: { name: string; shown: boolean }[] = [];
  let last = 0;
  let tags = 0;
  const push = (piece: Piece): void => {
    if (sections.every((section) => section.shown)) pieces.push(piece);
  };
  for (const match of line.matchAll(TAG)) {
    tags += 1;
    push({ text: line.slice(last, match.index), kind: 'literal' });
    last = match.index + match[0].length;
    const [, sigil, name = ''] = match;
    const value = fields[name] ?? '';
    if (sigil === '#' || sigil === '^') {
      const shown = (value !== '') === (sigil === '#');
      if (!shown) push({ text: '', kind: 'empty' });
      sections.push({ name, shown });
    } else if (sigil === '/') {
      const at = sections.map((section) => section.name).lastIndexOf(name);
      if (at !== -1) sections.length = at;
    } else {
      push({ text: value, kind: value === '' ? 'empty' : 'value' });
    }
  }
  push({ text: line.slice(last), kind: 'literal' });
  return { pieces, tags };
}

/** Applies the spacing rule: an empty field takes the spaces after it, or before it at a line's end. */
function joinPieces(pieces: Piece[]): string {
  for (let i = 0; i < pieces.length; i += 1) {
    if (pieces[i]?.kind !== 'empty') continue;
    const rest = pieces.slice(i + 1);
    const next = rest.find((piece) => piece.kind !== 'empty');
    const contentFollows = rest.some((piece) => piece.text.trim() !== '');
    if (contentFollows && next?.kind === 'literal') {
      next.text = next.text.replace(/^[ \t]+/, '');
    } else if (!contentFollows) {
      const previous = pieces.slice(0, i).reverse().find((piece) => piece.kind !== 'empty');
      if (previous?.kind === 'literal') previous.text = previous.text.replace(/[ \t]+$/, '');
    }
  }
  return pieces.map((piece) => piece.text).join('');
}

/** Renders `template` with `fields` (missing fields are empty). */
export function renderTemplate(template: string, fields: Record<string, string>): string {
  const out: string[] = [];
  let droppedAtStart = false;
  for (const line of template.replace(/\r\n?/g, '\n').split('\n')) {
    const { pieces, tags } = linePieces(line, fields);
    const text = joinPieces(pieces);
    if (tags > 0 && text.trim() === '') {
      while (out.length > 0 && out[out.length - 1]?.trim() === '') out.pop();
      if (out.length === 0) droppedAtStart = true;
      continue;
    }
    if (droppedAtStart && out.length === 0 && text.trim() === '') continue;
    out.push(text);
  }
  return out.join('\n');
}

/** Problems a curator should fix in a template: unknown fields, unbalanced sections. */
export function templateProblems(template: string, allowed: readonly string[]): string[] {
  const problems: string[] = [];
  for (const [index, line] of template.replace(/\r\n?/g, '\n').split('\n').entries()) {
    const open: string[] = [];
    for (const [, sigil, name = ''] of line.matchAll(TAG)) {
      if (!allowed.includes(name)) problems.push(`line ${index + 1}: unknown field "${name}"`);
      if (sigil === '#' || sigil === '^') open.push(name);
      else if (sigil === '/' && open.pop() !== name) {
        problems.push(`line ${index + 1}: "{{/${name}}}" closes no open section`);
      }
    }
    for (const name of open) problems.push(`line ${index + 1}: section "${name}" is not closed`);
  }
  return problems;
}
