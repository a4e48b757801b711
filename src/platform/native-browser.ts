// The browser's own extension API, for the modules the popup loads: webextension-polyfill is ≈ 3 KiB gzip of
// the popup's 20 KiB budget (test/budget) and these modules do not need it. Firefox has `browser`; Chrome
// (≥ 102, manifest.json's minimum) returns promises from every API they call (tabs, scripting, storage,
// runtime.openOptionsPage, extension.isAllowedFileSchemeAccess) when given no callback, and the polyfill
// never wrapped ports. What does need it (runtime.onMessage listeners answering with a promise, in the
// background) keeps importing platform/browser.
import type { Browser } from 'webextension-polyfill';

interface ExtensionGlobals {
  browser?: Browser;
  chrome?: Browser;
}

const globals = globalThis as ExtensionGlobals;

/** `browser` in Firefox, `chrome` in Chromium; undefined outside an extension page (unit tests mock callers). */
export const browser: Browser = (globals.browser ?? globals.chrome)!;
