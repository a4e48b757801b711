// The one import of webextension-polyfill: unit tests mock this module instead of the browser.
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs, Menus } from 'webextension-polyfill';
