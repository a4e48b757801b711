// The options page with months of data: ready time, the longest task during a drag, and the JS heap.
import type { Page } from 'playwright-core';
import { launchSeeded, openOptions, readyAt } from './seeded';
import { makeSeed } from './seed';

export interface OptionsRun {
  ready: number[];
  longestTaskDuringDrag: number[];
  heapAtReady: number[];
  blocksShown: number;
  inboxShown: number;
  /** Scripted drags that did not move the block (not measured). */
  dragsMissed: number;
}

const ARCHIVED = 5_000;
const INBOX = 300;
const DRAFT_BLOCKS = 200;
const OPENS = 7;

/** Drags the first block below the last one, watching long tasks; returns the longest (0: none). */
async function dragFirstToEnd(page: Page): Promise<number> {
  // A headless native drag cannot scroll midway: make the viewport hold the whole draft. Off-screen items
  // are laid out at their estimated size (content-visibility), so grow it until the page stops growing.
  for (let height = 0, previous = -1; height !== previous;) {
    previous = height;
    height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 1400, height: Math.min(height, 32_000) });
    await page.waitForTimeout(200); // items that came on screen get their real size at the next frames
  }
  await page.waitForTimeout(300);
  // Long tasks from here on: the drag, the drop's write and every re-render it causes (300 ms after).
  await page.evaluate(() => {
    const tasks: number[] = [];
    (globalThis as unknown as { benchTasks: number[] }).benchTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const first = page.locator('[data-testid="block"] .grip').first();
  await first.dragTo(page.locator('[data-testid="issue-drop-end"]'));
  await page.waitForTimeout(300);
  return page.evaluate(() => Math.max(0, ...(globalThis as unknown as { benchTasks: number[] }).benchTasks));
}

export async function benchOptions(dist: string): Promise<OptionsRun> {
  const harness = await launchSeeded(dist, makeSeed(ARCHIVED, INBOX, DRAFT_BLOCKS));
  try {

    const run: OptionsRun = { ready: [], longestTaskDuringDrag: [], heapAtReady: [], blocksShown: 0, inboxShown: 0, dragsMissed: 0 };
    for (let i = 0; i < OPENS + 1; i++) {
      // A curator opens the options page to work in it: a foreground tab (background tabs defer rendering).
      const page = await openOptions(harness, null);
      // Both lists are windowed: their first items on screen is what the curator sees first.
      const ready = await readyAt(page, 5, 5);
      const cdp = await harness.context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      await cdp.detach();
      run.blocksShown = await page.locator('[data-testid="block"]').count();
      run.inboxShown = await page.locator('[data-testid="inbox-item"]').count();
      // The preview renders in a task of its own after ready; let the page settle before dragging.
      await page.getByTestId('preview-stats').waitFor();
      const firstBefore = await page.locator('[data-testid="block"]').first().getAttribute('data-block-id');
      const longest = await dragFirstToEnd(page);
      const lastAfter = await page.locator('[data-testid="block"]').last().getAttribute('data-block-id');
      // A drag that did not land is not a measurement of one: left out, and counted.
      const moved = firstBefore === lastAfter;
      if (i > 0) {
        run.ready.push(ready);
        run.heapAtReady.push(heap.usedSize);
        if (moved) run.longestTaskDuringDrag.push(longest);
        else run.dragsMissed += 1;
      }
      await page.close();
    }
    return run;
  } finally {
    await harness.close();
  }
}
