// Restoring 50,000 picks (issue 8), A/B between two builds in one run. Each run, for each build in turn, in
// a new browser profile: a replace into the empty database, the plain-IndexedDB floor (bench/restore.ts)
// in the same browser, the same replace again (over identical data), a replace by the file whose picks and
// issues all differ. Every ratio has its own floor.
//   BENCH_BEFORE=/tmp/before BENCH_AFTER=dist/chrome BENCH_FILE=bench/restore-ab.bench.ts \
//     npx vitest run --config vitest.bench.config.ts
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'vitest';
import { prepareBenchBuild } from './floor';
import { floorOnce, restoreOnce, writeBenchBackup } from './restore';
import { launchSeeded } from './seeded';
import { ms, spread, summarize } from './stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const MEASURES = ['read', 'empty', 'floor', 'same', 'changed'] as const;
type Samples = Record<(typeof MEASURES)[number], number[]>;

test('restore 50,000 picks: before / after', async () => {
  const load = (): string => loadavg().map((value) => value.toFixed(2)).join(' / ');
  const before = load();
  const builds = { before: process.env.BENCH_BEFORE!, after: process.env.BENCH_AFTER ?? 'dist/chrome' };
  const backup = writeBenchBackup();
  const samples: Record<string, Samples> = {};
  try {
    const dists = Object.fromEntries(Object.entries(builds).map(([name, dist]) => [name, prepareBenchBuild(resolve(dist), join(import.meta.dirname, '..', `dist-bench-${name}`))]));
    for (const name of Object.keys(builds)) samples[name] = { read: [], empty: [], floor: [], same: [], changed: [] };
    for (let run = 0; run < RUNS; run++) {
      for (const name of Object.keys(builds)) {
        const harness = await launchSeeded(dists[name]!, { picks: [], issues: [], blocks: [] });
        try {
          const each = samples[name]!;
          const empty = await restoreOnce(harness, backup.path, 'replace');
          const floor = await floorOnce(harness);
          const same = (await restoreOnce(harness, backup.path, 'replace')).write;
          const changed = (await restoreOnce(harness, backup.changedPath, 'replace')).write;
          each.read.push(empty.read);
          each.empty.push(empty.write);
          each.floor.push(floor);
          each.same.push(same);
          each.changed.push(changed);
          console.log(`${name} run ${run}: read ${ms(empty.read)}, replace into empty ${ms(empty.write)}, floor ${ms(floor)}, ` +
            `replace over the same data ${ms(same)}, over changed data ${ms(changed)} (load ${load()})`);
        } finally {
          await harness.close();
        }
      }
    }
    const median = (values: number[]): string => { const summary = summarize(values); return `${ms(summary.median)} [${spread(summary)}]`; };
    const ratio = (values: number[], floors: number[]): string => summarize(values.map((value, i) => value / floors[i]!)).median.toFixed(2);
    const lines = Object.entries(samples).map(([name, each]) => `${name}: ${MEASURES.map((measure) => `${measure} ${median(each[measure])}`).join('; ')}; ` +
      `/ floor: empty ${ratio(each.empty, each.floor)}, same ${ratio(each.same, each.floor)}, changed ${ratio(each.changed, each.floor)}`);
    console.log([`load ${before} → ${load()}`, ...lines].join('\n'));
  } finally {
    rmSync(backup.dir, { recursive: true, force: true });
  }
}, 3_600_000);
