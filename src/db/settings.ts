// Settings, one row per concern (templates, front matter defaults, language): saving one never rewrites
// another that a second options tab may be editing. Missing or stale rows fall back to the defaults.
import { liveQuery, type Observable } from 'dexie';
import { defaultTemplates } from '../core/language-defaults';
import { mergeSettings } from '../core/settings';
import { templateSizeProblem } from '../core/templates';
import type { FrontMatter, FrontMatterValue, PickKind, Settings, Templates } from '../core/types';
import { db } from './db';

/** The row keys, named after the Settings fields they hold. */
export const SETTING_KEYS = ['templates', 'frontMatterDefaults', 'language'] as const satisfies readonly (keyof Settings)[];

/**
 * The browser's UI language (the one its menus and Gleaner's own interface speak), which sets the defaults
 * until the curator picks a language in Settings. Read from the `chrome` global, present in every extension
 * page and worker of Chromium and Firefox, rather than through platform/: that would pull
 * webextension-polyfill into Node (unit tests, CLI), where navigator.language stands in.
 */
function browserLanguage(): string {
  const { chrome } = globalThis as { chrome?: { i18n?: { getMessage?(name: string): string } } };
  // The language the messages are really in, as they say themselves (`msg_lang`, as the popup does):
  // Chromium's getUILanguage() and @@ui_locale can disagree with it (seen with --lang=fr on Linux).
  return chrome?.i18n?.getMessage?.('msg_lang') || globalThis.navigator?.language || 'fr';
}

export async function loadSettings(): Promise<Settings> {
  const rows = await db.settings.bulkGet([...SETTING_KEYS]);
  const stored: Record<string, unknown> = {};
  for (const row of rows) if (row) stored[row.key] = row.value;
  return mergeSettings(stored, browserLanguage());
}

/** The settings, re-read whenever any extension page writes them. */
export function liveSettings(): Observable<Settings> {
  return liveQuery(loadSettings);
}

export async function saveTemplates(templates: Templates): Promise<void> {
  await db.settings.put({ key: 'templates', value: templates, updatedAt: Date.now() });
}

/** Saves one template as typed, keeping the others as they are (read and write in one transaction). */
export async function saveTemplate(kind: keyof Templates, template: string): Promise<void> {
  // Refused, not cut: the editor keeps the text and shows this message (core/limits).
  const tooLong = templateSizeProblem(template);
  if (tooLong !== null) throw new Error(tooLong);
  await db.transaction('rw', db.settings, async () => {
    const { templates } = await loadSettings();
    await saveTemplates({ ...templates, [kind]: template });
  });
}

/** Every template back to its default. */
export async function resetTemplates(): Promise<void> {
  await db.settings.delete('templates');
}

/** One template back to its default; returns the text it replaced, for an undo. */
export async function resetTemplate(kind: PickKind | 'heading'): Promise<string> {
  return db.transaction('rw', db.settings, async () => {
    const { templates, language } = await loadSettings();
    await saveTemplates({ ...templates, [kind]: defaultTemplates(language)[kind] });
    return templates[kind];
  });
}

export async function saveFrontMatterDefaults(frontMatter: FrontMatter): Promise<void> {
  await db.settings.put({ key: 'frontMatterDefaults', value: frontMatter, updatedAt: Date.now() });
}

/**
 * One front matter default, keeping the others and their order (a new key goes last). Read and written in
 * one transaction, so two fields typed in quick succession never overwrite each other.
 */
export async function saveFrontMatterDefault(key: string, value: FrontMatterValue): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const { frontMatterDefaults } = await loadSettings();
    await saveFrontMatterDefaults({ ...frontMatterDefaults, [key]: value });
  });
}

/** Default language of new issues (BCP 47, e.g. `fr`). */
export async function saveLanguage(language: string): Promise<void> {
  await db.settings.put({ key: 'language', value: language, updatedAt: Date.now() });
}
