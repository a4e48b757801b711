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

function announceMoved(label: string, position: number, total: number): void {
  announce(t('opt_announceMoved', [label, String(position), String(total)]));
}

/** A block written to a new place, to be announced once the draft on screen shows it there. */
interface Placing {
  label: string;
  id: string;
  order: string;
}

/** Placements waiting for the list; a few at most (a block announced or moved again leaves). */
let placing: Placing[] = [];
/** The whole draft as last shown (the write's promise may settle after its rows are on screen). */
let shown: readonly Block[] = [];
/** Beyond this many, the oldest are dropped unannounced (their blocks were removed before they showed). */
const MOST_PLACING = 20;

/**
 * Says where `block` (as its write stored it) landed, "3 of 5,000", once the draft on screen holds it
 * with that order key: the place is read from the list the curator sees, and the write counts nothing
 * (IndexedDB counts a 5,000-block draft by walking it). Call `announcePlacements` after each render.
 */
export function announceWhenPlaced(label: string, block: { id: string; order: string }): void {
  placing = [...placing.filter((each) => each.id !== block.id), { label, id: block.id, order: block.order }].slice(-MOST_PLACING);
  announcePlacements(shown);
}

/** Announces the placements `blocks` (the whole draft, in order, as now shown) holds. */
export function announcePlacements(blocks: readonly Block[]): void {
  shown = blocks;
  if (placing.length === 0) return;
  placing = placing.filter(({ label, id, order }) => {
    const index = blocks.findIndex((block) => block.id === id);
    if (index < 0 || blocks[index]!.order !== order) return true;
    announceMoved(label, index + 1, blocks.length);
    return false;
  });
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
