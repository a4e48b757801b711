// Compose and export in a real Chromium, the way a curator works: pages captured through the toolbar
// popup, arranged in the options page by mouse and keyboard, exported as the file Jekyll publishes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { parse } from 'yaml';
import { openPopupFor } from './capture-helpers';
import { dragHandlesReady, launch, type Harness } from './harness';
import { chooseIssueLanguage } from './settings-helpers';

const require = createRequire(import.meta.url);

const PAGES = {
  '/restic': { title: 'Database backups with restic' },
  '/dtop': { title: 'Docker monitoring for your terminal' },
  '/nexterm': { title: 'Nexterm' },
  '/later': { title: 'Captured while composing' },
};

let harness: Harness;
beforeAll(async () => {
  harness = await launch(PAGES);
  // A French curator rebuilding an issue of the reference's shape.
  await chooseIssueLanguage(harness, 'fr');
});
afterAll(() => harness?.close());

/** Captures `path` through a toolbar click and the popup, writing a blurb and an emoji. */
async function capture(path: keyof typeof PAGES, blurb: string, emoji = ''): Promise<void> {
  const article = await harness.context.newPage();
  await article.goto(`${harness.origin}${path}`);
  const popup = await openPopupFor(harness, article);
  await expect.poll(() => popup.getByLabel('Title').inputValue()).toBe(PAGES[path].title);
  await popup.getByLabel('Blurb').fill(blurb);
  if (emoji) await popup.getByRole('textbox', { name: 'Emoji' }).fill(emoji);
  await popup.close();
  await article.close();
}

async function openOptions(): Promise<Page> {
  const page = await harness.context.newPage();
  // Tall enough that a drag from the last block to the first needs no scrolling midway.
  await page.setViewportSize({ width: 1400, height: 1600 });
  await page.goto(harness.extensionUrl('src/options/index.html'));
  await page.getByRole('heading', { name: 'Draft issue' }).waitFor();
  return page;
}

function inboxItem(page: Page, title: string): Locator {
  return page.getByTestId('inbox-item').filter({ hasText: title });
}
function block(page: Page, text: string): Locator {
  return page.getByTestId('block').filter({ hasText: text });
}
/** What the blocks show, top to bottom: each block's header label. */
function blockLabels(page: Page): Promise<string[]> {
  return page.getByTestId('block').locator('.block-label').allTextContents();
}
function announcement(page: Page): Promise<string> {
  // Pragmatic drag and drop's live region: the last role=status element appended to the body.
  return page.locator('body > [role="status"]').last().textContent().then((text) => text ?? '');
}
function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const owner = active?.closest('[data-testid="block"]')?.querySelector('.block-label')?.textContent ?? '';
    // Icon buttons are named by aria-label.
    return `${active?.getAttribute('aria-label') ?? active?.textContent ?? ''} @ ${owner}`;
  });
}

