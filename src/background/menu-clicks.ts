import type { PageMetadata } from '../core/capture';
import { bestPageTitle } from '../core/page-title';
import type { Pick } from '../core/types';
import type { Menus, Tabs } from '../platform/browser';
import { isCaptureMenuId, type CaptureMenuId } from '../platform/context-menus';
import { readLinkText, readPageMetadata } from '../platform/page-metadata';
import { captureLink, capturePage } from './capture';

type MenuHandler = (info: Menus.OnClickData, tab: Tabs.Tab | undefined) => Promise<Pick | null>;

/** Chromium gives no link text: read it from the page (the menu click granted activeTab on it). */
async function linkTextOf(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<string> {
  if (info.linkText?.trim()) return info.linkText;
  if (info.selectionText?.trim()) return info.selectionText;
  return tab?.id === undefined ? '' : readLinkText(tab.id, info.linkUrl ?? '');
}

/** The page as a capture sees it: its best title (og:title or the tab's, without the site name) and selection. */
async function pageOf(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<{ url: string; title: string; selection: string }> {
  const url = info.pageUrl ?? tab?.url ?? '';
  const meta: PageMetadata | null = tab?.id === undefined ? null : await readPageMetadata(tab.id);
  const title = bestPageTitle({ tabTitle: tab?.title ?? '', ogTitle: meta?.title ?? '', siteName: meta?.siteName ?? '', url });
  // Chromium flattens a selection's line breaks in `selectionText`; the page still has them.
  const selection = meta?.selection.trim() ? meta.selection : (info.selectionText ?? '');
  return { url, title, selection };
}

const HANDLERS: Record<CaptureMenuId, MenuHandler> = {
  'gleaner-add-link': async (info, tab) =>
    captureLink({ linkUrl: info.linkUrl ?? '', linkText: await linkTextOf(info, tab) }),
  'gleaner-add-selection': async (info, tab) => capturePage(await pageOf(info, tab)),
  'gleaner-add-page': async (info, tab) => capturePage({ ...(await pageOf(info, tab)), selection: '' }),
};

/** What a click on one of Gleaner's context-menu entries does. */
export async function onMenuClick(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<Pick | null> {
  if (!isCaptureMenuId(info.menuItemId)) return null;
  return HANDLERS[info.menuItemId](info, tab);
}
