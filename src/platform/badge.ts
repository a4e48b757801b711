import { browser } from './browser';

/** Shows `count` on the toolbar button; nothing at all when there is nothing waiting. */
export async function showBadgeCount(count: number): Promise<void> {
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
}
