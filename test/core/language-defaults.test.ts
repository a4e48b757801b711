import { describe, expect, test } from 'vitest';
import { formatIssueTitle } from '../../src/core/issue-title';
import { defaultsLanguageOf, defaultTemplates, defaultTitlePattern, ENGLISH_REWRITES } from '../../src/core/language-defaults';
import { DEFAULT_TEMPLATES } from '../../src/core/templates';

describe('defaultsLanguageOf', () => {
  test('French for any French tag, English for everything else', () => {
    expect(['fr', 'fr-FR', 'fr_CA', 'FR-be'].map(defaultsLanguageOf)).toEqual(['fr', 'fr', 'fr', 'fr']);
    expect(['en', 'en-US', 'de', 'fry', ''].map(defaultsLanguageOf)).toEqual(['en', 'en', 'en', 'en', 'en']);
  });
});

describe('default title', () => {
  test('is written the way each language writes it', () => {
    expect(formatIssueTitle(defaultTitlePattern('en-US'), '2026-11-30', 'en')).toBe('Newsletter of November 30, 2026');
    expect(formatIssueTitle(defaultTitlePattern('fr'), '2025-11-12', 'fr')).toBe('Newsletter du 12 Novembre 2025');
  });
});

describe('default templates', () => {
  test('French are the reference issue’s', () => {
    expect(defaultTemplates('fr-FR')).toBe(DEFAULT_TEMPLATES);
  });
  test('English drop the French colon spacing and say "Read more"', () => {
    const english = defaultTemplates('en');
    expect(english.featured).toContain('[Read more ->]({{url}})');
    expect(english.featured).not.toContain('Accéder');
    expect(english.link).toContain('{{title}}:**');
    expect(Object.values(english).join('\n')).not.toMatch(/ :\*\*/);
  });
  test('every English rewrite still finds its French text (a changed default template must update them)', () => {
    const french = Object.values(DEFAULT_TEMPLATES).join('\n');
    for (const [pattern] of ENGLISH_REWRITES) expect(french).toMatch(new RegExp(pattern.source));
  });
});
