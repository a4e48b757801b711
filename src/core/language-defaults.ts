// Defaults that depend on the language of the issues: the title pattern and the templates' own words.
// French rebuilds the reference issue; English is written the English way ("Newsletter of November 30,
// 2026", "**Title:**", "Read more ->"). A curator's first draft follows the browser's language (issue 13).
import { DEFAULT_TEMPLATES } from './templates';
import type { Templates } from './types';

/** The languages Gleaner has defaults for. */
export type DefaultsLanguage = 'fr' | 'en';

export const DEFAULTS_LANGUAGES: readonly DefaultsLanguage[] = ['fr', 'en'];

/** `fr-CA` → `fr`; any language without defaults of its own gets the English ones. */
export function defaultsLanguageOf(language: string): DefaultsLanguage {
  return /^fr(?:[-_]|$)/i.test(language.trim()) ? 'fr' : 'en';
}

const TITLE_PATTERNS: Record<DefaultsLanguage, string> = {
  fr: 'Newsletter du {Date}',
  en: 'Newsletter of {Date}',
};

/** The default title pattern of issues written in `language` (see core/issue-title). */
export function defaultTitlePattern(language: string): string {
  return TITLE_PATTERNS[defaultsLanguageOf(language)];
}

/** What English changes in the reference issue's templates: French typography and the call to action. */
export const ENGLISH_REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  [/ :\*\*/g, ':**'],
  [/\[Accéder au lien ->\]/g, '[Read more ->]'],
];

function inEnglish(template: string): string {
  return ENGLISH_REWRITES.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), template);
}

const ENGLISH_TEMPLATES: Templates = {
  link: inEnglish(DEFAULT_TEMPLATES.link),
  featured: inEnglish(DEFAULT_TEMPLATES.featured),
  sponsor: inEnglish(DEFAULT_TEMPLATES.sponsor),
  heading: inEnglish(DEFAULT_TEMPLATES.heading),
};

/** The default templates for issues written in `language`. */
export function defaultTemplates(language: string): Templates {
  return defaultsLanguageOf(language) === 'fr' ? DEFAULT_TEMPLATES : ENGLISH_TEMPLATES;
}

/** Whether `template` is the default of `kind` in some language (so not the curator's own words). */
export function isDefaultTemplate(kind: keyof Templates, template: string): boolean {
  return DEFAULTS_LANGUAGES.some((language) => defaultTemplates(language)[kind] === template);
}

/** Whether `pattern` is some language's default title pattern. */
export function isDefaultTitlePattern(pattern: unknown): boolean {
  return DEFAULTS_LANGUAGES.some((language) => TITLE_PATTERNS[language] === pattern);
}
