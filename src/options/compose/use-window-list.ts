// A long list that renders only what is on screen (plus a few items either side), over TanStack Virtual's
// framework-free core, scrolled by the page itself or by a box of its own (`scrollerRef`): 5,000 blocks or
// 50,000 picks cost what 30 do.
// Item heights vary (a text block grows as it is typed in, a pick opens for editing) and are measured.
//
// What windowing would otherwise break, and how it is kept:
// - focus: the item holding focus stays rendered however far the page scrolls (rangeExtractor), so
//   typing in a block and scrolling away never drops the cursor; a focus request for an item not on
//   screen scrolls to it first (focus.ts waits until it is rendered);
// - screen readers: each item says its position in the whole list (aria-posinset / aria-setsize);
// - drag and drop: drop targets come and go with their items, which Pragmatic drag and drop supports.
import {
  defaultRangeExtractor,
  elementScroll,
  measureElement,
  observeElementOffset,
  observeElementRect,
  observeWindowOffset,
  observeWindowRect,
  Virtualizer,
  windowScroll,
  type Range,
  type VirtualItem,
  type VirtualizerOptions,
} from '@tanstack/virtual-core';
import type { RefObject } from 'preact';
import { useCallback, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';

export interface WindowListOptions {
  count: number;
  /** The item's id at `index`: a measured height follows the item when the list re-orders. */
  keyAt: (index: number) => string | number;
  /**
   * Changes whenever an index may hold another item than before (a new array of items, pages read): every
   * key is read again then, and only then. Re-reading 50,000 keys at each render of the page cost a
   * tenth of a second per action at ten times the data (docs/performance.md).
   */
  keysVersion: unknown;
  /** The index of the item with id `key`, or -1. */
  indexOf: (key: string) => number;
  /** Height in px assumed for an item not measured yet. */
  estimateSize: number;
  /** Space in px between items (a margin would escape measurement). */
  gap: number;
  /** The box the list scrolls in, when not the page: an ancestor of the list with `overflow: auto`. */
  scrollerRef?: RefObject<HTMLElement | null>;
}

export interface WindowList<E extends HTMLElement> {
  /** On the element that holds the items (it gets the list's whole height). */
  listRef: RefObject<E | null>;
  items: VirtualItem[];
  /** The list's whole height, in px. */
  totalSize: number;
  /** A ref for each rendered item (with `data-index`), which measures it as it resizes. */
  measure: (element: Element | null) => void;
  /** Where an item sits from the top of the list, in px. */
  offsetOf: (item: VirtualItem) => number;
  /** Scrolls the page (or the list's box) so that the item with id `key` gets rendered; false when it already is (or is gone). */
  reveal: (key: string) => boolean;
  /** Scrolls the page (or the list's box) so that the item at `index` gets rendered (nothing for -1). */
  revealIndex: (index: number) => void;
  /** Focus events of the list: which item holds focus, to keep it rendered. */
  onFocusIn: (event: FocusEvent) => void;
  onFocusOut: (event: FocusEvent) => void;
}

type Scrolling = Pick<VirtualizerOptions<Element | Window, Element>, 'getScrollElement' | 'observeElementRect' | 'observeElementOffset' | 'scrollToFn'> & {
  /** How far the scrolling box is scrolled (reading it forces a layout of whatever a render changed). */
  offset: () => number;
  /** Where the box's scrolled content starts on screen. */
  top: () => number;
};

/**
 * The page or `scroller`. The library types each helper for one kind of scrolling element; each pair
 * here is only ever given the element it is typed for, hence the casts.
 */
function scrollingBy(scroller: RefObject<HTMLElement | null> | undefined): Scrolling {
  if (!scroller) {
    return {
      getScrollElement: () => window,
      observeElementRect: observeWindowRect as Scrolling['observeElementRect'],
      observeElementOffset: observeWindowOffset as Scrolling['observeElementOffset'],
      scrollToFn: windowScroll as Scrolling['scrollToFn'],
      offset: () => window.scrollY,
      top: () => -window.scrollY,
    };
  }
  return {
    getScrollElement: () => scroller.current,
    observeElementRect: observeElementRect as Scrolling['observeElementRect'],
    observeElementOffset: observeElementOffset as Scrolling['observeElementOffset'],
    scrollToFn: elementScroll as Scrolling['scrollToFn'],
    offset: () => scroller.current?.scrollTop ?? 0,
    top: () => (scroller.current ? scroller.current.getBoundingClientRect().top - scroller.current.scrollTop : 0),
  };
}

function keyOfTarget(target: EventTarget | null): string | null {
  const item = target instanceof Element ? target.closest<HTMLElement>('[data-window-key]') : null;
  return item?.dataset.windowKey ?? null;
}

export function useWindowList<E extends HTMLElement>({ count, keyAt, keysVersion, indexOf, estimateSize, gap, scrollerRef }: WindowListOptions): WindowList<E> {
  const listRef = useRef<E>(null);
  const [, rerender] = useReducer((tick: number) => tick + 1, 0);
  // The item holding focus: always rendered, wherever the page is scrolled.
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const latest = useRef({ keyAt, indexOf });
  latest.current = { keyAt, indexOf };

  const rangeExtractor = useMemo(() => (range: Range): number[] => {
    const indexes = defaultRangeExtractor(range);
    const pinned = focusedKey === null ? -1 : latest.current.indexOf(focusedKey);
    // The list may have shrunk before the items it is read from (a deleted pick): no index past its end.
    if (pinned < 0 || pinned >= range.count || indexes.includes(pinned)) return indexes;
    return [...indexes, pinned].sort((a, b) => a - b);
  }, [focusedKey]);

  // Stable functions: the virtualizer lays out every item again when getItemKey changes.
  const keys = useRef({ version: keysVersion, getItemKey: (index: number) => latest.current.keyAt(index) });
  if (keys.current.version !== keysVersion) keys.current = { version: keysVersion, getItemKey: (index) => latest.current.keyAt(index) };
  const { getItemKey } = keys.current;
  const estimate = useCallback(() => estimateSize, [estimateSize]);
  // The list scrolls by the page or by one box for its whole life.
  const [scrolling] = useState(() => scrollingBy(scrollerRef));
  // Read once: the scroll offset forces a layout of whatever the render has changed so far.
  const initialOffset = useRef<number | null>(null);
  const { offset, top, ...scrollOptions } = scrolling;
  const options = {
    count,
    estimateSize: estimate,
    gap,
    overscan: 6,
    getItemKey,
    rangeExtractor,
    ...scrollOptions,
    initialOffset: () => (initialOffset.current ??= offset()),
    // An item is measured by the list's ResizeObserver, which reports every item it starts observing after
    // the browser's layout and before paint; read as its ref attaches, each item's height forced a layout
    // of its own (≈ 35 on the first screen: ≈ 50 ms of a 400 ms opening in a CPU profile). Until then it
    // keeps the height it had, or the estimate.
    measureElement: (element: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<Element | Window, Element>): number => {
      if (entry) return measureElement(element, entry, instance);
      return instance.itemSizeCache.get(instance.options.getItemKey(instance.indexFromElement(element))) ?? estimateSize;
    },
    onChange: () => rerender(0),
  };
  const [virtualizer] = useState(() => new Virtualizer<Element | Window, Element>({ ...options, scrollMargin: 0 }));
  virtualizer.setOptions({ ...options, scrollMargin: virtualizer.options.scrollMargin });

  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());

  // The list starts where the content above it ends (in the page or in its box), which changes as that
  // content does (the front matter's error message, an opened pick): measured after each render and
  // whenever the column resizes.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const place = (): void => {
      const margin = list.getBoundingClientRect().top - top();
      if (Math.abs(margin - virtualizer.options.scrollMargin) < 0.5) return;
      virtualizer.setOptions({ ...virtualizer.options, scrollMargin: margin });
      rerender(0);
    };
    place();
    const observer = new ResizeObserver(place);
    // The list's own section and the column around it: what grows above the list grows one of them.
    for (const frame of [list.parentElement, list.parentElement?.parentElement]) if (frame) observer.observe(frame);
    return () => observer.disconnect();
  }, [virtualizer, top]);

  const reveal = useCallback((key: string): boolean => {
    const index = latest.current.indexOf(key);
    if (index < 0 || virtualizer.getVirtualItems().some((item) => item.index === index)) return false;
    virtualizer.scrollToIndex(index, { align: 'center' });
    return true;
  }, [virtualizer]);
  const revealIndex = useCallback((index: number): void => {
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'center' });
  }, [virtualizer]);
  const onFocusIn = useCallback((event: FocusEvent) => setFocusedKey(keyOfTarget(event.target)), []);
  const onFocusOut = useCallback((event: FocusEvent) => {
    if (keyOfTarget(event.relatedTarget) === null) setFocusedKey(null);
  }, []);

  const margin = virtualizer.options.scrollMargin;
  return {
    listRef,
    items: virtualizer.getVirtualItems(),
    totalSize: virtualizer.getTotalSize(),
    measure: virtualizer.measureElement,
    offsetOf: (item) => item.start - margin,
    reveal,
    revealIndex,
    onFocusIn,
    onFocusOut,
  };
}
