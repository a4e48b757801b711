// What every move tells the curator: an announcement for screen readers (focus follows through focus.ts).
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

export function announceAddedMany(count: number): void {
  announce(t('opt_announceAddedMany', String(count)));
}

export function announceTagged(count: number): void {
  announce(t('opt_announceTagged', String(count)));
}
