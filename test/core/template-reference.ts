// The quadratic renderer this project shipped until issue 8, kept verbatim as the reference the linear
// one must agree with on templates of ordinary size.
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
export function referenceRenderTemplate(template: string, fields: Record<string, string>): string {
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

