// What every move tells the curator: an announcement for screen readers, and focus that stays on the
// moved item (its DOM node is re-created or moved when the list re-renders, which would drop focus).
import { announce } from '@atlaskit/pragmatic-drag-and-drop-live-region';
import type { Block, Pick } from '../../core/types';
import { t } from '../../platform/i18n';

/** What the curator calls a block: its pick's title, its heading, or the start of its text. */
export function blockLabel(block: Block, picks: ReadonlyMap<string, Pick>): string {
  if (block.type === 'pick') return picks.get(block.pickId)?.title || t('opt_untitledPick');
  if (block.type === 'heading') return block.text || t('opt_emptyHeading');
  const firstLine = block.markdown.trim().split('\n')[0] ?? '';
  return firstLine ? truncate(firstLine, 40) : t('opt_emptyText');
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

export function announceMoved(label: string, position: number, total: number): void {
  announce(t('opt_announceMoved', [label, String(position), String(total)]));
}

export function announceToInbox(label: string): void {
  announce(t('opt_announceToInbox', label));
}

export function announceRemoved(label: string): void {
  announce(t('opt_announceRemoved', label));
}

let pendingFocus: string[] = [];

/**
 * Asks for focus on the first element matching one of `selectors` once it exists: the list re-renders
 * only when liveQuery brings the write back, a moment after the click.
 */
export function focusWhenRendered(...selectors: string[]): void {
  pendingFocus = selectors;
}

/**
 * For an element that did not exist before the write (a new block): it may already be on screen when
 * the write's promise resolves, so look now as well as after the next render.
 */
export function focusNewElement(...selectors: string[]): void {
  pendingFocus = selectors;
  flushFocus();
}

/**
 * Called after each render that brought new data: the old node may still match before that, and
 * focusing it would be lost when the list re-orders.
 */
export function flushFocus(): void {
  for (const selector of pendingFocus) {
    const element = document.querySelector<HTMLElement>(selector);
    if (element && !element.matches(':disabled')) {
      element.focus();
      pendingFocus = [];
      return;
    }
  }
}
