// The popup speaks the browser's language: French here, from _locales/fr.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openPopupFor } from './capture-helpers';
import { launch, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launch({ '/article': { title: 'Un article' } }, { lang: 'fr' });
});
afterAll(() => harness?.close());

test('a French browser gets a French popup with named controls', async () => {
  const article = await harness.context.newPage();
  await article.goto(`${harness.origin}/article`);
  const popup = await openPopupFor(harness, article);
  expect(await popup.getByLabel('Titre').inputValue()).toBe('Un article');
  expect(await popup.getByLabel('Texte').count()).toBe(1);
  expect(await popup.getByRole('button', { name: 'Supprimer le lien' }).count()).toBe(1);
  expect(await popup.getByRole('link', { name: 'Ouvrir Gleaner' }).count()).toBe(1);
  expect(await popup.getByRole('status').textContent()).toContain('Déjà glané');
  expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^fr/);
});
