// A drag to the end of a long issue, with the mouse, in an ordinary window (issue 10): the page scrolls by
// itself as the pointer nears the bottom edge, even while it is over a text block's textarea (the
// browser's own drag scrolling scrolled the textarea instead, and the page stood still), and the pick lands
// last.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Block, Issue, Pick } from '../../src/core/types';
import { dragHandlesReady, launch, type Harness } from './harness';
import { readRecords, writeRecords } from './write-records';

let harness: Harness;
beforeAll(async () => {
  harness = await launch();
});
afterAll(() => harness?.close());

const issueId = 'long-forty';
const issue: Issue = {
  id: issueId, status: 'draft', date: '2026-11-26', language: 'en', frontMatter: { title: 'Forty blocks' },
  createdAt: Date.now() + 1e6, updatedAt: 1, publishedAt: null,
};
function pick(id: string, createdAt: number, issue = ''): Pick {
  return {
    id, url: `https://example.org/${id}`, urlKey: `example.org/${id}`, title: `Pick ${id}`, blurb: `Words about ${id}.`,
    emoji: '', kind: 'link', tags: [], image: null, description: '', siteName: '', quote: '', issueId: issue,
    createdAt, updatedAt: createdAt,
  };
}
// Forty blocks, every other one a text block left empty: open to be typed in, a textarea each.
const placed = Array.from({ length: 20 }, (_, n) => pick(`placed-${n}`, 1_000 + n, issueId));
const blocks: Block[] = Array.from({ length: 40 }, (_, n): Block => {
  const order = `a${String(n).padStart(2, '0')}`;
  return n % 2 === 0
    ? { id: `text-${n}`, issueId, order, type: 'text', markdown: '' }
    : { id: `pick-${n}`, issueId, order, type: 'pick', pickId: `placed-${(n - 1) / 2}` };
});

test('a pick dragged from the top of the inbox to the end of a 40-block draft lands last, the page scrolling by itself', async () => {
  const page = await harness.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(harness.extensionUrl('src/options/index.html'));
  await page.getByRole('heading', { name: 'Draft issue' }).waitFor();
  await writeRecords(page, { picks: [...placed, pick('mover', 9_000), pick('other', 8_000)], issues: [issue], blocks });
  await page.reload();
  const shown = page.getByTestId('block');
  await expect.poll(() => shown.count()).toBeGreaterThan(5);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(2 * 800);

  await dragHandlesReady(page);
  const grip = page.getByTestId('inbox-item').first().locator('.grip');
  expect(await page.getByTestId('inbox-item').first().textContent()).toContain('Pick mover');
  const start = (await grip.boundingBox())!;
  const list = (await page.getByTestId('block-list').boundingBox())!;
  const x = list.x + list.width / 2;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();

  // Across to the draft, then down over its blocks to 70 px above the window's bottom edge (out of the
  // browser's own scrolling zone, and above the end of the issue that follows the window during a drag).
  const hold = 730;
  const under = (y: number): Promise<string> => page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName ?? '', { x, y });
  const crossed: string[] = [];
  for (let step = 1; step <= 30; step += 1) {
    const y = start.y + ((hold - start.y) * step) / 30;
    await page.mouse.move(start.x + ((x - start.x) * Math.min(step, 10)) / 10, y);
    crossed.push(await under(y));
  }
  expect(crossed).toContain('TEXTAREA');

  // Held there (small moves, as a hand does), the page scrolls down to the issue's end, the blocks and their
  // textareas passing under the pointer.
  const held: string[] = [];
  const atEnd = (): Promise<boolean> => page.evaluate(() => window.scrollY > 0 && document.querySelector('[data-block-id="text-38"]') !== null);
  let wiggle = 0;
  await expect.poll(async () => {
    wiggle += 1;
    const y = hold + (wiggle % 2) * 2;
    await page.mouse.move(x, y);
    held.push(await under(y));
    return atEnd();
  }, { timeout: 30_000, interval: 50 }).toBe(true);
  expect(held).toContain('TEXTAREA');

  const end = (await page.getByTestId('issue-drop-end').boundingBox())!;
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 4 });
  await page.mouse.up();

  // Said to screen readers, and stored last.
  await expect.poll(() => page.locator('body > [role="status"]').last().textContent(), { timeout: 10_000 })
    .toBe('Moved “Pick mover” to position 41 of 41');
  const stored = (await readRecords(page)).blocks.filter((block) => block.issueId === issueId).sort((a, b) => (a.order < b.order ? -1 : 1));
  expect(stored).toHaveLength(41);
  expect(stored.at(-1)).toMatchObject({ type: 'pick', pickId: 'mover' });
  await page.close();
}, 120_000);
