// The Markdown tab: the exported file, verbatim, with the lines of the block being edited marked. Windowed
// in the preview panel like the Rendered tab (use-panel-window): the file is cut into pieces at its
// paragraphs (raw-lines), and only the pieces on screen are in the page.
import type { JSX, RefObject } from 'preact';
import { memo } from 'preact/compat';
import { useMemo } from 'preact/hooks';
import type { LineRange } from '../../core/render-issue';
import { rawPieces, type RawPiece } from './raw-lines';
import { useFollow } from './use-follow';
import { usePanelWindow } from './use-panel-window';

export interface RawTextProps {
  panelRef: RefObject<HTMLElement | null>;
  markdown: string;
  follow: LineRange | null;
}

/** A line of the Markdown tab, in px, for a piece not measured yet (long lines wrap: a guess). */
const LINE_HEIGHT = 19;

function lineCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < text.length - 1; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
}

interface PieceProps {
  piece: RawPiece;
  index: number;
  offset: number;
  measure: (element: Element | null) => void;
}

const Piece = memo(({ piece: { text, marked }, index, offset, measure }: PieceProps): JSX.Element => (
  <span ref={measure} data-index={index} class="preview-raw-piece" style={{ transform: `translateY(${offset}px)` }}>
    {marked > 0 ? <><mark class="is-followed">{text.slice(0, marked)}</mark>{text.slice(marked)}</> : text}
  </span>
));

export function RawText({ panelRef, markdown, follow }: RawTextProps): JSX.Element {
  const pieces = useMemo(() => rawPieces(markdown, follow), [markdown, follow]);
  // Keyed by content (and mark): an unchanged piece keeps its measured height when the file changes.
  const keys = useMemo(() => {
    const seen = new Map<string, number>();
    return pieces.map(({ text, marked }) => {
      const key = `${marked}:${text}`;
      const count = seen.get(key) ?? 0;
      seen.set(key, count + 1);
      return `${count}:${key}`;
    });
  }, [pieces]);
  const list = usePanelWindow<HTMLPreElement>({
    scrollRef: panelRef,
    count: pieces.length,
    keyAt: (index) => keys[index] ?? String(index),
    keysVersion: keys,
    estimateAt: (index) => LINE_HEIGHT * lineCount(pieces[index]?.text ?? ''),
  });
  const followIndex = pieces.findIndex(({ marked }) => marked > 0);
  useFollow(panelRef, list.scrollToIndex, follow === null ? null : `markdown:${follow.start}`, followIndex, markdown);
  return (
    <pre ref={list.listRef} class="preview-raw" data-testid="preview-raw" style={{ height: `${list.totalSize}px` }}>
      {list.items.map((item) => (
        <Piece key={keys[item.index]} piece={pieces[item.index]!} index={item.index} offset={list.offsetOf(item)} measure={list.measure} />
      ))}
    </pre>
  );
}
