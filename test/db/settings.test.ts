import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, defaultSettings } from '../../src/core/settings';
import type { Settings } from '../../src/core/types';
import { db } from '../../src/db/db';
import {
  liveSettings, loadSettings, resetTemplate, resetTemplates, saveFrontMatterDefault, saveFrontMatterDefaults, saveLanguage, saveTemplate,
  saveTemplates,
} from '../../src/db/settings';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

test('an empty database gives the defaults', async () => {
  expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
});

describe("the browser's language", () => {
  afterEach(() => { vi.unstubAllGlobals(); });

  test('an English browser starts with English defaults, until a language is chosen', async () => {
    vi.stubGlobal('navigator', { language: 'en-US' });
    expect(await loadSettings()).toEqual(defaultSettings('en'));
    await saveLanguage('fr');
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('resetting a template gives the default of the language of new issues', async () => {
    await saveLanguage('en');
    await saveTemplate('featured', 'mine');
    await resetTemplate('featured');
    expect((await loadSettings()).templates.featured).toContain('[Read more ->]');
  });
});

describe('templates', () => {
  test('one template is saved as typed, the others keep their text', async () => {
    await saveTemplate('link', '{{emoji}} **{{title}}** ');
    const { templates } = await loadSettings();
    expect(templates.link).toBe('{{emoji}} **{{title}}** ');
    expect(templates.sponsor).toBe(DEFAULT_SETTINGS.templates.sponsor);
  });

  test('a template over the size limit is refused with its size, and nothing is saved', async () => {
    await expect(saveTemplate('link', 'x'.repeat(6_200_000))).rejects.toThrow('the template is 6,200,000 characters long; the limit is 100,000');
    expect((await loadSettings()).templates.link).toBe(DEFAULT_SETTINGS.templates.link);
  });

  test('saving all templates replaces them together', async () => {
    const mine = { link: 'L', featured: 'F', sponsor: 'S', heading: 'H' };
    await saveTemplates(mine);
    expect((await loadSettings()).templates).toEqual(mine);
  });

  test('resetting one template restores its default and returns the replaced text', async () => {
    await saveTemplate('featured', 'mine');
    await saveTemplate('link', 'kept');
    expect(await resetTemplate('featured')).toBe('mine');
    const { templates } = await loadSettings();
    expect(templates.featured).toBe(DEFAULT_SETTINGS.templates.featured);
    expect(templates.link).toBe('kept');
  });

  test('resetting all templates restores every default', async () => {
    await saveTemplates({ link: 'L', featured: 'F', sponsor: 'S', heading: 'H' });
    await resetTemplates();
    expect((await loadSettings()).templates).toEqual(DEFAULT_SETTINGS.templates);
  });
});

describe('front matter defaults and language', () => {
  test('front matter defaults keep the curator’s key order', async () => {
    await saveFrontMatterDefaults({ title: 'Issue {date}', layout: 'post', tags: ['devops'], comments: false });
    const { frontMatterDefaults } = await loadSettings();
    expect(Object.keys(frontMatterDefaults)).toEqual(['title', 'layout', 'tags', 'comments']);
    expect(frontMatterDefaults.tags).toEqual(['devops']);
  });

  test('one default is replaced in place, a new key goes last', async () => {
    await saveFrontMatterDefaults({ layout: 'post', title: 'T', author: '' });
    await Promise.all([saveFrontMatterDefault('author', 'RudeOps'), saveFrontMatterDefault('layout', 'issue')]);
    await saveFrontMatterDefault('categories', ['news']);
    expect((await loadSettings()).frontMatterDefaults).toEqual({ layout: 'issue', title: 'T', author: 'RudeOps', categories: ['news'] });
    expect(Object.keys((await loadSettings()).frontMatterDefaults)).toEqual(['layout', 'title', 'author', 'categories']);
  });

  test('the language of new issues is saved', async () => {
    await saveLanguage('en');
    expect((await loadSettings()).language).toBe('en');
  });

  test('each concern is its own row: saving the language leaves the templates row alone', async () => {
    await saveTemplate('heading', '#### {{text}}');
    await saveLanguage('en');
    await saveFrontMatterDefaults({ layout: 'post' });
    expect((await db.settings.toArray()).map((row) => row.key).sort()).toEqual(['frontMatterDefaults', 'language', 'templates']);
    expect((await loadSettings()).templates.heading).toBe('#### {{text}}');
  });
});

test('liveSettings emits again when another page writes', async () => {
  const seen: Settings[] = [];
  const subscription = liveSettings().subscribe({ next: (settings) => seen.push(settings) });
  await expect.poll(() => seen.length).toBe(1);
  await saveLanguage('en');
  await expect.poll(() => seen.at(-1)?.language).toBe('en');
  subscription.unsubscribe();
});
