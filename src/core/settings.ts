// Settings with their defaults. Stored settings may come from an older version or a backup file, so
// `mergeSettings` accepts anything and keeps only what has the right shape. Defaults follow the language
// (core/language-defaults): the browser's until the curator picks one in Settings.
import {
  defaultsLanguageOf, defaultTemplates, defaultTitlePattern, isDefaultTemplate, isDefaultTitlePattern,
} from './language-defaults';
import type { FrontMatter, FrontMatterValue, Settings, Templates } from './types';

/** The defaults for issues written in `language`: the reference issue's front matter, in its order. */
export function defaultSettings(language: string): Settings {
  return {
    templates: defaultTemplates(language),
    frontMatterDefaults: {
      layout: 'post',
      title: defaultTitlePattern(language),
      tags: [],
      comments: true,
      mathjax: true,
      author: '',
    },
    language: defaultsLanguageOf(language),
  };
}

/** The French defaults, which rebuild the reference issue. */
export const DEFAULT_SETTINGS: Settings = defaultSettings('fr');

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFrontMatterValue(value: unknown): value is FrontMatterValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

// A stored template or title pattern that is some language's default is not the curator's own words: it
// follows the language, so switching French ⇄ English switches "Accéder au lien" ⇄ "Read more" too.
function mergeTemplates(value: unknown, language: string): Templates {
  const templates = { ...defaultTemplates(language) };
  if (!isRecord(value)) return templates;
  for (const kind of Object.keys(templates) as (keyof Templates)[]) {
    const template = value[kind];
    if (typeof template === 'string' && !isDefaultTemplate(kind, template)) templates[kind] = template;
  }
  return templates;
}

function mergeFrontMatter(value: unknown, language: string): FrontMatter {
  // The curator's own defaults replace ours as a whole: a key they removed must stay removed.
  const source: Record<string, unknown> = isRecord(value) ? value : defaultSettings(language).frontMatterDefaults;
  // fromEntries defines own properties, so even a `__proto__` key stays an ordinary key.
  return Object.fromEntries(
    Object.entries(source)
      .filter((entry): entry is [string, FrontMatterValue] => isFrontMatterValue(entry[1]))
      .map(([key, item]) => [key, key === 'title' && isDefaultTitlePattern(item) ? defaultTitlePattern(language) : item])
      .map(([key, item]) => [key, Array.isArray(item) ? [...item] : item]),
  );
}

/**
 * Settings from stored or imported data: missing or malformed parts fall back to the defaults of the stored
 * language, or else of `browserLanguage` (a BCP 47 tag such as `en-US`; French when not given).
 */
export function mergeSettings(partial: unknown, browserLanguage = 'fr'): Settings {
  const source = isRecord(partial) ? partial : {};
  const stored = source.language;
  const language = typeof stored === 'string' && stored.trim() !== '' ? stored : defaultsLanguageOf(browserLanguage);
  return {
    templates: mergeTemplates(source.templates, language),
    frontMatterDefaults: mergeFrontMatter(source.frontMatterDefaults, language),
    language,
  };
}
