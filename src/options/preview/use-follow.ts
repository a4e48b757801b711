// The preview follows the block being edited (issue 10): when the curator moves to another block, the panel
// scrolls its first chunk to the top; while they type in it, the panel scrolls only if the chunk left view.
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { RenderedPreview } from './render-preview';

/** Room left above the followed chunk, in px. */
const MARGIN = 8;

/** The chunk where the block at `line` shows: the first one starting there or later, else the last one. */
export function chunkIndexAt(lines: readonly number[], line: number): number {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (lines[middle]! < line) low = middle + 1;
    else high = middle;
  }
  return Math.min(low, lines.length - 1);
}

export function useFollow(panelRef: RefObject<HTMLElement | null>, line: number | null, rendered: RenderedPreview | null): void {
  const followed = useRef<number | null>(null);
  useEffect(() => {
    const panel = panelRef.current;
    const chunk = panel?.querySelector<HTMLElement>('.is-followed');
    if (line === null || !panel || !chunk) return;
    const moved = followed.current !== line;
    followed.current = line;
    // The panel is the chunk's offset parent (position: relative in preview.css).
    const inView = (): boolean => chunk.offsetTop >= panel.scrollTop && chunk.offsetTop + MARGIN < panel.scrollTop + panel.clientHeight;
    if (!moved && inView()) return;
    panel.scrollTop = chunk.offsetTop - MARGIN;
    // Chunks off screen are laid out at an estimated height (content-visibility): once the ones now on
    // screen have their real height, the chunk may have moved; put it back in place once.
    const frame = requestAnimationFrame(() => { panel.scrollTop = chunk.offsetTop - MARGIN; });
    return () => cancelAnimationFrame(frame);
  }, [panelRef, line, rendered]);
}
