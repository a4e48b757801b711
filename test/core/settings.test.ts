import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, defaultSettings, mergeSettings } from '../../src/core/settings';
import { DEFAULT_TEMPLATES } from '../../src/core/templates';

describe('DEFAULT_SETTINGS', () => {
  test("holds the reference issue's front matter keys in its order", () => {
    expect(Object.keys(DEFAULT_SETTINGS.frontMatterDefaults)).toEqual(['layout', 'title', 'tags', 'comments', 'mathjax', 'author']);
    expect(DEFAULT_SETTINGS.templates).toEqual(DEFAULT_TEMPLATES);
    expect(DEFAULT_SETTINGS.language).toBe('fr');
  });
});

describe('mergeSettings', () => {
  test('gives the defaults for nothing, or for something that is not an object', () => {
    for (const input of [undefined, null, 42, 'x', []]) expect(mergeSettings(input)).toEqual(DEFAULT_SETTINGS);
  });
  test('keeps what is valid and fills the rest', () => {
    const merged = mergeSettings({ templates: { link: 'L', heading: 7 }, language: 'en' });
    expect(merged.templates).toEqual({ ...defaultSettings('en').templates, link: 'L' });
    expect(merged.language).toBe('en');
    expect(merged.frontMatterDefaults).toEqual(defaultSettings('en').frontMatterDefaults);
  });
  test("keeps the curator's front matter defaults as a whole, dropping invalid values", () => {
    const merged = mergeSettings({ frontMatterDefaults: { title: 'T', extra: { nested: true }, tags: ['a', 1], n: 3 } });
    expect(merged.frontMatterDefaults).toEqual({ title: 'T', n: 3 });
  });
  test('keeps a __proto__ key as an ordinary key', () => {
    const merged = mergeSettings(JSON.parse('{"frontMatterDefaults": {"__proto__": "x"}}'));
    expect(Object.keys(merged.frontMatterDefaults)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(merged.frontMatterDefaults)).toBe(Object.prototype);
  });
  test('does not share arrays with the input or the defaults', () => {
    const tags = ['a'];
    const merged = mergeSettings({ frontMatterDefaults: { tags } });
    tags.push('b');
    expect(merged.frontMatterDefaults.tags).toEqual(['a']);
    expect(mergeSettings({}).frontMatterDefaults.tags).not.toBe(DEFAULT_SETTINGS.frontMatterDefaults.tags);
  });
});

describe('defaults that follow the language', () => {
  test("an English browser's first settings are English, a French one's French", () => {
    expect(mergeSettings({}, 'en-US')).toEqual(defaultSettings('en'));
    expect(mergeSettings({}, 'en-US').frontMatterDefaults.title).toBe('Newsletter of {Date}');
    expect(mergeSettings({}, 'fr-FR')).toEqual(DEFAULT_SETTINGS);
    expect(mergeSettings({}, 'de')).toEqual(defaultSettings('en'));
  });
  test('a language chosen in Settings wins over the browser’s', () => {
    expect(mergeSettings({ language: 'fr' }, 'en-US')).toEqual(DEFAULT_SETTINGS);
    expect(mergeSettings({ language: 'en' }, 'fr-FR')).toEqual(defaultSettings('en'));
  });
  test('stored defaults follow a switch of language; the curator’s own words stay', () => {
    const storedInFrench = { ...DEFAULT_SETTINGS, templates: { ...DEFAULT_TEMPLATES, link: 'mine' } };
    const english = mergeSettings({ ...storedInFrench, language: 'en' });
    expect(english.templates).toEqual({ ...defaultSettings('en').templates, link: 'mine' });
    expect(english.frontMatterDefaults.title).toBe('Newsletter of {Date}');
    const own = mergeSettings({ frontMatterDefaults: { title: 'Issue {date}' }, language: 'en' });
    expect(own.frontMatterDefaults.title).toBe('Issue {date}');
  });
});
