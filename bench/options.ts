// The options page with months of data: ready time, the longest task during a drag, and the JS heap.
import type { Page } from 'playwright-core';
import { dragHandlesReady } from '../test/e2e/harness';
import { launchSeeded, longestTask, openOptions, readyAt, watchLongTasks } from './seeded';
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

/**
 * Drags the first block onto the end of the draft with the mouse, in an ordinary window, watching long tasks
 * from the press until 300 ms after the block left the top: returns the longest (0: none), or null when the
 * drop did not land. During a drag the end of the issue follows the window's bottom edge (interactions.css),
 * so nothing needs to scroll; the block list stays windowed, as a curator's does.
 */
async function dragFirstToEnd(page: Page): Promise<number | null> {
  const firstId = (): Promise<string | null> => page.locator('[data-testid="block"]').first().getAttribute('data-block-id');
  const before = await firstId();
  await dragHandlesReady(page);
  const grip = (await page.locator('[data-testid="block"] .grip').first().boundingBox())!;
  await watchLongTasks(page);
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await page.mouse.down();
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2 + 40, { steps: 5 });
  await page.waitForSelector('.is-dragging-any', { timeout: 5_000 }).catch(() => null);
  const end = await page.getByTestId('issue-drop-end').boundingBox();
  if (end) await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 10 });
  await page.mouse.up();
  const landed = await page.waitForFunction((before) => document.querySelector('[data-testid="block"]')?.getAttribute('data-block-id') !== before,
    before, { timeout: 10_000 }).then(() => true, () => false);
  await page.waitForTimeout(300);
  const longest = await longestTask(page);
  return landed && (await firstId()) !== before ? longest : null;
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
      const longest = await dragFirstToEnd(page);
      // A drag that did not land is not a measurement of one: left out, and counted.
      if (i > 0) {
        run.ready.push(ready);
        run.heapAtReady.push(heap.usedSize);
        if (longest !== null) run.longestTaskDuringDrag.push(longest);
        else run.dragsMissed += 1;
      }
      await page.close();
    }
    return run;
  } finally {
    await harness.close();
  }
}
