// What the options-page benchmarks share: a browser whose extension database holds a seed (bench/seed),
// the moment the Compose tab is usable, and the longest task while something happens in it.
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../test/e2e/harness';
import { writeSeed, type SeedData } from './seed';

/** Launches Chromium with the built extension at `dist` and writes `seed` into its database. */
export async function launchSeeded(dist: string, seed: SeedData): Promise<Harness> {
  const harness = await launch({}, { dist });
  try {
    const seeder = await harness.context.newPage();
    await seeder.goto(harness.extensionUrl('src/options/index.html'));
    // The page creates its first draft on open; let it, so the seed's draft is written after it.
    await seeder.waitForTimeout(800);
    await writeSeed(seeder, seed);
    await seeder.close();
    return harness;
  } catch (error) {
    await harness.close();
    throw error;
  }
}

/**
 * Opens the options page in a foreground tab (a curator opens it to work in it), `size` large (null:
 * Playwright's default viewport).
 */
export async function openOptions(harness: Harness, size: { width: number; height: number } | null = { width: 1400, height: 1000 }, hash = ''): Promise<Page> {
  const page = await harness.context.newPage();
  if (size) await page.setViewportSize(size);
  await page.goto(harness.extensionUrl(`src/options/index.html${hash}`), { waitUntil: 'commit' });
  return page;
}

/**
 * ms from navigation start until at least `blocks` of the draft's blocks and `inbox` of the inbox's picks
 * are on screen (the page's `gleaner:ready` mark, when it sets one).
 */
export async function readyAt(page: Page, blocks: number, inbox: number): Promise<number> {
  const handle = await page.waitForFunction(
    ([blocks, inbox]) => {
      const mark = performance.getEntriesByName('gleaner:ready')[0];
      const shown = document.querySelectorAll('[data-testid="block"]').length >= blocks &&
        document.querySelectorAll('[data-testid="inbox-item"]').length >= inbox;
      return shown ? (mark?.startTime ?? performance.now()) : 0;
    },
    [blocks, inbox] as const,
    { timeout: 120_000, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

/** Starts recording the page's long tasks (over 50 ms): from now until `longestTask`. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const tasks: number[] = [];
    (globalThis as unknown as { benchTasks: number[] }).benchTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
}

/** The longest task since `watchLongTasks` (0: none over 50 ms). */
export function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, ...(globalThis as unknown as { benchTasks: number[] }).benchTasks));
}