test('captured picks are arranged by mouse and keyboard and export as the file that was composed', async () => {
  await capture('/restic', 'Avant, on faisait un dump. Maintenant, [on laisse Restic faire le sale boulot]. Bref.', '🗄️');
  await capture('/dtop', 'Un énième Docker manager, écrit en Rust.', '🐋');
  const page = await openOptions();
  await expect.poll(() => page.getByTestId('inbox-item').count()).toBe(2);

  // Captured while the options page is open: the inbox shows it without a reload.
  await capture('/nexterm', 'Se connecter en SSH, VNC ou RDP depuis le navigateur.', '🔳');
  await expect.poll(() => page.getByTestId('inbox-item').count()).toBe(3);
  // Newest first.
  await expect.poll(() => page.getByTestId('inbox-item').first().textContent()).toContain('Nexterm');

  // Mouse: one pick onto the empty draft, another above it (its top edge).
  await dragHandlesReady(page);
  await inboxItem(page, 'restic').locator('.grip').dragTo(page.getByTestId('issue-drop-end'));
  await expect.poll(() => blockLabels(page)).toEqual(['🗄️ Database backups with restic']);
  await inboxItem(page, 'Docker').locator('.grip').dragTo(block(page, 'restic'), { targetPosition: { x: 40, y: 3 } });
  await expect.poll(() => blockLabels(page)).toEqual(['🐋 Docker monitoring for your terminal', '🗄️ Database backups with restic']);
  await expect.poll(() => announcement(page)).toBe('Moved “Docker monitoring for your terminal” to position 1 of 2');

  // Keyboard: the third pick joins at the end, then moves up one; focus stays on it.
  await inboxItem(page, 'Nexterm').getByRole('button', { name: 'Add to issue' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => blockLabels(page)).toHaveLength(3);
  await expect.poll(() => announcement(page)).toBe('Moved “Nexterm” to position 3 of 3');
  await expect.poll(() => focusedText(page)).toBe('Move up @ 🔳 Nexterm');
  await page.keyboard.press('Enter');
  await expect.poll(() => blockLabels(page)).toEqual([
    '🐋 Docker monitoring for your terminal', '🔳 Nexterm', '🗄️ Database backups with restic',
  ]);
  await expect.poll(() => announcement(page)).toBe('Moved “Nexterm” to position 2 of 3');
  await expect.poll(() => focusedText(page)).toBe('Move up @ 🔳 Nexterm');
  expect(await page.getByTestId('inbox-item').count()).toBe(0);

  // A text block and a heading, typed in place and moved to the top by keyboard.
  await page.getByRole('button', { name: 'Add heading' }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
  await page.keyboard.type('Quoi de neuf ?');
  await page.getByRole('button', { name: 'Add text' }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
  await page.keyboard.type('Bonjour à *toutes et tous*.\n\nCyril');
  const moveUp = block(page, 'Bonjour').getByRole('button', { name: 'Move up' });
  for (let step = 0; step < 4; step += 1) await moveUp.click();
  const headingUp = block(page, 'Quoi de neuf').getByRole('button', { name: 'Move up' });
  for (let step = 0; step < 3; step += 1) await headingUp.click();
  await expect.poll(() => blockLabels(page)).toEqual([
    'Bonjour à *toutes et tous*.', 'Quoi de neuf ?', '🐋 Docker monitoring for your terminal', '🔳 Nexterm',
    '🗄️ Database backups with restic',
  ]);

  // Front matter: title, date and tags; the defaults fill the rest.
  await page.getByLabel('Issue title').fill('Newsletter du 12 Novembre 2025: «spécial» #1');
  await page.getByLabel('Date').fill('2025-11-12');
  await page.getByLabel('Issue tags (comma separated)').fill('devops, Restic, Nexterm');
  await page.getByLabel('Author').fill('RudeOps');
  // The export is rendered from what the page has read back: wait until the preview shows the last field.
  await expect.poll(() => page.getByTestId('preview-front-matter').textContent()).toContain('RudeOps');

  await expect.poll(() => page.getByTestId('file-name').textContent()).toBe('2025-11-12-newsletter-du-12-novembre-2025-special-1.md');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download .md' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('2025-11-12-newsletter-du-12-novembre-2025-special-1.md');
  const file = readFileSync((await download.path())!, 'utf8');

  const [, yamlText, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(file)!;
  expect(parse(yamlText!)).toEqual({
    layout: 'post',
    title: 'Newsletter du 12 Novembre 2025: «spécial» #1',
    tags: ['devops', 'Restic', 'Nexterm'],
    comments: true,
    mathjax: true,
    author: 'RudeOps',
  });
  expect(Object.keys(parse(yamlText!) as object)).toEqual(['layout', 'title', 'tags', 'comments', 'mathjax', 'author']);

  const paragraphs = body!.trim().split('\n\n');
  expect(paragraphs).toEqual([
    'Bonjour à *toutes et tous*.',
    'Cyril',
    '### Quoi de neuf ?',
    `🐋 **[Docker monitoring for your terminal](${harness.origin}/dtop) :** Un énième Docker manager, écrit en Rust.`,
    `🔳 **[Nexterm](${harness.origin}/nexterm) :** Se connecter en SSH, VNC ou RDP depuis le navigateur.`,
    expect.stringMatching(/^🗄️ \*\*Database backups with restic :\*\* Avant/),
  ]);
  const links = [...body!.matchAll(/\[([^\]]+)\]\(([^)]+)\)/g)].map(([, text, url]) => [text, url]);
  expect(links).toEqual([
    ['Docker monitoring for your terminal', `${harness.origin}/dtop`],
    ['Nexterm', `${harness.origin}/nexterm`],
    ['on laisse Restic faire le sale boulot', `${harness.origin}/restic`],
  ]);
});

test('a pick dragged out of the draft goes back to the inbox; blocks reorder by dragging', async () => {
  await capture('/later', 'Arrived late.');
  const page = await openOptions();
  await inboxItem(page, 'Captured while composing').getByRole('button', { name: 'Add to issue' }).click();
  await expect.poll(() => blockLabels(page)).toHaveLength(6);

  // Drag the last block onto the top edge of the first.
  await dragHandlesReady(page);
  await block(page, 'Captured while composing').locator('.grip')
    .dragTo(page.getByTestId('block').first(), { targetPosition: { x: 40, y: 3 } });
  await expect.poll(() => blockLabels(page).then((labels) => labels[0])).toBe('Captured while composing');
  await expect.poll(() => announcement(page)).toBe('Moved “Captured while composing” to position 1 of 6');

  await block(page, 'Captured while composing').locator('.grip').dragTo(page.getByTestId('inbox'));
  await expect.poll(() => page.getByTestId('inbox-item').allTextContents()).toEqual([expect.stringContaining('Captured while composing')]);
  expect(await blockLabels(page)).not.toContain('Captured while composing');
  await expect.poll(() => announcement(page)).toBe('Moved “Captured while composing” back to the inbox');

  // A text block cannot be dropped into the inbox: it stays in the draft.
  await block(page, 'Bonjour').locator('.grip').dragTo(page.getByTestId('inbox'));
  expect(await blockLabels(page)).toContain('Bonjour à *toutes et tous*.');
  await page.close();
});

test('an edit in the options page is the popup’s record, and an edit in the popup shows up live', async () => {
  const page = await openOptions();
  await block(page, 'Nexterm').getByRole('button', { name: 'Nexterm', expanded: false }).click();
  await block(page, 'Nexterm').getByLabel('Emoji').fill('🖥️');
  await expect.poll(() => blockLabels(page)).toContain('🖥️ Nexterm');

  const article = await harness.context.newPage();
  await article.goto(`${harness.origin}/nexterm`);
  const popup = await openPopupFor(harness, article);
  expect(await popup.getByRole('textbox', { name: 'Emoji' }).inputValue()).toBe('🖥️');
  await popup.getByLabel('Title').fill('Nexterm, the browser terminal');
  await expect.poll(() => blockLabels(page)).toContain('🖥️ Nexterm, the browser terminal');
  await popup.close();
  await article.close();
  await page.close();
});

test('a front matter that would not read back is refused with its reason; extra keys keep their order', async () => {
  const page = await openOptions();
  await page.getByRole('button', { name: 'Add a front matter key' }).click();
  const row = page.locator('.extra-row').last();
  await row.getByLabel('Key').fill('image');
  await row.getByLabel('Value').fill('/img/kube.png');
  await expect.poll(() => page.getByTestId('file-name').count()).toBe(1);

  await page.getByLabel('Author').fill('Rude\u2028Ops');
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('author');
  expect(await page.getByRole('button', { name: 'Download .md' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Mark as published' }).isDisabled()).toBe(true);

  await page.getByLabel('Author').fill('RudeOps');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download .md' }).click();
  const file = readFileSync((await (await downloading).path())!, 'utf8');
  const frontMatter = parse(/^---\n([\s\S]*?)\n---\n/.exec(file)![1]!) as Record<string, unknown>;
  expect(Object.keys(frontMatter)).toEqual(['layout', 'title', 'tags', 'comments', 'mathjax', 'author', 'image']);
  expect(frontMatter.image).toBe('/img/kube.png');
  await page.close();
});

test('a front matter date the calendar lacks is refused with its reason, and a real one exports', async () => {
  const page = await openOptions();
  const rowsBefore = await page.locator('.extra-row').count();
  await page.getByRole('button', { name: 'Add a front matter key' }).click();
  await expect.poll(() => page.locator('.extra-row').count()).toBe(rowsBefore + 1);
  const row = page.locator('.extra-row').last();
  await row.getByLabel('Key').fill('date');
  await row.getByLabel('Value').fill('2024-02-30');
  await expect.poll(() => page.getByRole('alert').allTextContents()).toContainEqual(expect.stringContaining('Front matter key "date" is not a date Jekyll reads as written'));
  expect(await page.getByRole('button', { name: 'Download .md' }).count()).toBe(0);

  await row.getByLabel('Value').fill('2024-02-29 10:00:00 +0100');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download .md' }).click();
  const file = readFileSync((await (await downloading).path())!, 'utf8');
  expect(file).toContain('\ndate: 2024-02-29 10:00:00 +0100\n');
  await row.getByRole('button', { name: /Remove/ }).click();
  await expect.poll(() => page.locator('.extra-row').count()).toBe(rowsBefore);
  await page.close();
});

test('publishing archives the issue, which still exports and reopens; a fresh draft takes its place', async () => {
  const page = await openOptions();
  const title = await page.getByLabel('Issue title').inputValue();
  await page.getByRole('button', { name: 'Mark as published' }).click();
  await expect.poll(() => blockLabels(page)).toEqual([]);
  await expect.poll(() => page.getByLabel('Issue title').inputValue()).toMatch(/^Newsletter du \d+ \S+ \d{4}$/);

  await page.getByRole('tab', { name: 'Archive' }).click();
  const archived = page.getByTestId('archived-issue').filter({ hasText: title });
  await archived.waitFor();
  const downloading = page.waitForEvent('download');
  await archived.getByRole('button', { name: 'Download .md' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('2025-11-12-newsletter-du-12-novembre-2025-special-1.md');
  expect(readFileSync((await download.path())!, 'utf8')).toContain('### Quoi de neuf ?');

  await archived.getByRole('button', { name: 'Reopen as draft' }).click();
  await expect.poll(() => page.getByRole('tab', { name: 'Compose', selected: true }).count()).toBe(1);
  // Focus follows the curator to where the issue went, rather than falling back to the page's body.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('tab-compose');
  await expect.poll(() => page.getByLabel('Issue title').inputValue()).toBe(title);
  // The title and the blocks come from two reads: wait for the blocks too.
  await expect.poll(() => blockLabels(page)).toContain('### Quoi de neuf ?'.slice(4));
  // Two drafts now: the reopened one and the fresh one.
  await expect.poll(() => page.getByLabel('Draft', { exact: true }).locator('option').count()).toBe(2);
  await page.close();
});

test('the options page has no axe violations, on every tab', async () => {
  const page = await openOptions();
  // The reopened issue, with blocks of every type; one pick's editor open.
  await page.getByLabel('Draft', { exact: true }).selectOption({ index: 1 });
  await block(page, 'Nexterm').getByRole('button', { name: 'Nexterm', expanded: false }).click();
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = (): Promise<string[]> => page.evaluate(async () => {
    type Rule = { id: string; nodes: Array<{ target: unknown }> };
    const { axe } = globalThis as unknown as { axe: { run(context: Document): Promise<{ violations: Rule[]; passes: Rule[] }> } };
    const result = await axe.run(document);
    // An empty page would pass too: make sure axe looked at something.
    if (result.passes.length < 10) return [`axe passed only ${result.passes.length} rules`];
    return result.violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
  });
  expect(await violations()).toEqual([]);
  await page.getByRole('tab', { name: 'Archive' }).click();
  await page.getByRole('heading', { name: 'Published issues' }).waitFor();
  expect(await violations()).toEqual([]);
  await page.getByRole('tab', { name: 'Settings' }).click();
  await page.getByRole('tab', { name: 'Settings', selected: true }).waitFor();
  await page.getByRole('textbox').first().waitFor();
  expect(await violations()).toEqual([]);
  await page.close();
});
