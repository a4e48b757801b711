// Capture without opening a page: what the context-menu entries do. Plain functions, so the E2E tests can
// call exactly what a menu click calls (menus cannot be clicked in headless Chromium).
import { pickToReopen, quoteBlurb, restrictionOf, withQuote } from '../core/capture';
import type { Pick } from '../core/types';
import { withoutTracking } from '../core/url-key';
import { serializedCapture } from '../db/pick-capture';
import { createPick, findPicksForUrl, updatePick } from '../db/picks';

export interface PageCapture {
  url: string;
  title: string;
  /** Selected text, quoted at the start of the blurb. */
  selection?: string;
}

/**
 * Adds a page to the inbox, or returns the pick already being worked on for it (with the selection
 * quoted after its blurb, so nothing written is lost). A published pick is never edited: the page is
 * picked again. Null for pages that are not articles (browser pages, `javascript:` links...).
 */
export async function capturePage({ url, title, selection = '' }: PageCapture): Promise<Pick | null> {
  if (restrictionOf(url, true) === 'internal') return null;
  // Looked up and written in one transaction: two clicks at once add the page once (db/pick-capture).
  const pick = await serializedCapture(async () => {
    const current = pickToReopen(await findPicksForUrl(url));
    if (current && current.place.kind !== 'published') {
      const changes = selection.trim()
        ? { blurb: withQuote(current.pick.blurb, selection), quote: selection.trim() }
        : {};
      await updatePick(current.pick.id, changes);
      return { ...current.pick, ...changes };
    }
    const cleanUrl = withoutTracking(url);
    return createPick({ url: cleanUrl, title: title.trim() || cleanUrl, blurb: quoteBlurb(selection), quote: selection.trim() });
  });
  return pick;
}

export interface LinkCapture {
  linkUrl: string;
  /** The link's text: Firefox gives it, Chromium does not (the caller reads it from the page then). */
  linkText: string;
}

/** Adds the target of a link without visiting it; its text becomes the title. */
export function captureLink({ linkUrl, linkText }: LinkCapture): Promise<Pick | null> {
  return capturePage({ url: linkUrl, title: linkText });
}
