// The preview follows the block being edited (issue 10), in both tabs: when the curator moves to another
// block (or tab), the panel scrolls the block's first chunk (Rendered) or its marked lines (Markdown) to the
// top; while they type in it, the panel scrolls only if it left view. The preview is windowed
// (use-panel-window): the chunk may not be in the page, so the panel scrolls to its index, and the
// virtualizer aligns it once the chunks around it are measured.
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { FOLLOW_MARGIN } from './use-panel-window';

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

/** Whether the top of the panel's `.is-followed` element is on screen in the panel. */
function followedInView(panel: HTMLElement): boolean {
  const chunk = panel.querySelector('.is-followed');
  if (!chunk) return false;
  const top = chunk.getBoundingClientRect().top - panel.getBoundingClientRect().top - panel.clientTop;
  return top >= 0 && top + FOLLOW_MARGIN < panel.clientHeight;
}

/**
 * Keeps the item at `index` (the one marked `.is-followed`) in view. `target` names what is followed (the
 * tab and the block's line): when it changes the item goes to the top; `content` is what the panel shows,
 * re-checked as it changes.
 */
export function useFollow(
  panelRef: RefObject<HTMLElement | null>,
  scrollToIndex: (index: number) => void,
  target: string | null,
  index: number,
  content: unknown,
): void {
  const followed = useRef<string | null>(null);
  useEffect(() => {
    const panel = panelRef.current;
    if (target === null || index < 0 || !panel) return;
    const moved = followed.current !== target;
    followed.current = target;
    if (!moved && followedInView(panel)) return;
    scrollToIndex(index);
  }, [panelRef, scrollToIndex, target, index, content]);
}
