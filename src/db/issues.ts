// Issues: drafts being composed and the archive of published ones.
import { isCalendarDate, localIsoDate } from '../core/dates';
import { formatIssueTitle } from '../core/issue-title';
import { defaultTitlePattern } from '../core/language-defaults';
import type { Block, FrontMatter, FrontMatterValue, Issue, Pick, Settings } from '../core/types';
import { listBlocks } from './blocks';
import { db, newId } from './db';
import { picksOfIssue } from './inbox';

/** What a new draft takes from the settings. */
export type DraftDefaults = { [Key in 'frontMatterDefaults' | 'language']: Settings[Key] };

function draftOf(defaults: DraftDefaults, date: string): Issue {
  const frontMatter: FrontMatter = { ...defaults.frontMatterDefaults };
  // The defaults' title is a pattern ("Newsletter du {date}"); the draft gets it written out.
  if (typeof frontMatter.title === 'string') {
    frontMatter.title = formatIssueTitle(frontMatter.title, date, defaults.language);
  }
  for (const [key, value] of Object.entries(frontMatter)) {
    if (Array.isArray(value)) frontMatter[key] = [...value];
  }
  const now = Date.now();
  return {
    id: newId(),
    status: 'draft',
    date,
    language: defaults.language,
    frontMatter,
    createdAt: now,
    updatedAt: now,
    publishedAt: null,
  };
}

/** A new draft with the settings' front matter, dated `date` (today by default). */
export async function createDraft(defaults: DraftDefaults, date: string = localIsoDate()): Promise<Issue> {
  const issue = draftOf(defaults, date);
  await db.issues.add(issue);
  return issue;
}

export function getIssue(issueId: string): Promise<Issue | undefined> {
  return db.issues.get(issueId);
}

/** Everything renderIssue needs but the templates. */
export interface IssueContent {
  issue: Issue;
  blocks: Block[];
  picks: Map<string, Pick>;
  /** Only the draft's first blocks (`loadIssueHead`): the whole of it is still to be read. */
  partial?: true;
  /**
   * With `partial`: how many blocks the whole draft has, when the head could tell (it read fewer than it
   * asked for); absent while unknown: the whole read says.
   */
  total?: number;
}

/**
 * The three reads are asked at once: the composer's first screen waits for them, and each await in turn
 * would add a trip through a busy page's task queue. No explicit transaction, on purpose: in a live query
 * Dexie then caches each read and serves it again until a write touches its range, so adding or moving a
 * block in a 5,000-block draft reads the blocks again, not the draft's 5,000 picks (docs/performance.md).
 * Each read sees a committed state; a write between them re-runs the live query, which settles on one.
 */
export async function loadIssueContent(issueId: string): Promise<IssueContent | undefined> {
  const [issue, blocks, picks] = await Promise.all([db.issues.get(issueId), listBlocks(issueId), picksOfIssue(issueId)]);
  return issue && { issue, blocks, picks };
}

/**
 * The issue, its first `count` blocks and their picks: what the composer's first screen shows, read in
 * the time a short draft takes, however long this one is. Marked `partial`: the whole is read after.
 * The blocks are not counted: IndexedDB counts by walking the index (≈ 45–75 ms for 5,000 blocks) and
 * answers in turn, so the picks' read, asked after it, waited for it (docs/performance.md, "Ready at ten
 * times the data"). A draft of fewer blocks than `count` is known whole; a longer one's size comes with
 * the whole read.
 */
export async function loadIssueHead(issueId: string, count: number): Promise<IssueContent | undefined> {
  const [issue, blocks] = await Promise.all([db.issues.get(issueId), listBlocks(issueId, count)]);
  if (!issue) return undefined;
  const pickIds = blocks.flatMap((block) => (block.type === 'pick' ? [block.pickId] : []));
  const picks = new Map<string, Pick>();
  for (const pick of await db.picks.bulkGet(pickIds)) if (pick?.issueId === issueId) picks.set(pick.id, pick);
  return { issue, blocks, picks, partial: true, ...(blocks.length < count ? { total: blocks.length } : {}) };
}

/** Drafts, most recently created first. */
export async function listDrafts(): Promise<Issue[]> {
  const drafts = await db.issues.where('status').equals('draft').toArray();
  return drafts.sort((a, b) => b.createdAt - a.createdAt);
}

/** Published issues, newest publication date first. */
export async function listPublished(): Promise<Issue[]> {
  const published = await db.issues.where('status').equals('published').toArray();
  return published.sort((a, b) => (b.date < a.date ? -1 : b.date > a.date ? 1 : (b.publishedAt ?? 0) - (a.publishedAt ?? 0)));
}

/**
 * Sets one front matter key, read and written in one step so two fields typed in quick succession
 * never overwrite each other. An existing key keeps its place; a new one goes last.
 */
export async function setFrontMatterValue(issueId: string, key: string, value: FrontMatterValue): Promise<void> {
  await db.issues.update(issueId, (issue) => {
    issue.frontMatter[key] = value;
    issue.updatedAt = Date.now();
  });
}

/**
 * Sets one front matter key if its stored value is still the one the writer started from (`unchanged`
 * says so; db/pick-patch's rule, issue 8). Otherwise nothing is written and the stored value comes back as
 * `stale`, for the field to show while it keeps the curator's text aside. Null when the issue is gone.
 */
