// Drag and drop through Pragmatic drag and drop: native HTML5 DnD (mouse, and touch where the browser
// supports it), with closest-edge hit boxes instead of hand-written pointer math.
import {
  draggable,
  dropTargetForElements,
  monitorForElements,
} from '@atlaskit/pragmatic-drag-and-drop/adapter/element-adapter';
import { attachClosestEdge } from '@atlaskit/pragmatic-drag-and-drop-hitbox/closest-edge/attach-closest-edge';
import { extractClosestEdge } from '@atlaskit/pragmatic-drag-and-drop-hitbox/closest-edge/extract-closest-edge';
import { getReorderDestinationIndex } from '@atlaskit/pragmatic-drag-and-drop-hitbox/util/get-reorder-destination-index';
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export type Edge = 'top' | 'bottom';

/** What is being dragged: an inbox pick, or a block of the issue. */
export type DragItem =
  | { kind: 'inbox-pick'; pickId: string }
  | { kind: 'block'; blockId: string; index: number; isPick: boolean };

/** Where it was dropped, resolved to a command. */
export type DropCommand =
  | { kind: 'insert-pick'; pickId: string; index: number }
  | { kind: 'move-block'; blockId: string; index: number }
  | { kind: 'remove-block'; blockId: string };

type TargetData = { target: 'block'; index: number } | { target: 'issue-end'; count: number } | { target: 'inbox' };

// Pragmatic stores drag data as a plain record; this symbol-free key keeps ours recognisable.
const ITEM = 'gleanerItem';

function itemOf(data: Record<string | symbol, unknown>): DragItem | null {
  return (data[ITEM] as DragItem | undefined) ?? null;
}

/** Makes `ref`'s element draggable as `item`; `dragging` is true while it is in flight. */
export function useDraggable(ref: RefObject<HTMLElement | null>, item: DragItem): boolean {
  const [dragging, setDragging] = useState(false);
  const key = JSON.stringify(item);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    return draggable({
      element,
      getInitialData: () => ({ [ITEM]: item }),
      onDragStart: () => setDragging(true),
      onDrop: () => setDragging(false),
    });
  }, [key]); // The item's content, not its identity, decides when to re-register.
  return dragging;
}

/** Makes a block a drop target; returns the edge a drop would land on while something hovers it. */
export function useBlockDropTarget(ref: RefObject<HTMLElement | null>, index: number, isPick: boolean): Edge | null {
  const [edge, setEdge] = useState<Edge | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const data: TargetData = { target: 'block', index };
    const show = (self: { data: Record<string | symbol, unknown> }): void =>
      setEdge(extractClosestEdge(self.data) as Edge | null);
    return dropTargetForElements({
      element,
      canDrop: ({ source }) => itemOf(source.data) !== null,
      getData: ({ input }) => attachClosestEdge(data, { element, input, allowedEdges: ['top', 'bottom'] }),
      onDragEnter: ({ self }) => show(self),
      onDrag: ({ self }) => show(self),
      onDragLeave: () => setEdge(null),
      onDrop: () => setEdge(null),
    });
  }, [index, isPick]);
  return edge;
}

/** A container that accepts drops: the end of the issue, or the inbox (which takes back picks only). */
export function useZoneDropTarget(ref: RefObject<HTMLElement | null>, zone: TargetData): boolean {
  const [over, setOver] = useState(false);
  const key = JSON.stringify(zone);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    return dropTargetForElements({
      element,
      canDrop: ({ source }) => {
        const item = itemOf(source.data);
        if (!item) return false;
        return zone.target === 'inbox' ? item.kind === 'block' && item.isPick : true;
      },
      getData: () => zone,
      onDragEnter: () => setOver(true),
      onDragLeave: () => setOver(false),
      onDrop: () => setOver(false),
    });
  }, [key]);
  return over;
}

/** Resolves a drop to a command: pure, so the position arithmetic is unit-testable. */
export function resolveDrop(item: DragItem, target: TargetData, edge: Edge | null): DropCommand | null {
  if (target.target === 'inbox') {
    return item.kind === 'block' && item.isPick ? { kind: 'remove-block', blockId: item.blockId } : null;
  }
  if (item.kind === 'inbox-pick') {
    const index = target.target === 'issue-end' ? target.count : target.index + (edge === 'bottom' ? 1 : 0);
    return { kind: 'insert-pick', pickId: item.pickId, index };
  }
  const index = target.target === 'issue-end'
    ? target.count - 1
    : getReorderDestinationIndex({
        startIndex: item.index,
        indexOfTarget: target.index,
        closestEdgeOfTarget: edge,
        axis: 'vertical',
      });
  return index === item.index ? null : { kind: 'move-block', blockId: item.blockId, index };
}

/** Listens to every drop on the page and hands the innermost target's command to `onCommand`. */
export function useDropMonitor(onCommand: (command: DropCommand) => void): void {
  // The latest callback, without re-registering the monitor on every render.
  const latest = useRef(onCommand);
  latest.current = onCommand;
  useEffect(() => monitorForElements({
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

export type { TargetData };
