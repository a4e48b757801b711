// The preview follows the block being edited (issue 10), in both tabs: when the curator moves to another
// block (or tab), the panel scrolls the block's first chunk (Rendered) or its marked lines (Markdown) to the
// top; while they type in it, the panel scrolls only if it left view.
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

/**
 * Keeps the panel's `.is-followed` element in view. `target` names what is followed (the tab and the block's
 * line): when it changes the element goes to the top; `content` is what the panel shows, re-checked as it changes.
 */
export function useFollow(panelRef: RefObject<HTMLElement | null>, target: string | null, content: RenderedPreview | string | null): void {
  const followed = useRef<string | null>(null);
  useEffect(() => {
    const panel = panelRef.current;
    const chunk = panel?.querySelector<HTMLElement>('.is-followed');
    if (target === null || !panel || !chunk) return;
    const moved = followed.current !== target;
    followed.current = target;
    // The panel is the chunk's (or the mark's) offset parent (position: relative in preview.css).
    const inView = (): boolean => chunk.offsetTop >= panel.scrollTop && chunk.offsetTop + MARGIN < panel.scrollTop + panel.clientHeight;
    if (!moved && inView()) return;
    panel.scrollTop = chunk.offsetTop - MARGIN;
    // Chunks off screen are laid out at an estimated height (content-visibility): once the ones now on
    // screen have their real height, the chunk may have moved; put it back in place once.
    const frame = requestAnimationFrame(() => { panel.scrollTop = chunk.offsetTop - MARGIN; });
    return () => cancelAnimationFrame(frame);
  }, [panelRef, target, content]);
}