export function patchFrontMatterValue(
  issueId: string,
  key: string,
  value: FrontMatterValue,
  unchanged: (stored: FrontMatterValue | undefined) => boolean,
): Promise<{ stale?: FrontMatterValue | undefined } | null> {
  return db.transaction('rw', db.issues, async () => {
    const issue = await db.issues.get(issueId);
    if (!issue) return null;
    const stored = Object.hasOwn(issue.frontMatter, key) ? issue.frontMatter[key] : undefined;
    if (!unchanged(stored)) return { stale: stored };
    // An existing key keeps its place; a new one goes last.
    await db.issues.put({ ...issue, frontMatter: { ...issue.frontMatter, [key]: value }, updatedAt: Date.now() });
    return {};
  });
}

/** Renames a key in place (same position). False when `to` is empty or already used. */
export function renameFrontMatterKey(issueId: string, from: string, to: string): Promise<boolean> {
  return db.transaction('rw', db.issues, async () => {
    const issue = await db.issues.get(issueId);
    if (!issue || to === '' || !(from in issue.frontMatter) || (to !== from && to in issue.frontMatter)) return false;
    const renamed = Object.entries(issue.frontMatter).map(([key, value]) => [key === from ? to : key, value] as const);
    await db.issues.update(issueId, { frontMatter: Object.fromEntries(renamed), updatedAt: Date.now() });
    return true;
  });
}

export async function removeFrontMatterKey(issueId: string, key: string): Promise<void> {
  await db.issues.update(issueId, (issue) => {
    delete issue.frontMatter[key];
    issue.updatedAt = Date.now();
  });
}

/**
 * Changes the issue's date. A title still equal to the pattern written for the old date follows the
 * new date; a title the curator wrote stays as it is.
 */
export function updateIssueDate(issueId: string, date: string, titlePattern: string | null): Promise<void> {
  // Jekyll stops on a file named 2025-02-31-….md: such a date never reaches the database.
  if (!isCalendarDate(date)) return Promise.reject(new Error(`Not a calendar date: ${date.slice(0, 40)}`));
  return db.transaction('rw', db.issues, async () => {
    const issue = await db.issues.get(issueId);
    if (!issue) return;
    const frontMatter = { ...issue.frontMatter };
    // The settings' pattern, or the issue language's own default (the settings may have switched language).
    const patterns = [titlePattern, defaultTitlePattern(issue.language)].filter((pattern) => pattern !== null);
    const followed = patterns.find((pattern) => frontMatter.title === formatIssueTitle(pattern, issue.date, issue.language));
    if (followed !== undefined) frontMatter.title = formatIssueTitle(followed, date, issue.language);
    await db.issues.update(issueId, { date, frontMatter, updatedAt: Date.now() });
  });
}

/** Where Publish to repository put an issue. */
export interface PublishedCommit {
  commit: string;
  path: string;
}

/** The newest other draft that holds no block yet, if any: the next issue already started. */
async function emptyDraftOtherThan(issueId: string): Promise<Issue | undefined> {
  const drafts = (await db.issues.where('status').equals('draft').toArray())
    .filter((issue) => issue.id !== issueId)
    .sort((a, b) => b.createdAt - a.createdAt);
  for (const draft of drafts) {
    if ((await db.blocks.where('issueId').equals(draft.id).count()) === 0) return draft;
  }
  return undefined;
}

/**
 * Moves a draft to the archive (its picks stay attached, so they count as published) and returns the
 * draft to work on next, in one transaction: an empty draft already there, else a fresh one (publishing
 * twice in a row used to leave two identical empty drafts, issue 10).
 */
export function publishIssue(issueId: string, defaults: DraftDefaults, commit?: PublishedCommit): Promise<Issue> {
  return db.transaction('rw', db.issues, db.blocks, async () => {
    const now = Date.now();
    const where = commit && { publishedCommit: commit.commit, publishedPath: commit.path };
    const changed = await db.issues.update(issueId, { status: 'published', publishedAt: now, updatedAt: now, ...where });
    if (!changed) throw new Error(`No issue ${issueId}`);
    const waiting = await emptyDraftOtherThan(issueId);
    if (waiting) return waiting;
    const fresh = draftOf(defaults, localIsoDate());
    await db.issues.add(fresh);
    return fresh;
  });
}

/** Brings a published issue back to the drafts, blocks and picks unchanged. */
export async function reopenIssue(issueId: string): Promise<void> {
  await db.issues.update(issueId, { status: 'draft', publishedAt: null, updatedAt: Date.now() });
}

/** What deleting a draft took away: the issue, its blocks, and which picks it held (now in the inbox). */
export interface RemovedDraft {
  issue: Issue;
  blocks: Block[];
  pickIds: string[];
}

/** Deletes a draft and its blocks; its picks go back to the inbox, never lost. Returns what it removed (for "Undo"). */
export function deleteDraft(issueId: string): Promise<RemovedDraft | null> {
  return db.transaction('rw', db.issues, db.blocks, db.picks, async () => {
    const issue = await db.issues.get(issueId);
    if (!issue) return null;
    if (issue.status !== 'draft') throw new Error('Only a draft can be deleted; reopen it first.');
    const now = Date.now();
    const pickIds = (await db.picks.where('issueId').equals(issueId).primaryKeys()) as string[];
    await db.picks.where('issueId').equals(issueId).modify({ issueId: '', updatedAt: now });
    const blocks = await db.blocks.where('issueId').equals(issueId).toArray();
    await db.blocks.bulkDelete(blocks.map((block) => block.id));
    await db.issues.delete(issueId);
    return { issue, blocks, pickIds };
  });
}
