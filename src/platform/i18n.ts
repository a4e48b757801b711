import { browser } from './native-browser';

/**
 * A message from `_locales/<lang>/messages.json`, in the browser's UI language.
 * Falls back to the key itself so a missing translation shows up instead of an empty control.
 */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
