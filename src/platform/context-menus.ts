import { browser, type Menus } from './browser';
import { t } from './i18n';

/** The capture entries of the page's context menu; each id names what it adds. */
export type CaptureMenuId = 'gleaner-add-link' | 'gleaner-add-selection' | 'gleaner-add-page';

const MENUS: ReadonlyArray<{ id: CaptureMenuId; context: Menus.ContextType; message: string }> = [
  { id: 'gleaner-add-link', context: 'link', message: 'bg_menuAddLink' },
  { id: 'gleaner-add-selection', context: 'selection', message: 'bg_menuAddSelection' },
  { id: 'gleaner-add-page', context: 'page', message: 'bg_menuAddPage' },
];

export function isCaptureMenuId(id: string | number): id is CaptureMenuId {
  return MENUS.some((menu) => menu.id === id);
}

/** (Re)creates the entries; removing first makes it safe to call on install, update and startup alike. */
export async function createCaptureMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const menu of MENUS) {
    browser.contextMenus.create({ id: menu.id, title: t(menu.message), contexts: [menu.context] });
  }
}
