// A draft's content kept current by what changed, not by reading it all again (issue 8, ten times the
// data). A live query re-reads a 5,000-block draft after every write that touches it: adding or moving
// one block cost a read of all of them. Dexie's `storagemutated` event names the primary keys each
// committed write may have changed, in this page or any other extension page; the watcher reads those
// rows only and puts them in place. A change it cannot pin to keys (a bulk write of 50 rows or more, a
// cleared table, a range deleted) reads the whole draft again, as the live query did.
import { Dexie, type ObservabilitySet } from 'dexie';
import type { Block, Issue, Pick } from '../core/types';
import { db } from './db';
import { loadIssueContent, type IssueContent } from './issues';
import { addWrittenKeys, writesMark } from './table-writes';
import { onCommittedRows, type CommittedRows } from './written-rows';

/** What changed since the content was last read: row keys by table, or everything. */
interface Changes {
  all: boolean;
  issue: boolean;
  blocks: Set<string>;
  picks: Set<string>;
}

const noChanges = (): Changes => ({ all: false, issue: false, blocks: new Set(), picks: new Set() });

/** The keys a transaction of this page wrote, as `Changes`. */
function keysOf(committed: CommittedRows, issueId: string): Changes {
  const changes = noChanges();
  const keys = (table: string, into: Set<string>): void => {
    const writes = committed.get(table);
    for (const key of writes?.put.keys() ?? []) into.add(key);
    for (const key of writes?.deleted ?? []) into.add(key);
  };
  keys('blocks', changes.blocks);
  keys('picks', changes.picks);
  const issues = new Set<string>();
  keys('issues', issues);
  changes.issue = issues.has(issueId);
  return changes;
}

/** Takes out of `changes` what `known` holds (a whole-draft read is never taken out). */
function subtract(changes: Changes, known: Changes): void {
  for (const key of known.blocks) changes.blocks.delete(key);
  for (const key of known.picks) changes.picks.delete(key);
  if (known.issue) changes.issue = false;
}

function merge(into: Changes, changes: Changes): void {
  into.all ||= changes.all;
  into.issue ||= changes.issue;
  for (const key of changes.blocks) into.blocks.add(key);
  for (const key of changes.picks) into.picks.add(key);
}

const isEmpty = (changes: Changes): boolean =>
  !changes.all && !changes.issue && changes.blocks.size === 0 && changes.picks.size === 0;

/** Adds what `parts` says changed in the issues, blocks and picks tables to `changes`. */
function addParts(parts: ObservabilitySet, issueId: string, changes: Changes): void {
  const issueKeys = new Set<string>();
  if (!addWrittenKeys(parts, 'issues', issueKeys)) changes.all = true;
  if (issueKeys.has(issueId)) changes.issue = true;
  if (!addWrittenKeys(parts, 'blocks', changes.blocks)) changes.all = true;
  if (!addWrittenKeys(parts, 'picks', changes.picks)) changes.all = true;
}

/** IndexedDB's order of the `[issueId+order]` index within one issue: the order key, then the id. */
function comparePlace(a: Block, b: Block): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** `blocks` with the rows read for `ids` in place (an id read as missing, or now in another issue, leaves). */
function placeBlocks(blocks: Block[], issueId: string, ids: ReadonlySet<string>, rows: readonly (Block | undefined)[]): Block[] {
  const kept = blocks.filter((block) => !ids.has(block.id));
  const arrived = rows.filter((row): row is Block => row?.issueId === issueId).sort(comparePlace);
  if (arrived.length === 0) return kept.length === blocks.length ? blocks : kept;
  // Both lists are in place order: one merge.
  const merged: Block[] = [];
  let k = 0;
  for (const block of arrived) {
    while (k < kept.length && comparePlace(kept[k]!, block) < 0) merged.push(kept[k++]!);
    merged.push(block);
  }
  while (k < kept.length) merged.push(kept[k++]!);
  return merged;
}

/** Rows as stored now, by key (undefined: deleted), for `withRows`. */
interface Rows {
  /** The issue's own row, when it was written. */
  issue?: Issue | undefined;
  blocks: Map<string, Block | undefined>;
  picks: Map<string, Pick | undefined>;
}

/**
 * `content` with `rows` in place; the same object when they change nothing it holds. The picks held are
 * those whose `issueId` is this issue, as `loadIssueContent` reads them: a pick joins or leaves with a
 * write to its own row. Undefined when the issue itself is gone.
 */
function withRows(content: IssueContent, rows: Rows): IssueContent | undefined {
  const issueId = content.issue.id;
  const issue = 'issue' in rows ? rows.issue : content.issue;
  if (!issue) return undefined;
  const blocks = rows.blocks.size > 0
    ? placeBlocks(content.blocks, issueId, new Set(rows.blocks.keys()), [...rows.blocks.values()])
    : content.blocks;
  let picks = content.picks;
  for (const [id, pick] of rows.picks) {
    const mine = pick?.issueId === issueId;
    if (!mine && !picks.has(id)) continue;
    if (picks === content.picks) picks = new Map(picks);
    if (pick && mine) picks.set(id, pick);
    else picks.delete(id);
  }
  if (issue === content.issue && blocks === content.blocks && picks === content.picks) return content;
  return { issue, blocks, picks };
}

