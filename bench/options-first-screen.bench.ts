// Issue 10: the options page's first screen with 5,000 archived picks (300 in the inbox, a 200-block draft),
// A/B between two builds in one run, opens alternated, in a 1280×800 window. The in-run reference is the
// floor page (bench/floor.ts: open IndexedDB, read one record, focus a textarea) opened the same way.
// BENCH_BEFORE and BENCH_AFTER name the two builds (dist folders):
//   BENCH_BEFORE=/tmp/before BENCH_AFTER=dist/chrome BENCH_FILE=bench/options-first-screen.bench.ts \
//     npx vitest run --config vitest.bench.config.ts
import { resolve } from 'node:path';
import { test } from 'vitest';
import type { Harness } from '../test/e2e/harness';
import { FLOOR_PAGE, prepareBenchBuild } from './floor';
import { readyTime } from './pages';
import { makeSeed } from './seed';
import { launchSeeded, readyAt } from './seeded';
import { ms, spread, summarize } from './stats';

const OPENS = Number(process.env.BENCH_OPENS ?? 12);
const WINDOW = { width: 1280, height: 800 };

interface Sample { ready: number; preview: number; floor: number }

async function openOnce(harness: Harness): Promise<Sample> {
  const page = await harness.context.newPage();
  await page.setViewportSize(WINDOW);
  await page.goto(harness.extensionUrl('src/options/index.html'), { waitUntil: 'commit' });
  const ready = await readyAt(page, 5, 5);
  // Then the export and the preview (what the first screen no longer waits for).
  await page.getByTestId('preview-stats').waitFor({ timeout: 120_000 });
  const preview = await page.evaluate(() => performance.now());
  await page.close();
  const floorPage = await harness.context.newPage();
  await floorPage.goto(harness.extensionUrl(FLOOR_PAGE), { waitUntil: 'commit' });
  const floor = await readyTime(floorPage);
  await floorPage.close();
  return { ready, preview, floor };
}

test('options page first screen with 5,000 picks: before / after', async () => {
  const builds = { before: process.env.BENCH_BEFORE!, after: process.env.BENCH_AFTER ?? 'dist/chrome' };
  const seed = makeSeed(5_000, 300, 200);
  const harnesses: Record<string, Harness> = {};
  for (const [name, dist] of Object.entries(builds)) {
    harnesses[name] = await launchSeeded(prepareBenchBuild(resolve(dist), `/tmp/bench-first-screen-${name}`), seed);
  }
  const samples: Record<string, Sample[]> = { before: [], after: [] };
  try {
    for (let i = 0; i <= OPENS; i++) {
      const order = i % 2 === 0 ? ['before', 'after'] : ['after', 'before'];
      for (const name of order) {
        const sample = await openOnce(harnesses[name]!);
        if (i > 0) samples[name]!.push(sample); // the first open of each is a warm-up
      }
    }
  } finally {
    for (const harness of Object.values(harnesses)) await harness.close();
  }
  const lines = [`| build | ready median | ready spread | export + preview shown | floor median | ready / floor |`, '|---|---:|---|---:|---:|---:|'];
  const medians: Record<string, number> = {};
  for (const [name, list] of Object.entries(samples)) {
    const ready = summarize(list.map((s) => s.ready));
    const floor = summarize(list.map((s) => s.floor));
    const preview = summarize(list.map((s) => s.preview));
    medians[name] = ready.median;
    lines.push(`| ${name} | ${ms(ready.median)} | ${spread(ready)} | ${ms(preview.median)} | ${ms(floor.median)} | ${(ready.median / floor.median).toFixed(2)} |`);
  }
  lines.push(`after / before (ready medians): ${(medians.after! / medians.before!).toFixed(2)}`);
  console.log(lines.join('\n'));
});
