// Restoring 50,000 picks (issue 8), A/B between two builds in one run: replaces alternated, each followed by
// the plain-IndexedDB floor (bench/restore.ts) in the same browser, so every ratio has its own reference.
//   BENCH_BEFORE=/tmp/before BENCH_AFTER=dist/chrome BENCH_FILE=bench/restore-ab.bench.ts \
//     npx vitest run --config vitest.bench.config.ts
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'vitest';
import type { Harness } from '../test/e2e/harness';
import { prepareBenchBuild } from './floor';
import { floorOnce, restoreOnce, writeBenchBackup } from './restore';
import { launchSeeded } from './seeded';
import { ms, spread, summarize } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 4);

interface Samples { read: number[]; replace: number[]; floor: number[]; ratio: number[] }

test('restore 50,000 picks: before / after', async () => {
  const load = (): string => loadavg().map((value) => value.toFixed(2)).join(' / ');
  const before = load();
  const builds = { before: process.env.BENCH_BEFORE!, after: process.env.BENCH_AFTER ?? 'dist/chrome' };
  const backup = writeBenchBackup();
  const harnesses: Partial<Record<keyof typeof builds, Harness>> = {};
  const samples: Record<string, Samples> = {};
  try {
    for (const [name, dist] of Object.entries(builds) as Array<[keyof typeof builds, string]>) {
      harnesses[name] = await launchSeeded(prepareBenchBuild(resolve(dist), join(import.meta.dirname, '..', `dist-bench-${name}`)), { picks: [], issues: [], blocks: [] });
      samples[name] = { read: [], replace: [], floor: [], ratio: [] };
    }
    for (let run = 0; run < RUNS; run++) {
      for (const name of Object.keys(builds) as Array<keyof typeof builds>) {
        const { read, write } = await restoreOnce(harnesses[name]!, backup.path, 'replace');
        const floor = await floorOnce(harnesses[name]!);
        const each = samples[name]!;
        each.read.push(read);
        each.replace.push(write);
        each.floor.push(floor);
        each.ratio.push(write / floor);
        console.log(`${name} run ${run}: read ${ms(read)}, replace ${ms(write)}, floor ${ms(floor)}, ratio ${(write / floor).toFixed(2)}`);
      }
    }
    const median = (values: number[]): string => { const summary = summarize(values); return `${ms(summary.median)} [${spread(summary)}]`; };
    const lines = Object.entries(samples).map(([name, each]) => `${name}: read ${median(each.read)}; replace ${median(each.replace)}; ` +
      `floor ${median(each.floor)}; replace / floor ${summarize(each.ratio).median.toFixed(2)} [${each.ratio.map((ratio) => ratio.toFixed(2)).join(', ')}]`);
    console.log([`load ${before} → ${load()}`, ...lines].join('\n'));
  } finally {
    for (const harness of Object.values(harnesses)) await harness.close();
    rmSync(backup.dir, { recursive: true, force: true });
  }
}, 3_600_000);
