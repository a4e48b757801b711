// `BENCH_FILE=bench/sync.bench.ts npx vitest run --config vitest.bench.config.ts`: the sync section of
// `npm run bench` alone (a few minutes instead of the whole run), printed as it goes into docs/benchmarks.md.
import { expect, test } from 'vitest';
import { syncLines } from './report';
import { benchSync } from './sync';

test('sync benchmark', async () => {
  const sync = await benchSync(5_000);
  console.log(syncLines(sync).join('\n'));
  expect(sync.incremental.n).toBeGreaterThan(0);
});
