// "Removed from the issue. Undo" / "Block deleted. Undo": offered after every removal of a block, by its
// button or by dragging it onto the inbox (issue 10: nothing lost by one gesture).
import type { RemovedBlock } from '../../db/blocks';
import { restoreBlock } from '../../db/restore';
import { t } from '../../platform/i18n';
import { offerUndo } from '../undo-offer';
import { focusWhenRendered } from './focus';

/** Offers to put the block back at its place; once back, it is focused. */
export function offerBlockUndo(removed: RemovedBlock): void {
  const { block } = removed;
  offerUndo({
    message: t(block.type === 'pick' ? 'opt_removedFromIssue' : 'opt_deletedBlock'),
    undo: () => restoreBlock(removed),
    onRestored: () => focusWhenRendered({ item: { key: 'blockId', id: block.id }, controls: ['[data-action="remove"]'] }),
  });
}
