// `BENCH_FILE=bench/sync.bench.ts npx vitest run --config vitest.bench.config.ts`: the sync section of
// `npm run bench` alone (a few minutes instead of the whole run; `npm run build:chrome` first), printed as it goes into docs/benchmarks.md.
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { distDir } from './bundle';
import { prepareBenchBuild } from './floor';
import { syncLines } from './report';
import { benchSync } from './sync';

test('sync benchmark', async () => {
  const sync = await benchSync(5_000, prepareBenchBuild(distDir(), join(import.meta.dirname, '..', 'dist-bench')));
  console.log(syncLines(sync).join('\n'));
  expect(sync.incremental.n).toBeGreaterThan(0);
  expect(sync.browser?.incremental.n).toBeGreaterThan(0);
});
