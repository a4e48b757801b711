// The first screen's reads, asked at once as the page's script starts (docs/performance.md, "The first
// screen first"): settings, drafts, the first draft's content and the inbox's count and first picks. The
// components that show them would otherwise ask in turn (settings, then drafts, then the draft's blocks;
// the inbox's count, then its picks), one trip to IndexedDB and one render each.
// Their live queries take these results as their first value (useLiveQuery's `first`) and subscribe once
// the first screen is shown: what changed in between still shows then.
import type { Issue, Pick, Settings } from '../core/types';
import { loadIssueHead, listDrafts } from '../db/issues';
import type { ContentHead } from '../db/issue-content-watch';
import { writesMark } from '../db/table-writes';
import { inboxPage } from '../db/inbox';
import { countInbox, type EarlierCount } from '../db/inbox-count';
import { loadSettings } from '../db/settings';
import type { FirstRead } from '../ui/use-live-query';
import { firstScreenShown, isFirstScreenShown } from './first-screen';

/** How many of the inbox's newest picks are read ahead: more than a tall window shows. */
export const INBOX_HEAD = 60;

// Taken before any read: a write heard after it may be missing from what they return.
const mark = writesMark();
const settings = loadSettings();
const drafts = listDrafts();
/** How many of the draft's first blocks are read ahead: more than a tall window shows. */
export const DRAFT_HEAD = 60;

// The draft Compose opens with no choice made: the first of the list (use-open-draft). Its first blocks
// only: the whole draft is read once the first screen is shown.
const content = drafts.then((list) => (list[0] ? loadIssueHead(list[0].id, DRAFT_HEAD) : undefined));
const inboxHead = inboxPage(0, INBOX_HEAD);
// Counting 50,000 waiting picks walks their index: asked after the reads the first screen shows, so that
// IndexedDB (which answers in turn) does not keep them waiting; the inbox shows its first picks before.
const inboxCount = Promise.all([content, inboxHead]).then(countInbox, countInbox);
// A failed read here is asked again by the live query that would have used it (and reported there).
for (const read of [settings, drafts, content, inboxCount, inboxHead]) read.catch(() => undefined);

/** These reads are the first screen's only: afterwards each query reads for itself. */
function whileFirst<T>(read: Promise<T>): FirstRead<T> | undefined {
  return isFirstScreenShown() ? undefined : { value: read, liveFrom: firstScreenShown };
}

export const firstSettings = (): FirstRead<Settings> | undefined => whileFirst(settings);
export const firstDrafts = (): FirstRead<Issue[]> | undefined => whileFirst(drafts);
/** The inbox's count asked as the page started (until the first screen is shown), and the writes mark before it. */
export function firstInboxCount(): EarlierCount | undefined {
  const read = whileFirst(inboxCount);
  return read && { value: read.value, mark };
}

/** How many picks the read-ahead holds: the inbox's size to show until its count comes. */
export function firstInboxHeadSize(): Promise<number> | undefined {
  return whileFirst(inboxHead)?.value.then((picks) => picks.length);
}

/** The content of draft `issueId`, when it is the one read ahead. */
export function firstContent(issueId: string): ContentHead | undefined {
  if (issueId === '' || isFirstScreenShown()) return undefined;
  return {
    value: content.then((found) => (found?.issue.id === issueId ? found : Promise.reject(new Error('another draft')))),
    mark,
    rest: firstScreenShown,
  };
}

/** The inbox's picks from `start`, `count` of them, when the read-ahead holds them all. */
export function firstInboxPage(start: number, count: number): FirstRead<Pick[]> | undefined {
  if (start + count > INBOX_HEAD) return undefined;
  return whileFirst(inboxHead.then((picks) => picks.slice(start, start + count)));
}
