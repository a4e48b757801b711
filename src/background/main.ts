// The service worker (an event page in Firefox). Listeners are registered synchronously at the top level,
// so a worker woken by a menu click finds them again after every restart.
// First: isomorphic-git (sync) reads the global Buffer.
import '../git/buffer-global';
import { browser } from '../platform/browser';
import { createCaptureMenus } from '../platform/context-menus';
import { servePickWrites } from '../platform/pick-write-serve';
import { watchInboxBadge } from './inbox-badge';
import { captureLink, capturePage } from './capture';
import { onMenuClick } from './menu-clicks';
import { pickWrites } from './pick-writes';
import { runSync, startSyncLoop } from './sync-loop';
import { logError } from '../platform/log';

const menusFailed = (error: unknown): void => logError('could not create the menus', error);
browser.runtime.onInstalled.addListener(() => createCaptureMenus().catch(menusFailed));
// Menus survive restarts in Chromium; recreating them on startup covers browsers that forget them.
browser.runtime.onStartup.addListener(() => createCaptureMenus().catch(menusFailed));
browser.contextMenus.onClicked.addListener((info, tab) => {
  onMenuClick(info, tab).catch((error: unknown) => logError('capture from the menu failed', error));
});

servePickWrites(pickWrites);
watchInboxBadge();
startSyncLoop();

// The same handlers the menus call, reachable from the E2E tests through the worker (headless Chromium
// cannot click a context menu). Harmless in use: only the extension's own contexts can see this global.
Object.assign(globalThis, { gleaner: { capturePage, captureLink, onMenuClick, runSync } });
