// Picks waiting in no issue, newest first, searchable; drag them into the draft or press "Add to issue";
// check several for the bulk actions. The whole column takes back picks dragged out of the draft.
// Windowed: 50,000 waiting picks render the ones on screen (use-window-list), in a box of their own that
// stays beside the draft however far the page scrolls (compose.css).
import type { JSX } from 'preact';
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { memo } from 'preact/compat';
import type { Pick } from '../../core/types';
import { getPicks, inboxIndexOf, inboxPage, searchInbox } from '../../db/inbox';
import { deletePick, deletePicks, tagPicks } from '../../db/picks';
import { restorePick, restorePicks } from '../../db/restore';
import { t } from '../../platform/i18n';
import { useZoneDropTarget } from './dnd';
import { useLiveQuery, type FirstRead } from '../../ui/use-live-query';
import { reportActionFailure } from '../action-failure';
import { firstInboxHeadSize, firstInboxPage } from '../first-reads';
import { useInboxCount } from '../inbox-count';
import { reportShown } from '../first-screen';
import { offerUndo } from '../undo-offer';
import { flushFocus, focusNewElement, focusWhenRendered, pendingItem } from './focus';
import { InboxBulkBar } from './InboxBulkBar';
import { InboxItem, InboxPlaceholder, ITEM_HEIGHT } from './InboxItem';
import { announceAddedMany, announceTagged } from './moves';
import { useInboxSelection } from './use-inbox-selection';
import { useWindowList } from './use-window-list';
import './interactions.css';

export interface InboxProps {
  /** Null while no draft is open: picks cannot be added anywhere. */
  onAdd: ((pick: Pick) => void) | null;
  /** Adds several picks at the end; resolves with how many were added. Null while no draft is open. */
  onAddMany: ((pickIds: string[]) => Promise<number>) | null;
}

/** The gap between picks, in px. */
const ITEM_GAP = 8;
/** Searching reads every waiting pick: after a pause in the typing. */
const SEARCH_DELAY_MS = 250;

/** Memoised: the composer re-renders after every change to the draft, which changes nothing here. */
export const Inbox = memo(InboxView);

