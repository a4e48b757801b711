// What a drop means, decided from the dragged item and the innermost drop target: pure, so the position
// arithmetic is unit-tested without a browser.
import { getReorderDestinationIndex } from '@atlaskit/pragmatic-drag-and-drop-hitbox/util/get-reorder-destination-index';

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

export type TargetData = { target: 'block'; index: number } | { target: 'issue-end'; count: number } | { target: 'inbox' };

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
