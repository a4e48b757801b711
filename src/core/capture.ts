// Pure helpers of capture: which pages may be read, how a selection starts a blurb, which stored pick a
// page reopens. No browser APIs here: the popup and the background inject what the browser told them.
import { escapeInline } from './escape-inline';
import { bestPageTitle, withoutSiteName } from './page-title';
import type { Issue, Pick } from './types';
import { normalizeUrl, withoutTracking } from './url-key';

/**
 * Why a page cannot be captured normally.
 * - `internal`: a browser page (settings, new tab, view-source...): nothing worth publishing, no capture.
 * - `store`: an extension store; browsers forbid scripts there, so only the title and URL are saved.
 * - `file`: a local file the user has not let Gleaner read; only the title and URL are saved.
 */
export type Restriction = 'internal' | 'store' | 'file';

/** Schemes a newsletter can link to, or at least that scripts can read. */
const CAPTURABLE_SCHEMES = new Set(['http:', 'https:', 'file:']);

/** Extension galleries: Chrome, Firefox and Edge refuse every extension's scripts on these pages. */
const STORE_PAGES: ReadonlyArray<{ host: string; path: string }> = [
  { host: 'chromewebstore.google.com', path: '/' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org', path: '/' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

/** What keeps Gleaner from reading `url`, or null when the page is an ordinary web page. */
export function restrictionOf(url: string, fileAccessAllowed: boolean): Restriction | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'internal';
  }
  if (!CAPTURABLE_SCHEMES.has(parsed.protocol)) return 'internal';
  if (parsed.protocol === 'file:') return fileAccessAllowed ? null : 'file';
  const host = parsed.hostname.toLowerCase();
  const isStore = STORE_PAGES.some((store) => host === store.host && parsed.pathname.startsWith(store.path));
  return isStore ? 'store' : null;
}

/**
 * A selection as a Markdown quote, ready for the curator's comment on the next line. The page's text is
 * escaped: it is quoted as the reader saw it, so `<img onerror>` shown as text on a page stays text in the
 * published issue, and a `[1]` in it does not take the link meant for the curator's own `[phrase]`.
 */
export function quoteBlurb(selection: string): string {
  const lines = selection.trim().split(/\r?\n/).map((line) => line.trim());
  const quoted = lines.map((line) => (line ? `> ${escapeInline(line)}` : '>')).join('\n');
  return quoted === '>' ? '' : `${quoted}\n\n`;
}

/** Adds a quote to a blurb without losing what the curator already wrote. */
export function withQuote(blurb: string, selection: string): string {
  const quote = quoteBlurb(selection);
  if (!quote) return blurb;
  if (!blurb.trim()) return quote;
  return `${blurb.trimEnd()}\n\n${quote}`;
}

/** Everything a caller may set on a pick; identity and timestamps are the database's business. */
export type PickFields = Omit<Pick, 'id' | 'urlKey' | 'createdAt' | 'updatedAt'>;
export type PickChanges = Partial<PickFields>;
export type NewPick = { url: string; title: string } & PickChanges;

/** A new inbox pick's whole record: the popup builds it, the background stores it. */
export function buildPick(fields: NewPick, id: string, now: number): Pick {
  return {
    blurb: '', emoji: '', kind: 'link', tags: [], image: null, description: '', siteName: '', quote: '', issueId: '',
    ...fields,
    id,
    urlKey: normalizeUrl(fields.url),
    createdAt: now,
    updatedAt: now,
  };
}

/** Where a stored pick is: waiting in the inbox, placed in a draft, or published in an archived issue. */
export type PickPlace =
  | { kind: 'inbox' }
  | { kind: 'draft'; issueId: string; title: string }
  | { kind: 'published'; issueId: string; title: string; date: string };

export interface PlacedPick {
  pick: Pick;
  place: PickPlace;
}

/** Where `pick` is, given the issues it may belong to. */
export function placeOf(pick: Pick, issues: ReadonlyMap<string, Issue>): PickPlace {
  const issue = pick.issueId ? issues.get(pick.issueId) : undefined;
  // A pick whose issue vanished is treated as waiting: it is what the inbox query will show too.
  if (!issue) return { kind: 'inbox' };
  const title = typeof issue.frontMatter.title === 'string' ? issue.frontMatter.title : issue.date;
  return issue.status === 'published'
    ? { kind: 'published', issueId: issue.id, title, date: issue.date }
    : { kind: 'draft', issueId: issue.id, title };
}

/**
 * What opening a page brings back: the pick still being worked on (newest first), or else the most recent
 * published one, which must not be edited silently.
 */
export function pickToReopen(found: readonly PlacedPick[]): PlacedPick | null {
  const newestFirst = [...found].sort((a, b) => b.pick.updatedAt - a.pick.updatedAt);
  return newestFirst.find((entry) => entry.place.kind !== 'published') ?? newestFirst[0] ?? null;
}

/** Page details read from the document on request (all optional: any of them may be missing). */
export interface PageMetadata {
  /** og:title (or twitter:title). */
  title: string;
  image: string | null;
  description: string;
  siteName: string;
  canonicalUrl: string | null;
  selection: string;
}

/** Tags as typed in one box: comma-separated, trimmed, without empties or repeats. */
export function parseTags(text: string): string[] {
  const tags = text.split(',').map((tag) => tag.trim()).filter(Boolean);
  return [...new Set(tags)];
}

/** What the popup knows when metadata arrives: the pick as it is now, and what the curator touched. */
export interface MetadataContext {
  current: Pick;
  /** Fields the curator edited in this popup: metadata never overwrites them. */
  touched: ReadonlySet<keyof Pick>;
  /** Whether this popup just created the pick (only then may the canonical URL replace the tab's). */
  isNew: boolean;
  tabUrl: string;
  /** The tab's own title, which og:title may beat (see core/page-title). */
  tabTitle: string;
}

/**
 * The changes page metadata brings to a pick: a new pick's title chosen (og:title or the tab's), empty fields filled, a selection quoted at the start of an
 * empty blurb, and a canonical URL that is the same page preferred over the address bar's spelling.
 */
export function metadataChanges(meta: PageMetadata, { current, touched, isNew, tabUrl, tabTitle }: MetadataContext): Partial<Pick> {
  const changes: Partial<Pick> = {};
  // A reopened pick whose title is still the tab's own (the popup closed before og:title came) gets it too.
  const titleIsTabs = current.title === tabTitle.trim() || current.title === withoutSiteName(tabTitle, tabUrl);
  if ((isNew || titleIsTabs) && !touched.has('title')) {
    const title = bestPageTitle({ tabTitle, ogTitle: meta.title, siteName: meta.siteName, url: tabUrl });
    if (title && title !== current.title) changes.title = title;
  }
  if (meta.image && !current.image && !touched.has('image')) changes.image = meta.image;
  if (meta.description && !current.description) changes.description = meta.description;
  if (meta.siteName && !current.siteName) changes.siteName = meta.siteName;
  const selection = meta.selection.trim();
  if (selection && selection !== current.quote) {
    changes.quote = selection;
    if (!current.blurb && !touched.has('blurb')) changes.blurb = quoteBlurb(selection);
  }
  const canonical = meta.canonicalUrl;
  if (isNew && canonical && !touched.has('url') && normalizeUrl(canonical) === normalizeUrl(tabUrl)) {
    const cleaned = withoutTracking(canonical);
    if (cleaned !== current.url) changes.url = cleaned;
  }
  return changes;
}
