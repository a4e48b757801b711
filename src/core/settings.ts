// Settings with their defaults. Stored settings may come from an older version or a backup file, so
// `mergeSettings` accepts anything and keeps only what has the right shape.
import { DEFAULT_TEMPLATES } from './templates';
import type { FrontMatter, FrontMatterValue, Settings, Templates } from './types';

/** The reference issue's front matter, in its order; `title` is a pattern (see core/issue-title). */
export const DEFAULT_SETTINGS: Settings = {
  templates: DEFAULT_TEMPLATES,
  frontMatterDefaults: {
    layout: 'post',
    title: 'Newsletter du {Date}',
    tags: [],
    comments: true,
    mathjax: true,
    author: '',
  },
  language: 'fr',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFrontMatterValue(value: unknown): value is FrontMatterValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function mergeTemplates(value: unknown): Templates {
  const templates = { ...DEFAULT_TEMPLATES };
  if (!isRecord(value)) return templates;
  for (const kind of Object.keys(templates) as (keyof Templates)[]) {
    const template = value[kind];
    if (typeof template === 'string') templates[kind] = template;
  }
  return templates;
}

function mergeFrontMatter(value: unknown): FrontMatter {
  // The curator's own defaults replace ours as a whole: a key they removed must stay removed.
  const source: Record<string, unknown> = isRecord(value) ? value : DEFAULT_SETTINGS.frontMatterDefaults;
  // fromEntries defines own properties, so even a `__proto__` key stays an ordinary key.
  return Object.fromEntries(
    Object.entries(source)
      .filter((entry): entry is [string, FrontMatterValue] => isFrontMatterValue(entry[1]))
      .map(([key, item]) => [key, Array.isArray(item) ? [...item] : item]),
  );
}

/** Settings from stored or imported data: missing or malformed parts fall back to the defaults. */
export function mergeSettings(partial: unknown): Settings {
  const source = isRecord(partial) ? partial : {};
  const language = source.language;
  return {
    templates: mergeTemplates(source.templates),
    frontMatterDefaults: mergeFrontMatter(source.frontMatterDefaults),
    language: typeof language === 'string' && language.trim() !== '' ? language : DEFAULT_SETTINGS.language,
  };
}
