// What the popup finds when it opens: the tab, whether it may be captured, and the pick it edits.
// Opening the popup on a page not yet picked captures it (like a bookmark star): the pick is built here and
// its store is on its way to the background before the first keystroke (see pick-sender). The page is
// looked up with a plain IndexedDB read (db/page-lookup), so the popup never loads Dexie.
import { buildPick, pickToReopen, restrictionOf, type PageMetadata, type PickPlace, type Restriction } from '../core/capture';
import type { Pick } from '../core/types';
import { withoutSiteName } from '../core/page-title';
import { withoutTracking } from '../core/url-key';
import { storageFailureOf, type StorageFailure } from '../db/errors';
import { lookUpPage } from '../db/page-lookup';
import { fileAccessAllowed, tabToCapture, type CaptureTab } from '../platform/active-tab';
import { readPageMetadata } from '../platform/page-metadata';
import type { PickConnection } from '../platform/pick-write-port';
import { PickSender } from './pick-sender';
import { shownError } from '../platform/log';

/** The page as the popup found it; `metadata` arrives later (null when the page cannot be read). */
export interface CapturedPage {
  tab: CaptureTab;
  restriction: Restriction | null;
  metadata: Promise<PageMetadata | null>;
}

export type CaptureStart =
  | { kind: 'not-capturable' }
  | { kind: 'editing'; page: CapturedPage; pick: Pick; place: PickPlace; isNew: boolean; sender: PickSender }
  | { kind: 'published'; page: CapturedPage; pick: Pick; place: Extract<PickPlace, { kind: 'published' }> }
  | { kind: 'storage-failed'; failure: StorageFailure; message: string };

/**
 * A new inbox pick for the tab (stored by the background through its sender). Its title loses the site's
 * name at once; og:title, read from the page a moment later, may still replace it (metadataChanges).
 */
export function pickTab(tab: CaptureTab): Pick {
  const url = withoutTracking(tab.url);
  return buildPick({ url, title: withoutSiteName(tab.title, url) || url }, crypto.randomUUID(), Date.now());
}

export async function openCapture(tabId: number | null, writes: PickConnection): Promise<CaptureStart> {
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
    const current = pickToReopen(await lookUpPage(tab.url));
    if (current?.place.kind === 'published') return { kind: 'published', page, pick: current.pick, place: current.place };
    if (current) {
      return { kind: 'editing', page, pick: current.pick, place: current.place, isNew: false, sender: new PickSender(writes, current.pick, false) };
    }
    const pick = pickTab(tab);
    return { kind: 'editing', page, pick, place: { kind: 'inbox' }, isNew: true, sender: new PickSender(writes, pick, true) };
  } catch (error) {
    return { kind: 'storage-failed', failure: storageFailureOf(error), message: shownError(error) };
  }
}
