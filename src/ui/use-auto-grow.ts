// A textarea as tall as its text (issue 10: blurbs of 700–1,150 characters showed 5 lines), up to a cap past
// which it scrolls. `field-sizing: content` would do it in CSS, but Firefox ESR lacks it.
import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/** Resizes `box` to fit `value` whenever it changes (before paint, so it never flickers). */
export function useAutoGrow(box: RefObject<HTMLTextAreaElement | null>, value: string, maxPx = 320): void {
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    element.style.height = 'auto';
    const borders = element.offsetHeight - element.clientHeight;
    element.style.height = `${Math.min(element.scrollHeight + borders, maxPx)}px`;
  }, [box, value, maxPx]);
}
