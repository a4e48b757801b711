// Picks waiting in no issue, newest first, searchable; drag them into the draft or press "Add to issue".
// The whole column takes back picks dragged out of the draft. Windowed: 50,000 waiting picks render the
// ones on screen (use-window-list).
import type { JSX } from 'preact';
import { memo } from 'preact/compat';
import { useCallback, useId, useMemo, useRef, useState } from 'preact/hooks';
import { sameRecord } from '../../core/same-record';
import type { Pick } from '../../core/types';
import { matchesSearch } from '../../db/inbox';
import { t } from '../../platform/i18n';
import { useDraggable, useZoneDropTarget } from './dnd';
import { PickEditor } from './PickEditor';
import { useWindowList } from './use-window-list';

export interface InboxProps {
  picks: readonly Pick[];
  /** Null while no draft is open: picks cannot be added anywhere. */
  onAdd: ((pick: Pick) => void) | null;
}

/** What a pick measures before it is rendered (title and two lines of blurb), and the gap between picks. */
const ITEM_HEIGHT = 84;
const ITEM_GAP = 8;

export function Inbox({ picks, onAdd }: InboxProps): JSX.Element {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const zoneRef = useRef<HTMLElement>(null);
  const over = useZoneDropTarget(zoneRef, { target: 'inbox' });
  const shown = useMemo(() => (query.trim() === '' ? picks : picks.filter((pick) => matchesSearch(pick, query))), [picks, query]);
  const latest = useRef(shown);
  latest.current = shown;
  const list = useWindowList<HTMLUListElement>({
    count: shown.length,
    keyAt: (index) => latest.current[index]?.id ?? String(index),
    indexOf: useCallback((pickId: string) => latest.current.findIndex((pick) => pick.id === pickId), []),
    estimateSize: ITEM_HEIGHT,
    gap: ITEM_GAP,
  });

  return (
    <section ref={zoneRef} class={`inbox${over ? ' is-over' : ''}`} aria-labelledby="inbox-heading" data-testid="inbox">
      <h2 id="inbox-heading">{t('opt_inboxHeading')} <span class="count">({picks.length})</span></h2>
      <div class="field">
        <label for={searchId}>{t('opt_search')}</label>
        <input id={searchId} type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
      </div>
      {picks.length === 0 && <p class="hint">{t('opt_inboxEmpty')}</p>}
      {picks.length > 0 && shown.length === 0 && <p class="hint">{t('opt_noMatch')}</p>}
      <ul
        ref={list.listRef}
        class="inbox-list"
        style={{ height: `${list.totalSize}px` }}
        onFocusIn={list.onFocusIn}
        onFocusOut={list.onFocusOut}
      >
        {list.items.map((item) => {
          const pick = shown[item.index]!;
          return (
            <InboxItem
              key={pick.id}
              pick={pick}
              index={item.index}
              total={shown.length}
              offset={list.offsetOf(item)}
              measure={list.measure}
              onAdd={onAdd}
            />
          );
        })}
      </ul>
    </section>
  );
}

interface InboxItemProps {
  pick: Pick;
  /** Where the pick stands among those shown (0-based), of `total`. */
  index: number;
  total: number;
  /** Its place in the windowed list, in px from the list's top, and the ref that measures it. */
  offset: number;
  measure: (element: Element | null) => void;
  onAdd: InboxProps['onAdd'];
}

/** Memoised by value: a change elsewhere on the page must not re-render hundreds of waiting picks. */
const InboxItem = memo(InboxItemView, (before, after) =>
  before.onAdd === after.onAdd && before.index === after.index && before.total === after.total &&
  before.offset === after.offset && before.measure === after.measure && sameRecord(before.pick, after.pick));

function InboxItemView({ pick, index, total, offset, measure, onAdd }: InboxItemProps): JSX.Element {
  const handleRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [editing, setEditing] = useState(false);
  const dragging = useDraggable(handleRef, () => ({ kind: 'inbox-pick', pickId: pick.id }));
  return (
    <li
      ref={measure}
      class={`inbox-item${dragging ? ' is-dragging' : ''}`}
      style={{ transform: `translateY(${offset}px)` }}
      data-index={index}
      data-window-key={pick.id}
      aria-posinset={index + 1}
      aria-setsize={total}
      data-pick-id={pick.id}
      data-testid="inbox-item"
      aria-labelledby={titleId}
    >
      <div class="block-header" ref={handleRef}>
        <span class="grip" aria-hidden="true">⠿</span>
        <span class="block-label" id={titleId}>{pick.emoji ? `${pick.emoji} ` : ''}{pick.title || pick.url}</span>
        <span class="block-actions">
          <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>{t('opt_edit')}</button>
          <button type="button" data-action="add" disabled={!onAdd} onClick={() => onAdd?.(pick)}>
            {t('opt_addToIssue')}
          </button>
        </span>
      </div>
      {editing ? <PickEditor pick={pick} /> : pick.blurb && <p class="block-preview">{pick.blurb}</p>}
    </li>
  );
}
