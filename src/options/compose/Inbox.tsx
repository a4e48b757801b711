// Picks waiting in no issue, newest first, searchable; drag them into the draft or press "Add to issue".
// The whole column takes back picks dragged out of the draft.
import type { JSX } from 'preact';
import { memo } from 'preact/compat';
import { useId, useRef, useState } from 'preact/hooks';
import { sameRecord } from '../../core/same-record';
import type { Pick } from '../../core/types';
import { matchesSearch } from '../../db/inbox';
import { t } from '../../platform/i18n';
import { useDraggable, useZoneDropTarget } from './dnd';
import { PickEditor } from './PickEditor';

export interface InboxProps {
  picks: readonly Pick[];
  /** Null while no draft is open: picks cannot be added anywhere. */
  onAdd: ((pick: Pick) => void) | null;
}

/** Picks shown before "Show more": months of unsorted picks would otherwise delay the whole page. */
export const INBOX_PAGE = 100;

export function Inbox({ picks, onAdd }: InboxProps): JSX.Element {
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(INBOX_PAGE);
  const searchId = useId();
  const zoneRef = useRef<HTMLElement>(null);
  const over = useZoneDropTarget(zoneRef, { target: 'inbox' });
  const shown = picks.filter((pick) => matchesSearch(pick, query));

  return (
    <section ref={zoneRef} class={`inbox${over ? ' is-over' : ''}`} aria-labelledby="inbox-heading" data-testid="inbox">
      <h2 id="inbox-heading">{t('opt_inboxHeading')} <span class="count">({picks.length})</span></h2>
      <div class="field">
        <label for={searchId}>{t('opt_search')}</label>
        <input id={searchId} type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
      </div>
      {picks.length === 0 && <p class="hint">{t('opt_inboxEmpty')}</p>}
      {picks.length > 0 && shown.length === 0 && <p class="hint">{t('opt_noMatch')}</p>}
      <ul class="inbox-list">
        {shown.slice(0, limit).map((pick) => <InboxItem key={pick.id} pick={pick} onAdd={onAdd} />)}
      </ul>
      {shown.length > limit && (
        <button type="button" class="inbox-more" onClick={() => setLimit(limit + INBOX_PAGE)}>
          {t('opt_showMore', [String(Math.min(INBOX_PAGE, shown.length - limit)), String(shown.length - limit)])}
        </button>
      )}
    </section>
  );
}

interface InboxItemProps {
  pick: Pick;
  onAdd: InboxProps['onAdd'];
}

/** Memoised by value: a change elsewhere on the page must not re-render hundreds of waiting picks. */
const InboxItem = memo(InboxItemView, (before, after) => before.onAdd === after.onAdd && sameRecord(before.pick, after.pick));

function InboxItemView({ pick, onAdd }: InboxItemProps): JSX.Element {
  const handleRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [editing, setEditing] = useState(false);
  const dragging = useDraggable(handleRef, () => ({ kind: 'inbox-pick', pickId: pick.id }));
  return (
    <li class={`inbox-item${dragging ? ' is-dragging' : ''}`} data-pick-id={pick.id} data-testid="inbox-item" aria-labelledby={titleId}>
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
