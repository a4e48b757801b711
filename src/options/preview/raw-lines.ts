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