function InboxView({ onAdd, onAddMany }: InboxProps): JSX.Element {
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(query.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query]);
  const searchId = useId();
  const zoneRef = useRef<HTMLElement>(null);
  const over = useZoneDropTarget(zoneRef, { target: 'inbox' });
  const total = useInboxCount();
  // Until the count comes (it walks every waiting pick's index entry), the picks read ahead show.
  const [headSize, setHeadSize] = useState<number | undefined>(undefined);
  useEffect(() => {
    firstInboxHeadSize()?.then(setHeadSize, () => undefined);
  }, []);
  // While searching: the ids that match (a search reads every waiting pick); otherwise the count alone,
  // and the picks on screen are read a page at a time.
  const found = useLiveQuery(() => (search === '' ? Promise.resolve(null) : searchInbox(search)), [search]);
  const count = found ? found.length : total ?? headSize ?? 0;
  // ARIA's "size unknown" while only the read-ahead is counted.
  const setSize = found || total !== undefined ? count : -1;
  const shown = useRef<ReadonlyMap<number, Pick>>(new Map());
  const scrollerRef = useRef<HTMLDivElement>(null);
  const list = useWindowList<HTMLUListElement>({
    count,
    // A pick not read yet is keyed by its index: no string made for each of 50,000 waiting picks.
    keyAt: (index) => shown.current.get(index)?.id ?? index,
    keysVersion: shown.current,
    indexOf: useCallback((pickId: string) => {
      for (const [index, pick] of shown.current) if (pick.id === pickId) return index;
      return -1;
    }, []),
    estimateSize: ITEM_HEIGHT,
    gap: ITEM_GAP,
    scrollerRef,
  });
  shown.current = useShownPicks(list.items.map((item) => item.index), found ?? null);
  const firstShown = total === 0 || shown.current.size > 0;
  useLayoutEffect(() => {
    if (firstShown) reportShown('inbox');
  }, [firstShown]);
  const foundRef = useRef(found);
  foundRef.current = found;
  const selection = useInboxSelection(useCallback(async (from: number, to: number): Promise<string[]> => {
    const ids = foundRef.current;
    return ids ? ids.slice(from, to + 1) : (await inboxPage(from, to - from + 1)).map((pick) => pick.id);
  }, []));
  const { selected, clear } = selection;

  const onDelete = useCallback((pick: Pick, index: number): void => {
    // Focus goes to the pick that takes its place (or the one above); "Undo" brings it back, focused.
    const neighbour = shown.current.get(index + 1) ?? shown.current.get(index - 1);
    focusWhenRendered(neighbour
      ? { item: { key: 'pickId', id: neighbour.id }, controls: ['[data-action="delete"]'] }
      : { controls: ['.inbox input[type="search"]'] });
    clear([pick.id]);
    deletePick(pick.id).then((removed) => {
      if (removed) {
        offerUndo({
          message: t('opt_deletedPick'),
          undo: () => restorePick(removed),
          onRestored: () => focusWhenRendered({ item: { key: 'pickId', id: pick.id }, controls: ['[data-action="delete"]'] }),
        });
      }
    }, reportActionFailure);
  }, [clear]);
  const add = useCallback((pick: Pick): void => {
    clear([pick.id]);
    onAdd?.(pick);
  }, [onAdd, clear]);

  const ids = (): string[] => [...selected];
  // After a bulk add or delete the bar's buttons are disabled (nothing checked): focus goes to the search.
  const focusSearch = (): void => focusNewElement({ controls: ['.inbox input[type="search"]'] });
  const addSelected = onAddMany && ((): void => {
    onAddMany(ids()).then((count) => { clear(); focusSearch(); announceAddedMany(count); }, reportActionFailure);
  });
  const tagSelected = (tags: string[]): void => {
    const chosen = ids();
    Promise.all(tags.map((tag) => tagPicks(chosen, tag))).then(() => announceTagged(chosen.length), reportActionFailure);
  };
  const deleteSelected = (): void => {
    deletePicks(ids()).then((removed) => {
      clear();
      focusSearch();
      if (removed.length === 0) return;
      offerUndo({
        message: t('opt_deletedPicks', String(removed.length)),
        undo: async () => ((await restorePicks(removed)).restored > 0 ? { ok: true } : { ok: false, reason: 'exists' }),
      });
    }, reportActionFailure);
  };

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
      <h2 id="inbox-heading">{t('opt_inboxHeading')} <span class="count">({total ?? '…'})</span></h2>
      <div class="field">
        <label for={searchId}>{t('opt_search')}</label>
        <input id={searchId} type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
      </div>
      {total === 0 ? <p class="hint">{t('opt_inboxEmpty')}</p> : (
        <InboxBulkBar count={selected.size} onAdd={addSelected} onTag={tagSelected} onDelete={deleteSelected} onClear={() => clear()} />
      )}
      {total !== 0 && found?.length === 0 && <p class="hint">{t('opt_noMatch')}</p>}
      <div ref={scrollerRef} class="inbox-scroller" data-testid="inbox-scroller">
        <ul
          ref={list.listRef}
          class="inbox-list"
          style={{ height: `${list.totalSize}px` }}
          onFocusIn={list.onFocusIn}
          onFocusOut={list.onFocusOut}
          // Escape in the list unchecks everything (keyboard users have no "click elsewhere").
          onKeyDown={(event) => { if (event.key === 'Escape' && selected.size > 0) clear(); }}
        >
          {list.items.map((item) => {
            const pick = shown.current.get(item.index);
            const place = { index: item.index, total: setSize, offset: list.offsetOf(item), measure: list.measure };
            return pick
              ? (
                <InboxItem
                  key={pick.id} pick={pick} {...place} onAdd={onAdd && add} onDelete={onDelete}
                  selected={selected.has(pick.id)} onSelect={selection.toggle}
                />
              )
              : <InboxPlaceholder key={`#${item.index}`} {...place} />;
          })}
        </ul>
      </div>
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
  // On the first screen, the inbox's first picks are already being read (first-reads).
  const readAhead = (): FirstRead<Map<number, Pick>> | undefined => {
    const head = firstInboxPage(0, 0);
    if (!key.startsWith('inbox|') || !head) return undefined;
    const page = (start: number, count: number): Promise<Pick[]> => firstInboxPage(start, count)?.value ?? Promise.reject(new Error('not read ahead'));
    return { value: readShown(key, page), liveFrom: head.liveFrom };
  };
  const loaded = useLiveQuery(() => readShown(key, inboxPage), [key], readAhead);
  const kept = useRef<ReadonlyMap<number, Pick>>(new Map());
  if (loaded) kept.current = loaded;
  return kept.current;
}

type PageRead = (start: number, count: number) => Promise<Pick[]>;

/** The picks a `useShownPicks` key names, by index; the inbox's read a page at a time with `page`. */
async function readShown(key: string, page: PageRead): Promise<Map<number, Pick>> {
  const [source, runText] = key.split('|') as [string, string];
  const runs = runText === '' ? [] : runText.split(' ').map((run) => run.split(',').map(Number) as [number, number]);
  const byIndex = new Map<number, Pick>();
  if (source === 'inbox') {
    const pages = await Promise.all(runs.map(([start, count]) => page(start, count)));
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
}