/** The changed rows read again, in one trip to the database. */
async function readRows(issueId: string, changes: Changes): Promise<Rows> {
  const blockIds = [...changes.blocks];
  const pickIds = [...changes.picks];
  const [issue, blockRows, pickRows] = await Promise.all([
    changes.issue ? db.issues.get(issueId) : undefined,
    blockIds.length > 0 ? db.blocks.bulkGet(blockIds) : [],
    pickIds.length > 0 ? db.picks.bulkGet(pickIds) : [],
  ]);
  return {
    ...(changes.issue ? { issue } : {}),
    blocks: new Map(blockIds.map((id, index) => [id, blockRows[index]])),
    picks: new Map(pickIds.map((id, index) => [id, pickRows[index]])),
  };
}

/** The rows a transaction of this page stored, as `Rows` for `issueId` (its other issues' rows aside). */
function rowsOf(committed: CommittedRows, issueId: string): Rows {
  const table = <T>(name: string): Map<string, T | undefined> => {
    const writes = committed.get(name);
    const rows = new Map<string, T | undefined>();
    if (!writes) return rows;
    for (const [key, row] of writes.put) rows.set(key, row as T);
    for (const key of writes.deleted) rows.set(key, undefined);
    return rows;
  };
  const issues = table<Issue>('issues');
  return { ...(issues.has(issueId) ? { issue: issues.get(issueId) } : {}), blocks: table<Block>('blocks'), picks: table<Pick>('picks') };
}

/** A read of the content already under way (options/first-reads), and the writes mark taken as it started. */
export interface ContentHead {
  value: Promise<IssueContent | undefined>;
  mark: number;
  /** When a `partial` value is shown, the whole is read once this settles (the first screen is shown). */
  rest: Promise<unknown>;
}

/**
 * Calls `show` with the content of issue `issueId` (undefined: no such issue), then again after every
 * write that changed it, until the returned function is called. `show` is not called for a write that
 * changed nothing it holds. `onError` hears a failed read; the next write reads everything again.
 */
export function watchIssueContent(
  issueId: string,
  show: (content: IssueContent | undefined) => void,
  onError: (error: unknown) => void,
  head?: ContentHead,
): () => void {
  let stopped = false;
  let content: IssueContent | undefined | null = null;
  let pending = noChanges();
  let running = false;
  // Until the read ahead is in, writes only gather (the first pass reads after it).
  let started = false;

  // One pass at a time, each reading after the last: a later pass always reads a later state of the
  // rows, so the content ends at the latest, whatever order the writes' events came in.
  const drain = async (): Promise<void> => {
    running = true;
    try {
      while (!stopped && (content === null || !isEmpty(pending))) {
        const changes = pending;
        pending = noChanges();
        let next: IssueContent | undefined;
        if (content === null || content === undefined || content.partial || changes.all) {
          next = await loadIssueContent(issueId);
        } else {
          const rows = await readRows(issueId, changes);
          // Placed on the content as it is now, not as it was when the read began: this page's own writes
          // may have been shown meanwhile, and placing the rows on the older content would hide them again
          // until they were read back.
          next = content ? withRows(content, rows) : await loadIssueContent(issueId);
        }
        if (stopped || next === content) continue;
        content = next;
        show(next);
      }
    } catch (error) {
      // Whatever was read is in doubt: the next write reads it all.
      content = null;
      if (!stopped) onError(error);
    } finally {
      running = false;
    }
  };

  // This page's own writes come with their rows: shown at once, with no read. The keys Dexie then names
  // for the same transaction need no read either, unless a read was under way (it may have read the rows
  // as they were before: they are read again after it).
  let ownKeys: Changes | null = null;
  const onOwnRows = (committed: CommittedRows): void => {
    // Rows placed among the first blocks only could land in the wrong place: the whole read settles them.
    if (!content || content.partial) return;
    const next = withRows(content, rowsOf(committed, issueId));
    if (!running) ownKeys = keysOf(committed, issueId);
    if (next === content) return;
    content = next;
    show(next);
  };
  const onWrite = (parts: ObservabilitySet): void => {
    const changes = noChanges();
    addParts(parts, issueId, changes);
    if (ownKeys) {
      subtract(changes, ownKeys);
      ownKeys = null;
    }
    merge(pending, changes);
    if (started && !running && !isEmpty(pending)) drain().catch(onError);
  };
  const stopOwn = onCommittedRows(onOwnRows);
  Dexie.on('storagemutated', onWrite);

  const start = async (): Promise<void> => {
    if (head) {
      try {
        const first = await head.value;
        if (!stopped && first?.issue.id === issueId) {
          // A write heard since the read began may not be in it.
          if (writesMark() !== head.mark) pending.all = true;
          content = first;
          show(first);
          if (first.partial) {
            pending.all = true;
            await head.rest.catch(() => undefined);
          }
        }
      } catch {
        // The read ahead failed: read here.
      }
    }
    started = true;
    if (!stopped) await drain();
  };
  start().catch(onError);

  return () => {
    stopped = true;
    stopOwn();
    Dexie.on('storagemutated').unsubscribe(onWrite);
  };
}
