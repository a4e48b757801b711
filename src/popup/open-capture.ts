// What the popup finds when it opens: the tab, whether it may be captured, and the pick it edits.
// Opening the popup on a page not yet picked captures it (like a bookmark star): the pick exists before
// the first keystroke, so every keystroke is a plain update and the badge counts it at once.
import { pickToReopen, restrictionOf, type PageMetadata, type PickPlace, type Restriction } from '../core/capture';
import type { Pick } from '../core/types';
import { normalizeUrl, withoutTracking } from '../core/url-key';
import { storageFailureOf, type StorageFailure } from '../db/errors';
import { createPick, findPicksForUrl } from '../db/picks';
import { fileAccessAllowed, tabToCapture, type CaptureTab } from '../platform/active-tab';
import { readPageMetadata } from '../platform/page-metadata';

/** The page as the popup found it; `metadata` arrives later (null when the page cannot be read). */
export interface CapturedPage {
  tab: CaptureTab;
  restriction: Restriction | null;
  metadata: Promise<PageMetadata | null>;
}

export type CaptureStart =
  | { kind: 'not-capturable' }
  | { kind: 'editing'; page: CapturedPage; pick: Pick; place: PickPlace; isNew: boolean }
  | { kind: 'published'; page: CapturedPage; pick: Pick; place: Extract<PickPlace, { kind: 'published' }> }
  | { kind: 'storage-failed'; failure: StorageFailure; message: string };

/** A new inbox pick for the tab. */
export async function pickTab(tab: CaptureTab): Promise<Pick> {
  const url = withoutTracking(tab.url);
  return createPick({ url, title: tab.title.trim() || url });
}

export async function openCapture(tabId: number | null): Promise<CaptureStart> {
  const tab = await tabToCapture(tabId);
  // No tab, or one whose URL the browser hides from us, is as uncapturable as a settings page.
  if (!tab) return { kind: 'not-capturable' };
  const fileAccess = tab.url.startsWith('file:') ? await fileAccessAllowed() : false;
  const restriction = restrictionOf(tab.url, fileAccess);
  if (restriction === 'internal') return { kind: 'not-capturable' };
  // Read the page while the database answers: the form shows first, metadata fills in when it comes.
  const metadata = restriction ? Promise.resolve(null) : readPageMetadata(tab.id);
  const page: CapturedPage = { tab, restriction, metadata };
  try {
    const current = pickToReopen(await findPicksForUrl(tab.url));
    if (current?.place.kind === 'published') return { kind: 'published', page, pick: current.pick, place: current.place };
    if (current) return { kind: 'editing', page, pick: current.pick, place: current.place, isNew: false };
    return { kind: 'editing', page, pick: await pickTab(tab), place: { kind: 'inbox' }, isNew: true };
  } catch (error) {
    return { kind: 'storage-failed', failure: storageFailureOf(error), message: error instanceof Error ? error.message : String(error) };
  }
}

/** A canonical URL is only a cleaner spelling of the same page if it has the same identity. */
export function isSamePage(canonicalUrl: string | null, tabUrl: string): canonicalUrl is string {
  return canonicalUrl !== null && normalizeUrl(canonicalUrl) === normalizeUrl(tabUrl);
}
