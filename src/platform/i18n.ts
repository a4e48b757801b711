import { browser } from './browser';

/**
 * A message from `_locales/<lang>/messages.json`, in the browser's UI language.
 * Falls back to the key itself so a missing translation shows up instead of an empty control.
 */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** Translates every `[data-i18n]` element's text and `[data-i18n-label]` aria-label in `root`. */
export function localizeDocument(root: ParentNode = document): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n!);
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    element.setAttribute('aria-label', t(element.dataset.i18nLabel!));
  }
}
