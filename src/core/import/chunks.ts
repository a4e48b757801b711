// An imported body cut into paragraphs ("chunks"): the units that may become blocks. A chunk runs from the
// start of its first line to the end of its last line's text; what lies between two chunks (line breaks,
// blank lines, spaces) is kept exactly as a block's `gap`. A blank line inside a fenced code block, a list
// or any other Markdown block (as markdown-it sees the top level) does not cut it.
import type { Token } from './markdown-tokens';

export interface Chunk {
  start: number;
  end: number;
}


/** Offsets of the start of each line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** Lines where a top-level block (paragraph, heading, list, fence, HTML…) starts. */
function blockStartLines(tokens: readonly Token[]): Set<number> {
  const starts = new Set<number>();
  for (const token of tokens) if (token.level === 0 && token.map && token.nesting !== -1) starts.add(token.map[0]);
  return starts;
}

export function chunksOf(body: string, tokens: readonly Token[]): Chunk[] {
  const starts = lineStarts(body);
  const blockStarts = blockStartLines(tokens);
  const chunks: Chunk[] = [];
  let open: Chunk | null = null;
  let sawBlank = true;
  starts.forEach((start, line) => {
    const next = starts[line + 1];
    const lineEnd = next === undefined ? body.length : next - 1;
    const text = body.slice(start, lineEnd);
    // Blank as renderIssue sees it (trim): a block of only a no-break space would not be exported.
    if (text.trim() === '') {
      sawBlank = true;
      return;
    }
    const end = text.endsWith('\r') ? lineEnd - 1 : lineEnd;
    // After a blank line a new chunk starts, unless markdown-it says the line continues the block above.
    if (open !== null && (!sawBlank || !blockStarts.has(line))) open.end = end;
    else {
      open = { start, end };
      chunks.push(open);
    }
    sawBlank = false;
  });
  return chunks;
}
