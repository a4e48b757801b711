// One sync (docs/sync.md, "A sync"): fetch the data branch, merge every record either side changed,
// push one commit, then store the result on this device. A push refused because the branch moved is
// fetched, merged and pushed again; nothing is stored here until the branch has accepted the result.
import type { GitDeps } from '../git/connection';
import { GitProblemError } from '../git/problems';
import { parsePath, recordPath, refKey, tombstonePath, type ParsedPath } from '../core/sync/layout';
import { mergeEntry } from '../core/sync/merge';
import { parseEntry, serializeEntry, type SyncEntry } from '../core/sync/records';
import { repairs, type ReadProblem } from '../core/sync/state';
import { applySyncResult, forgetSyncBase, readBase, readLocalChanges, readNeighbourhood } from '../db/sync';
import type { SyncBaseRow } from '../db/schema';
import type { GitStore } from './git-store';
import { commitAndPush } from './branch-commit';
import { openDataBranch, readText, type DataBranch } from './data-branch';

export interface SyncTarget {
  deps: GitDeps;
  url: string;
  branch: string;
  author: { name: string; email: string };
  /** This device's name, in commit messages. */
  device: string;
  /** Where the branch's objects are kept between syncs; without it each sync fetches the branch whole. */
  store?: GitStore;
}

export interface SyncReport {
  /** The branch's commit this device now agrees with (null: the branch is still empty). */
  commit: string | null;
  /** Files this sync wrote or removed on the branch. */
  sent: number;
  /** Rows this sync wrote or deleted on this device. */
  received: number;
  /** Records edited here during the sync: still pending. */
  kept: number;
  /** Files of the branch that could not be read (left as they are on this device). */
  problems: ReadProblem[];
}

/**
 * Records this device synced are gone from the branch without a tombstone: it was rewritten (a force
 * push, a reset). Nothing is merged or deleted; the curator decides (see `acceptRewrite`).
 */
export class BranchRewrittenError extends Error {
  constructor(readonly lost: number) {
    super(`${lost} records this device synced are no longer on the branch: it was rewritten`);
    this.name = 'BranchRewrittenError';
  }
}

const MAX_ATTEMPTS = 5;

function pathsOf(ref: ParsedPath | null): string[] {
  return ref ? [recordPath(ref), tombstonePath(ref)] : [];
}

/** Remote files by record, and which records the branch changed since the base. */
function remoteChanges(data: DataBranch, base: ReadonlyMap<string, SyncBaseRow>): Map<string, { place: ParsedPath; path: string; oid: string }[]> {
  const byKey = new Map<string, { place: ParsedPath; path: string; oid: string }[]>();
  for (const [path, oid] of data.files) {
    const place = parsePath(path);
    if (place) byKey.set(refKey(place), [...(byKey.get(refKey(place)) ?? []), { place, path, oid }]);
  }
  for (const [key, files] of byKey) {
    const known = base.get(key);
    if (files.length === 1 && known?.path === files[0]!.path && known.oid === files[0]!.oid) byKey.delete(key);
  }
  return byKey;
}

