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

/** Chromium flattens a selection's line breaks in `selectionText`; the page still has them. */
async function selectionOf(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<string> {
  const fromPage = tab?.id === undefined ? null : await readPageMetadata(tab.id);
  return fromPage?.selection.trim() ? fromPage.selection : (info.selectionText ?? '');
}

const HANDLERS: Record<CaptureMenuId, MenuHandler> = {
  'gleaner-add-link': async (info, tab) =>
    captureLink({ linkUrl: info.linkUrl ?? '', linkText: await linkTextOf(info, tab) }),
  'gleaner-add-selection': async (info, tab) =>
    capturePage({ url: info.pageUrl ?? tab?.url ?? '', title: tab?.title ?? '', selection: await selectionOf(info, tab) }),
  'gleaner-add-page': (info, tab) => capturePage({ url: info.pageUrl ?? tab?.url ?? '', title: tab?.title ?? '' }),
};

/** What a click on one of Gleaner's context-menu entries does. */
export async function onMenuClick(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<Pick | null> {
  if (!isCaptureMenuId(info.menuItemId)) return null;
  return HANDLERS[info.menuItemId](info, tab);
}
