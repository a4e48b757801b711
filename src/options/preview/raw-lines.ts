// The Markdown tab shows the exported file with the lines of the block being edited marked: the file cut in
// three at line boundaries (linear in the file, run once per change, never per line).
import type { LineRange } from '../../core/render-issue';

/** Offset of the line `lines` lines after the one starting at `from`; `text.length` past the last line. */
function lineOffset(text: string, lines: number, from = 0): number {
  let at = from;
  for (let count = 0; count < lines; count += 1) {
    const next = text.indexOf('\n', at);
    if (next === -1) return text.length;
    at = next + 1;
  }
  return at;
}

/** `text` as [before, the lines of `range`, after]; their line break stays with the lines before. */
export function splitAtLines(text: string, range: LineRange): [string, string, string] {
  const start = lineOffset(text, range.start);
  const endOfLast = lineOffset(text, Math.max(0, range.end - range.start), start);
  // The last line's break belongs to the text after, so that the mark ends with the block's last character.
  const end = Math.max(start, endOfLast > start && text[endOfLast - 1] === '\n' ? endOfLast - 1 : endOfLast);
  return [text.slice(0, start), text.slice(start, end), text.slice(end)];
}

/** A stretch of the file the Markdown tab shows as one windowed item. */
export interface RawPiece {
  /** The file's line (0-based) where it starts. */
  line: number;
  text: string;
  /** How many of its first characters are the lines of the block being edited (the mark), 0 for none. */
  marked: number;
}

/** Longest piece, in lines: a piece is measured as a whole, so no piece should be pages long. */
const MAX_PIECE_LINES = 40;

/**
 * The file cut into pieces for the windowed Markdown tab, in one pass: a piece starts at each paragraph
 * (a line after a blank one), or after MAX_PIECE_LINES lines; the lines of `follow` start a piece of their
 * own, never cut, so that they carry one mark. The pieces joined make the file again.
 */
export function rawPieces(text: string, follow: LineRange | null): RawPiece[] {
  const [before, marked] = follow ? splitAtLines(text, follow) : ['', ''];
  const markStart = follow && before.length < text.length ? before.length : -1;
  const markEnd = markStart + marked.length;
  const pieces: RawPiece[] = [];
  let pieceStart = 0;
  let pieceLine = 0;
  let previousBlank = false;
  let markedPiece = -1;
  let line = 0;
  for (let at = 0; at < text.length; line += 1) {
    const next = text.indexOf('\n', at);
    const end = next === -1 ? text.length : next + 1;
    const blank = text.slice(at, end).trim() === '';
    const inMark = markStart >= 0 && at > markStart && at <= markEnd;
    const cut = at === markStart || (!inMark && ((previousBlank && !blank) || line - pieceLine >= MAX_PIECE_LINES));
    if (cut && at > pieceStart) {
      pieces.push({ line: pieceLine, text: text.slice(pieceStart, at), marked: 0 });
      pieceStart = at;
      pieceLine = line;
    }
    if (at === markStart) markedPiece = pieces.length;
    previousBlank = blank;
    at = end;
  }
  if (pieceStart < text.length || pieces.length === 0) pieces.push({ line: pieceLine, text: text.slice(pieceStart), marked: 0 });
  const piece = pieces[markedPiece];
  if (piece) piece.marked = marked.length;
  return pieces;
}
