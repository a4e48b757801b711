// Pragmatic drag and drop, the parts dnd.ts uses: a chunk of its own, loaded once the first screen is shown
// (dnd.ts, docs/performance.md). Its drag handles and drop targets register when it arrives.
export { draggable, dropTargetForElements, monitorForElements } from '@atlaskit/pragmatic-drag-and-drop/adapter/element-adapter';
export { autoScrollWindowForElements } from '@atlaskit/pragmatic-drag-and-drop-auto-scroll/element';
export { combine } from '@atlaskit/pragmatic-drag-and-drop/combine';
export { attachClosestEdge } from '@atlaskit/pragmatic-drag-and-drop-hitbox/closest-edge/attach-closest-edge';
export { extractClosestEdge } from '@atlaskit/pragmatic-drag-and-drop-hitbox/closest-edge/extract-closest-edge';