function summary(entries: Iterable<SyncEntry>): string {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.ref.kind, (counts.get(entry.ref.kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => `${count} ${kind}`).join(', ');
}

async function attempt(target: SyncTarget, acceptRewrite: boolean): Promise<SyncReport | 'moved'> {
  const data = await openDataBranch(target.deps, target.url, target.branch, true, target.store);
  let base = await readBase();
  const lost = [...base.values()].filter((row) => !pathsOf(parsePath(row.path)).some((path) => data.files.has(path)));
  if (lost.length > 0 && !acceptRewrite) throw new BranchRewrittenError(lost.length);
  if (lost.length > 0) {
    // The curator chose to put this device's data back: a first sync against what the branch has now.
    await forgetSyncBase();
    base = new Map();
  }
  const local = await readLocalChanges(base.size === 0);
  const problems: ReadProblem[] = [];
  const remote = new Map<string, { entry: SyncEntry | undefined; text: string | undefined }>();
  for (const [key, files] of remoteChanges(data, base)) {
    let entry: SyncEntry | undefined;
    for (const file of files) {
      const text = await readText(data, file.oid);
      const parsed = parseEntry(file.place, file.place.tombstone, text);
      if (parsed.ok) entry = mergeEntry(undefined, entry, parsed.entry);
      else problems.push({ path: file.path, message: parsed.message });
    }
    remote.set(key, { entry, text: files.length === 1 && entry ? serializeEntry(entry) : undefined });
  }

  const merged = new Map<string, SyncEntry>();
  const localByKey = new Map(local.entries.map((entry) => [refKey(entry.ref), entry]));
  for (const key of new Set([...localByKey.keys(), ...remote.keys()])) {
    const mine = localByKey.get(key);
    const theirs = remote.get(key)?.entry;
    const known = base.get(key);
    const common = mine && theirs && known ? parseEntry(parsePath(known.path)!, parsePath(known.path)!.tombstone, known.text) : undefined;
    const entry = mergeEntry(common?.ok ? common.entry : undefined, mine, theirs);
    if (entry) merged.set(key, entry);
  }
  const view = await readNeighbourhood([...merged.values()]);
  for (const [key, entry] of merged) view.set(key, entry);
  for (const entry of repairs(view)) merged.set(refKey(entry.ref), entry);

  // What the branch must change: every merged record whose file is not already there, byte for byte.
  const write = new Map<string, string>();
  const remove = new Set<string>();
  const texts = new Map<string, { path: string; text: string }>();
  for (const [key, entry] of merged) {
    const path = entry.deleted ? tombstonePath(entry.ref) : recordPath(entry.ref);
    const text = serializeEntry(entry);
    texts.set(key, { path, text });
    const other = entry.deleted ? recordPath(entry.ref) : tombstonePath(entry.ref);
    if (data.files.has(other)) remove.add(other);
    const onBranch = remote.has(key) ? remote.get(key)!.text : base.get(key)?.path === path ? base.get(key)!.text : undefined;
    if (!data.files.has(path) || onBranch !== text) write.set(path, text);
  }

  let commit = data.head;
  let written = new Map<string, string>();
  if (write.size > 0 || remove.size > 0) {
    const changed = [...merged.values()].filter((entry) => write.has(entry.deleted ? tombstonePath(entry.ref) : recordPath(entry.ref)));
    const pushed = await commitAndPush(target.deps, data, {
      write, remove, author: target.author, message: `Gleaner sync from ${target.device}: ${summary(changed) || 'clean-up'}`,
    });
    if (pushed === 'moved') return 'moved';
    ({ commit, written } = pushed);
  }
  const baseRows: SyncBaseRow[] = [...texts].map(([key, { path, text }]) => ({ key, path, text, oid: written.get(path) ?? data.files.get(path)! }));
  const applied = await applySyncResult({ entries: [...merged.values()], base: baseRows, marks: local.marks });
  return { commit, sent: write.size + remove.size, received: applied.written, kept: applied.kept.length, problems };
}

/** Syncs this device with the data branch. Throws GitProblemError (network, token…) or BranchRewrittenError. */
export async function syncWithBranch(target: SyncTarget, options: { acceptRewrite?: boolean } = {}): Promise<SyncReport> {
  let wiped = false;
  for (let tries = 1; tries <= MAX_ATTEMPTS; tries += 1) {
    let result: SyncReport | 'moved';
    try {
      result = await attempt(target, options.acceptRewrite === true);
    } catch (error) {
      if (error instanceof GitProblemError || error instanceof BranchRewrittenError || !target.store || wiped) throw error;
      // A kept copy that lists a file it cannot read (cut short): fetched again, once. Nothing was stored yet.
      await target.store.wipe();
      wiped = true;
      continue;
    }
    if (result !== 'moved') return result;
  }
  throw new GitProblemError({ kind: 'moved' });
}
