// Picks waiting in no issue, newest first, searchable; drag them into the draft or press "Add to issue".
// The whole column takes back picks dragged out of the draft. Windowed: 50,000 waiting picks render the
// ones on screen (use-window-list).
import type { JSX } from 'preact';
import { memo } from 'preact/compat';
import { useCallback, useEffect, useId, useRef, useState } from 'preact/hooks';
import { sameRecord } from '../../core/same-record';
import type { Pick } from '../../core/types';
import { getPicks, inboxIndexOf, inboxPage, searchInbox } from '../../db/inbox';
import { countInboxPicks } from '../../db/picks';
import { t } from '../../platform/i18n';
import { useDraggable, useZoneDropTarget } from './dnd';
import { useLiveQuery } from '../../ui/use-live-query';
import { reportActionFailure } from '../action-failure';
import { flushFocus, pendingItem } from './focus';
import { PickEditor } from './PickEditor';
import { useWindowList } from './use-window-list';

export interface InboxProps {
  /** Null while no draft is open: picks cannot be added anywhere. */
  onAdd: ((pick: Pick) => void) | null;
}

/** What a pick measures before it is rendered (title and two lines of blurb), and the gap between picks. */
const ITEM_HEIGHT = 84;
const ITEM_GAP = 8;
/** Searching reads every waiting pick: after a pause in the typing. */
const SEARCH_DELAY_MS = 250;

export function Inbox({ onAdd }: InboxProps): JSX.Element {
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(query.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query]);
  const searchId = useId();
  const zoneRef = useRef<HTMLElement>(null);
  const over = useZoneDropTarget(zoneRef, { target: 'inbox' });
  const total = useLiveQuery(countInboxPicks, []);
  // While searching: the ids that match (a search reads every waiting pick); otherwise the count alone,
  // and the picks on screen are read a page at a time.
  const found = useLiveQuery(() => (search === '' ? Promise.resolve(null) : searchInbox(search)), [search]);
  const count = found ? found.length : total ?? 0;
  const shown = useRef<ReadonlyMap<number, Pick>>(new Map());
  const list = useWindowList<HTMLUListElement>({
    count,
    keyAt: (index) => shown.current.get(index)?.id ?? `#${index}`,
    indexOf: useCallback((pickId: string) => {
      for (const [index, pick] of shown.current) if (pick.id === pickId) return index;
      return -1;
    }, []),
    estimateSize: ITEM_HEIGHT,
    gap: ITEM_GAP,
  });
  shown.current = useShownPicks(list.items.map((item) => item.index), found ?? null);

  // A pick sent back from the draft asks for focus on its "Add to issue": bring it on screen, then focus it.
  const { revealIndex } = list;
  useEffect(() => {
    const pickId = pendingItem('pickId');
    if (pickId === null) return;
    if (![...shown.current.values()].some((pick) => pick.id === pickId)) {
      inboxIndexOf(pickId).then((index) => revealIndex(index), reportActionFailure);
    }
    flushFocus();
  });

  return (
    <section ref={zoneRef} class={`inbox${over ? ' is-over' : ''}`} aria-labelledby="inbox-heading" data-testid="inbox">
      <h2 id="inbox-heading">{t('opt_inboxHeading')} <span class="count">({total ?? 0})</span></h2>
      <div class="field">
        <label for={searchId}>{t('opt_search')}</label>
        <input id={searchId} type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
      </div>
      {total === 0 && <p class="hint">{t('opt_inboxEmpty')}</p>}
      {total !== 0 && found?.length === 0 && <p class="hint">{t('opt_noMatch')}</p>}
      <ul
        ref={list.listRef}
        class="inbox-list"
        style={{ height: `${list.totalSize}px` }}
        onFocusIn={list.onFocusIn}
        onFocusOut={list.onFocusOut}
      >
        {list.items.map((item) => {
          const pick = shown.current.get(item.index);
          const place = { index: item.index, total: count, offset: list.offsetOf(item), measure: list.measure };
          return pick
            ? <InboxItem key={pick.id} pick={pick} {...place} onAdd={onAdd} />
            : <InboxPlaceholder key={`#${item.index}`} {...place} />;
        })}
      </ul>
    </section>
  );
}

/** Runs of consecutive indexes, as [start, count] pairs: usually one (a screenful), two with focus pinned afar. */
function runsOf(indexes: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const index of indexes) {
    const last = runs.at(-1);
    if (last && last[0] + last[1] === index) last[1] += 1;
    else runs.push([index, 1]);
  }
  return runs;
}

/**
 * The picks at `indexes` of the inbox (or of the search's `found` ids), read as they come on screen and
 * kept while they stay there. Live: an edit made elsewhere shows here.
 */
function useShownPicks(indexes: readonly number[], found: readonly string[] | null): ReadonlyMap<number, Pick> {
  // The query follows the values, not the arrays (new ones every render).
  const key = `${found === null ? 'inbox' : found.join('\u0000')}|${runsOf(indexes).join(' ')}`;
  const loaded = useLiveQuery(async (): Promise<Map<number, Pick>> => {
    const [source, runText] = key.split('|') as [string, string];
    const runs = runText === '' ? [] : runText.split(' ').map((run) => run.split(',').map(Number) as [number, number]);
    const byIndex = new Map<number, Pick>();
    if (source === 'inbox') {
      const pages = await Promise.all(runs.map(([start, count]) => inboxPage(start, count)));
      runs.forEach(([start], run) => pages[run]!.forEach((pick, offset) => byIndex.set(start + offset, pick)));
    } else {
      const ids = source.split('\u0000');
      const wanted = runs.flatMap(([start, count]) => Array.from({ length: count }, (_, offset) => start + offset));
      const picks = await getPicks(wanted.map((index) => ids[index]!));
      for (const index of wanted) {
        const pick = picks.get(ids[index]!);
        if (pick) byIndex.set(index, pick);
      }
    }
    return byIndex;
  }, [key]);
  const kept = useRef<ReadonlyMap<number, Pick>>(new Map());
  if (loaded) kept.current = loaded;
  return kept.current;
}

interface Place {
  index: number;
  total: number;
  offset: number;
  measure: (element: Element | null) => void;
}

/** Where a pick goes while it is read (a frame or two after it scrolled on screen). */
function InboxPlaceholder({ index, total, offset, measure }: Place): JSX.Element {
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
