// Issue 8, item 5: the options page's "ready" at ten times the data (50,000 inbox picks, a 5,000-block draft),
// A/B between two builds in one run, opens alternated (docs/performance.md, "Ready at ten times the data").
// Two ways of opening, each page in a 1400×1000 window:
// - settled: each page is left until its export and preview are shown, then 1 s more, before it closes: the
//   next page opens on an idle database (a curator opening the page);
// - back to back: each page closes at ready and the next opens at once, as bench/ten-times.ts does: the
//   next page waits for whatever the last one left running in IndexedDB (a count, the whole draft's read).
//   BENCH_BEFORE and BENCH_AFTER name the two builds (dist folders):
//   BENCH_BEFORE=/tmp/before BENCH_AFTER=dist/chrome BENCH_FILE=bench/ten-times-ready.bench.ts \
//     npx vitest run --config vitest.bench.config.ts
// Not part of `npm run bench` (two 50,000-pick seeds, ≈ 5 min under load).
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { test } from 'vitest';
import type { Harness } from '../test/e2e/harness';
import { prepareBenchBuild } from './floor';
import { makeSeed } from './seed';
import { launchSeeded, openOptions, readyAt } from './seeded';
import { ms, spread, summarize } from './stats';

const OPENS = Number(process.env.BENCH_OPENS ?? 10);
type Way = 'settled' | 'back to back';

async function openOnce(harness: Harness, way: Way): Promise<number> {
  const page = await openOptions(harness);
  const ready = await readyAt(page, 5, 3);
  if (way === 'settled') {
    await page.getByTestId('preview-stats').waitFor({ timeout: 120_000 });
    await page.waitForTimeout(1_000);
  }
  await page.close();
  return ready;
}

test('ten times the data, ready: before / after', async () => {
  const builds = { before: process.env.BENCH_BEFORE!, after: process.env.BENCH_AFTER ?? 'dist/chrome' };
  const seed = makeSeed(0, 50_000, 5_000);
  const harnesses: Record<string, Harness> = {};
  const lines = ['| opening | load | before: ready median | spread | after: ready median | spread | after / before |', '|---|---|---:|---|---:|---|---:|'];
  try {
    for (const [name, dist] of Object.entries(builds)) {
      harnesses[name] = await launchSeeded(prepareBenchBuild(resolve(dist), `/tmp/bench-ten-times-ready-${name}`), seed);
    }
    for (const way of ['settled', 'back to back'] as const) {
      const samples: Record<string, number[]> = { before: [], after: [] };
      const load = loadavg()[0]!.toFixed(1);
      for (let i = 0; i <= OPENS; i++) {
        for (const name of i % 2 === 0 ? ['before', 'after'] : ['after', 'before']) {
          const ready = await openOnce(harnesses[name]!, way);
          if (i > 0) samples[name]!.push(ready); // the first open of each is a warm-up
        }
      }
      const before = summarize(samples.before!);
      const after = summarize(samples.after!);
      lines.push(`| ${way} | ${load}–${loadavg()[0]!.toFixed(1)} | ${ms(before.median)} | ${spread(before)} | ${ms(after.median)} | ${spread(after)} | ${(after.median / before.median).toFixed(2)} |`);
    }
  } finally {
    for (const harness of Object.values(harnesses)) await harness.close();
  }
  console.log(lines.join('\n'));
});
