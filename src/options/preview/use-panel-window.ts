// The preview's windowing: only the chunks on screen in the preview panel (plus a few either side) are in
// the page, whatever the length. The panel scrolls on its own (preview.css), so this is TanStack
// Virtual's element scroller, where the composer's lists (compose/use-window-list) follow the window.
// All 5,000 chunks of a long issue in the page, even with `content-visibility: auto`, cost every frame of
// the page its share: in one "Add text", 137 ms of intersection checks and 266 ms of style and layout
// (docs/performance.md).
import {
  elementScroll,
  measureElement,
  observeElementOffset,
  observeElementRect,
  Virtualizer,
  type VirtualItem,
} from '@tanstack/virtual-core';
import type { RefObject } from 'preact';
import { useCallback, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';

/** Room left above a chunk scrolled to the top, in px. */
export const FOLLOW_MARGIN = 8;

export interface PanelWindowOptions {
  /** The element that scrolls (the preview panel). */
  scrollRef: RefObject<HTMLElement | null>;
  count: number;
  /** The item's id at `index` (its content): a measured height follows the item when the issue changes. */
  keyAt: (index: number) => string;
  /** Changes whenever an index may hold another item than before: every key is read again then, only then. */
  keysVersion: unknown;
  /** Height in px assumed for the item at `index` until it is measured. */
  estimateAt: (index: number) => number;
}

export interface PanelWindow<E extends HTMLElement> {
  /** On the element that holds the items (it gets the list's whole height). */
  listRef: RefObject<E | null>;
  items: VirtualItem[];
  /** The list's whole height, in px. */
  totalSize: number;
  /** A ref for each rendered item (with `data-index`), which measures it as it resizes. */
  measure: (element: Element | null) => void;
  /** Where an item sits from the top of the list, in px. */
  offsetOf: (item: VirtualItem) => number;
  /** Scrolls the panel until the item at `index` stands at its top, its height measured on the way. */
  scrollToIndex: (index: number) => void;
}

export function usePanelWindow<E extends HTMLElement>({ scrollRef, count, keyAt, keysVersion, estimateAt }: PanelWindowOptions): PanelWindow<E> {
  const listRef = useRef<E>(null);
  const [, rerender] = useReducer((tick: number) => tick + 1, 0);
  const latest = useRef({ keyAt, estimateAt });
  latest.current = { keyAt, estimateAt };
  // Stable functions: the virtualizer lays out every item again when getItemKey or estimateSize changes.
  const keys = useRef({ version: keysVersion, getItemKey: (index: number) => latest.current.keyAt(index) });
  if (keys.current.version !== keysVersion) keys.current = { version: keysVersion, getItemKey: (index) => latest.current.keyAt(index) };
  const { getItemKey } = keys.current;
  const estimateSize = useCallback((index: number) => latest.current.estimateAt(index), []);
  const options = {
    count,
    estimateSize,
    getItemKey,
    overscan: 8,
    scrollPaddingStart: FOLLOW_MARGIN,
    getScrollElement: () => scrollRef.current,
    observeElementRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    // As in use-window-list: an item is measured by the ResizeObserver (after layout, before paint), not
    // as its ref attaches, which would force a layout per item. Unrounded: lines of 1.55em are fractions of
    // a px, and rounding each chunk drifted the issue by pixels from where the browser lays it out.
    measureElement: (element: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLElement, Element>): number => {
      const box = entry?.borderBoxSize[0];
      if (box) return box.blockSize;
      if (entry) return measureElement(element, entry, instance);
      const index = instance.indexFromElement(element);
      return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? latest.current.estimateAt(index);
    },
    onChange: () => rerender(0),
  };
  const [virtualizer] = useState(() => new Virtualizer<HTMLElement, Element>({ ...options, scrollMargin: 0 }));
  virtualizer.setOptions({ ...options, scrollMargin: virtualizer.options.scrollMargin });

  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());
  // The list starts below what the panel shows above it (its padding, the front matter table): its offset
  // in the panel, read after each render (the panel is the list's offset parent: position: relative).
  useLayoutEffect(() => {
    const margin = listRef.current?.offsetTop ?? 0;
    if (margin === virtualizer.options.scrollMargin) return;
    virtualizer.setOptions({ ...virtualizer.options, scrollMargin: margin });
    rerender(0);
  });

  const scrollToIndex = useCallback((index: number): void => {
    if (index >= 0 && index < virtualizer.options.count) virtualizer.scrollToIndex(index, { align: 'start' });
  }, [virtualizer]);
  const margin = virtualizer.options.scrollMargin;
  return {
    listRef,
    items: virtualizer.getVirtualItems(),
    totalSize: virtualizer.getTotalSize(),
    measure: virtualizer.measureElement,
    offsetOf: (item) => item.start - margin,
    scrollToIndex,
  };
}
