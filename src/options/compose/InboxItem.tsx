// One waiting pick as a card: what identifies it at a glance (thumbnail, title, domain, kind), a checkbox
// for the inbox's bulk actions, drag by its header, and its own actions (edit, add to issue, delete).
import type { JSX } from 'preact';
import { memo } from 'preact/compat';
import { useId, useRef, useState } from 'preact/hooks';
import { domainOf, imageSource } from '../../core/domain';
import { sameRecord } from '../../core/same-record';
import type { Pick } from '../../core/types';
import { t } from '../../platform/i18n';
import { IconButton } from '../IconButton';
import { useDraggable } from './dnd';
import { KIND_LABELS } from './labels';
import { PickEditor } from './PickEditor';

/** What a pick measures before it is rendered (the card's header and two lines of blurb). */
export const ITEM_HEIGHT = 96;

export interface Place {
  /** Where the pick stands among those shown (0-based), of `total`. */
  index: number;
  total: number;
  /** Its place in the windowed list, in px from the list's top, and the ref that measures it. */
  offset: number;
  measure: (element: Element | null) => void;
}

/** Where a pick goes while it is read (a frame or two after it scrolled on screen). */
export function InboxPlaceholder({ index, total, offset, measure }: Place): JSX.Element {
  return (
    <li
      ref={measure}
      class="inbox-item is-loading"
      style={{ transform: `translateY(${offset}px)`, height: `${ITEM_HEIGHT}px` }}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={total}
      aria-busy="true"
    />
  );
}

export interface InboxItemProps extends Place {
  pick: Pick;
  /** Null while no draft is open: picks cannot be added anywhere. */
  onAdd: ((pick: Pick) => void) | null;
  onDelete: (pick: Pick, index: number) => void;
  selected: boolean;
  /** The checkbox was clicked; `range`: with Shift, from the last one clicked. */
  onSelect: (pickId: string, index: number, range: boolean) => void;
}

/** Memoised by value: a change elsewhere on the page must not re-render hundreds of waiting picks. */
export const InboxItem = memo(InboxItemView, (before, after) =>
  before.onAdd === after.onAdd && before.onDelete === after.onDelete && before.onSelect === after.onSelect &&
  before.selected === after.selected && before.index === after.index && before.total === after.total &&
  before.offset === after.offset && before.measure === after.measure && sameRecord(before.pick, after.pick));

function InboxItemView({ pick, index, total, offset, measure, onAdd, onDelete, selected, onSelect }: InboxItemProps): JSX.Element {
  const handleRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [editing, setEditing] = useState(false);
  const dragging = useDraggable(handleRef, () => ({ kind: 'inbox-pick', pickId: pick.id }));
  const title = pick.title || pick.url;
  return (
    <li
      ref={measure}
      class={`inbox-item${dragging ? ' is-dragging' : ''}${selected ? ' is-selected' : ''}`}
      style={{ transform: `translateY(${offset}px)` }}
      data-index={index}
      data-window-key={pick.id}
      aria-posinset={index + 1}
      aria-setsize={total}
      data-pick-id={pick.id}
      data-testid="inbox-item"
      aria-labelledby={titleId}
    >
      <div class="block-header inbox-card" ref={handleRef}>
        <input
          type="checkbox"
          class="inbox-select"
          checked={selected}
          aria-label={t('opt_selectPick', title)}
          // A click (or Space) toggles; with Shift, everything from the last one clicked follows.
          onClick={(event) => onSelect(pick.id, index, event.shiftKey)}
        />
        <span class="grip" aria-hidden="true">⠿</span>
        <Thumbnail image={pick.image} />
        <span class="inbox-titles">
          <span class="block-label" id={titleId}>{pick.emoji ? `${pick.emoji} ` : ''}{title}</span>
          <span class="inbox-meta">
            <span class="inbox-domain">{domainOf(pick.url)}</span>
            <span class={`inbox-kind kind-${pick.kind}`}>{t(KIND_LABELS[pick.kind])}</span>
          </span>
        </span>
        <span class="block-actions">
          <IconButton icon="edit" label={t('opt_edit')} aria-expanded={editing} onClick={() => setEditing(!editing)} />
          <IconButton icon="toIssue" label={t('opt_addToIssue')} data-action="add" disabled={!onAdd} onClick={() => onAdd?.(pick)} />
          <IconButton icon="trash" label={t('opt_deletePick')} danger data-action="delete" onClick={() => onDelete(pick, index)} />
        </span>
      </div>
      {editing ? <PickEditor pick={pick} /> : pick.blurb && <p class="block-preview">{pick.blurb}</p>}
    </li>
  );
}

/** The captured image, small and loaded only when on screen; a fixed box, so the card keeps its height. */
function Thumbnail({ image }: { image: string | null }): JSX.Element {
  const [broken, setBroken] = useState<string | null>(null);
  const source = imageSource(image);
  // The title beside it names the pick: the thumbnail is decoration (alt="").
  return source && source !== broken
    ? <img class="inbox-thumb" src={source} alt="" width={48} height={48} loading="lazy" decoding="async" referrerpolicy="no-referrer" onError={() => setBroken(source)} />
    : <span class="inbox-thumb is-empty" aria-hidden="true" />;
}
