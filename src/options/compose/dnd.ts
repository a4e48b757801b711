// Drag and drop through Pragmatic drag and drop: native HTML5 DnD (mouse, and touch where the browser
// supports it), with closest-edge hit boxes instead of hand-written pointer math.
//
// The library loads after the first screen is shown (it is not on it: ≈ 30 kB of script the opening would
// otherwise parse and run first). Until it has, nothing is draggable (the browser starts no drag, so no
// drop can be lost; the handles show a busy cursor) and no target is registered; each hook registers the
// moment it arrives, all of them in the same task, before any drag can start. Keyboard moves never wait.
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { firstScreenShown } from '../first-screen';
import { resolveDrop, type DragItem, type DropCommand, type Edge, type TargetData } from './drop-command';
import { logError } from '../../platform/log';

type Library = typeof import('./dnd-library');
type CleanUp = () => void;

let library: Library | null = null;
let loading: Promise<Library> | null = null;

/** Loads the library once, after the first screen (it starts loading when the first hook asks). */
function loadLibrary(): Promise<Library> {
  loading ??= firstScreenShown.then(() => import('./dnd-library')).then((loaded) => (library = loaded));
  return loading;
}

/** An effect that registers with the library: at once when it is loaded, else as soon as it is. */
function useRegistration(register: (dnd: Library) => CleanUp | undefined, deps: readonly unknown[]): void {
  useEffect(() => {
    if (library) return register(library);
    let cleanUp: CleanUp | undefined;
    let gone = false;
    loadLibrary().then((loaded) => {
      if (!gone) cleanUp = register(loaded);
    }, (error: unknown) => logError('drag and drop did not load', error));
    return () => {
      gone = true;
      cleanUp?.();
    };
    // The callers list what their registration depends on, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `deps` is the caller's list
  }, deps);
}

export type { DragItem, DropCommand, Edge };

// Pragmatic stores drag data as a plain record; this symbol-free key keeps ours recognisable.
const ITEM = 'gleanerItem';

function itemOf(data: Record<string | symbol, unknown>): DragItem | null {
  return (data[ITEM] as DragItem | undefined) ?? null;
}

/**
 * Makes `ref`'s element draggable as what `item()` returns when a drag starts; `dragging` is true while it
 * is in flight. Registered once per element, and asked for its position only when dragged, so a block
 * whose index changes neither re-registers nor re-renders (moving the first of 200 blocks would otherwise
 * redo all 199 others).
 */
export function useDraggable(ref: RefObject<HTMLElement | null>, item: () => DragItem): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useRef(item);
  latest.current = item;
  useRegistration(({ draggable }) => {
    const element = ref.current;
    if (!element) return;
    return draggable({
      element,
      getInitialData: () => ({ [ITEM]: latest.current() }),
      onDragStart: () => setDragging(true),
      onDrop: () => setDragging(false),
    });
  }, [ref]);
  return dragging;
}

/** Makes a block a drop target; returns the edge a drop would land on while something hovers it. */
export function useBlockDropTarget(ref: RefObject<HTMLElement | null>, index: () => number): Edge | null {
  const [edge, setEdge] = useState<Edge | null>(null);
  // Asked while hovered, like useDraggable's item: the target is registered once, whatever its index.
  const latestIndex = useRef(index);
  latestIndex.current = index;
  useRegistration(({ dropTargetForElements, attachClosestEdge, extractClosestEdge }) => {
    const element = ref.current;
    if (!element) return;
    const show = (self: { data: Record<string | symbol, unknown> }): void =>
      setEdge(extractClosestEdge(self.data) as Edge | null);
    return dropTargetForElements({
      element,
      canDrop: ({ source }) => itemOf(source.data) !== null,
      getData: ({ input }) => {
        const data: TargetData = { target: 'block', index: latestIndex.current() };
        return attachClosestEdge(data, { element, input, allowedEdges: ['top', 'bottom'] });
      },
      onDragEnter: ({ self }) => show(self),
      onDrag: ({ self }) => show(self),
      onDragLeave: () => setEdge(null),
      onDrop: () => setEdge(null),
    });
  }, [ref]);
  return edge;
}

/** A container that accepts drops: the end of the issue, or the inbox (which takes back picks only). */
export function useZoneDropTarget(ref: RefObject<HTMLElement | null>, zone: TargetData): boolean {
  const [over, setOver] = useState(false);
  // Read when asked, like useDraggable's item: the target is registered once, whatever the zone's count.
  const latestZone = useRef(zone);
  latestZone.current = zone;
  useRegistration(({ dropTargetForElements }) => {
    const element = ref.current;
    if (!element) return;
    return dropTargetForElements({
      element,
      canDrop: ({ source }) => {
        const item = itemOf(source.data);
        if (!item) return false;
        return latestZone.current.target === 'inbox' ? item.kind === 'block' && item.isPick : true;
      },
      getData: () => latestZone.current,
      onDragEnter: () => setOver(true),
      onDragLeave: () => setOver(false),
      onDrop: () => setOver(false),
    });
  }, [ref]);
  return over;
}

/** Listens to every drop on the page and hands the innermost target's command to `onCommand`. */
export function useDropMonitor(onCommand: (command: DropCommand) => void): void {
  // The latest callback, without re-registering the monitor on every render.
  const latest = useRef(onCommand);
  latest.current = onCommand;
  useRegistration(({ monitorForElements, extractClosestEdge }) => monitorForElements({
    onDrop: ({ source, location }) => {
      const item = itemOf(source.data);
      const [innermost] = location.current.dropTargets;
      if (!item || !innermost) return;
      const edge = extractClosestEdge(innermost.data) as Edge | null;
      const command = resolveDrop(item, innermost.data as TargetData, edge);
      if (command) latest.current(command);
    },
  }), []);
}


/**
 * While one of ours is dragged, scrolls the window as the pointer nears its top or bottom edge, whatever
 * is under the pointer: the browser's own drag scrolling scrolls the innermost scrollable element, so over
 * a text block's textarea it scrolled the textarea and the page stood still (issue 10). True while a drag
 * is in flight (the end of the issue then comes in reach).
 */
export function useDragAutoScroll(): boolean {
  const [active, setActive] = useState(false);
  useRegistration(({ combine, autoScrollWindowForElements, monitorForElements }) => combine(
    autoScrollWindowForElements({ canScroll: ({ source }) => itemOf(source.data) !== null }),
    monitorForElements({
      canMonitor: ({ source }) => itemOf(source.data) !== null,
      onDragStart: () => setActive(true),
      onDrop: () => setActive(false),
    }),
  ), []);
  return active;
}
