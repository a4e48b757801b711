// The inbox's count kept by what changed, not counted again at every write (issue 8, ten times the data).
// IndexedDB counts by walking every index entry: 50,000 waiting picks take 0.4 s on a quiet machine, and
// each read or write of the picks queues behind the count. A live query counted after every pick written,
// so the action after "Add to issue" waited for it.
// This page's own writes come with each pick's row before and after (db/written-rows): the count moves by
// the picks that joined or left the inbox, with no read. Another page's writes come as keys only (Dexie's
// `storagemutated`): the count is asked again, once a burst of them settles.
import { Dexie, type ObservabilitySet } from 'dexie';
import type { Pick } from '../core/types';
import { db } from './db';
import { countInboxPicks } from './picks';
import { addWrittenKeys, writesMark } from './table-writes';
import { onCommittedRows, transactionSeq, type CommittedRows } from './written-rows';

/** A count and the place of the transaction that counted among this page's (see `transactionSeq`). */
export interface InboxCount {
  count: number;
  seq: number;
}

/** Counts the waiting picks, and says which of this page's writes the count holds. */
export function countInbox(): Promise<InboxCount> {
  return db.transaction('r', db.picks, async () => {
    const seq = transactionSeq(Dexie.currentTransaction.idbtrans);
    if (seq === undefined) throw new Error('the inbox count has no place among the transactions');
    return { count: await countInboxPicks(), seq };
  });
}

/** How long writes from other pages must pause before the count is asked again (a sync writes in bursts). */
const SETTLE_MS = 300;

const waiting = (pick: unknown): boolean => (pick as Pick | undefined)?.issueId === '';

/** How much the inbox's count moved with a transaction's writes; null when they cannot be told. */
function moved(committed: CommittedRows): number | null {
  const picks = committed.get('picks');
  if (!picks) return 0;
  if (!picks.before) return null;
  let delta = 0;
  for (const key of [...picks.put.keys(), ...picks.deleted]) {
    if (!picks.before.has(key)) return null;
    delta += Number(waiting(picks.put.get(key))) - Number(waiting(picks.before.get(key)));
  }
  return delta;
}

/** A count asked earlier (the first screen's), and the writes mark (`writesMark`) taken before it was asked. */
export interface EarlierCount {
  value: Promise<InboxCount>;
  mark: number;
}

/**
 * Calls `show` with the inbox's count, then again whenever it changes, until the returned function is
 * called. `first`: a count asked earlier; shown, and asked again when writes were heard since its mark (the
 * watcher did not hear them). `onError` hears a failed count; the next write from another page counts again.
 */
export function watchInboxCount(
  show: (count: number) => void,
  onError: (error: unknown) => void,
  first?: EarlierCount,
): () => void {
  let stopped = false;
  let count: number | undefined;
  /** This page's writes heard while a count is under way: it holds those whose transaction came before its own. */
  let since: { seq: number; delta: number }[] = [];
  let counting = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const recount = async (read: Promise<InboxCount> = countInbox()): Promise<void> => {
    if (counting) {
      again = true;
      return;
    }
    counting = true;
    try {
      for (let next: Promise<InboxCount> | null = read; next && !stopped; next = again ? countInbox() : null) {
        again = false;
        const counted = await next;
        // The writes created after the count's transaction are not in it; their moves are added again.
        since = since.filter((write) => write.seq > counted.seq);
        const now = since.reduce((sum, write) => sum + write.delta, counted.count);
        if (!stopped && now !== count) {
          count = now;
          show(now);
        }
      }
    } catch (error) {
      if (!stopped) onError(error);
    } finally {
      counting = false;
    }
  };
  const recountSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      recount().catch(onError);
    }, SETTLE_MS);
  };

  // This page's writes: the count moves with no read. The keys Dexie then names for the same
  // transaction are not another page's.
  let ownKeys = new Set<string>();
  const onOwnRows = (committed: CommittedRows, seq: number): void => {
    const picks = committed.get('picks');
    for (const key of picks?.put.keys() ?? []) ownKeys.add(key);
    for (const key of picks?.deleted ?? []) ownKeys.add(key);
    const delta = moved(committed);
    if (delta === null) {
      recountSoon();
      return;
    }
    if (delta === 0) return;
    // Only a count under way can miss it (a count asked later holds it).
    if (counting) since.push({ seq, delta });
    if (count === undefined) {
      // The first count failed: this write asks again.
      if (!counting) recountSoon();
      return;
    }
    count += delta;
    show(count);
  };
  const onWrite = (parts: ObservabilitySet): void => {
    const keys = new Set<string>();
    const told = addWrittenKeys(parts, 'picks', keys);
    const mine = ownKeys;
    ownKeys = new Set();
    if (!told || [...keys].some((key) => !mine.has(key))) recountSoon();
  };
  const stopOwn = onCommittedRows(onOwnRows);
  Dexie.on('storagemutated', onWrite);
  recount(first?.value).catch(onError);
  if (first && writesMark() !== first.mark) recountSoon();

  return () => {
    stopped = true;
    clearTimeout(timer);
    stopOwn();
    Dexie.on('storagemutated').unsubscribe(onWrite);
  };
}
