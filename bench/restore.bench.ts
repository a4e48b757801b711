// `BENCH_FILE=bench/restore.bench.ts npx vitest run --config vitest.bench.config.ts` (after `npm run build:chrome`):
// the restore section of `npm run bench` alone, printed with the machine's load. `BENCH_RUNS=1` for one run.
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { distDir } from './bundle';
import { prepareBenchBuild } from './floor';
import { restoreLines } from './report';
import { benchRestore } from './restore';

test('restore benchmark', async () => {
  const load = (): string => loadavg().map((value) => value.toFixed(2)).join(' / ');
  const before = load();
  const dist = prepareBenchBuild(distDir(), join(import.meta.dirname, '..', 'dist-bench'));
  const run = await benchRestore(dist, Number(process.env.BENCH_RUNS ?? 3));
  console.log([`load ${before} → ${load()}`, ...restoreLines(run)].join('\n'));
  expect(run.replace.length).toBeGreaterThan(0);
}, 1_800_000);
