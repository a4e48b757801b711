import { defineConfig } from 'vitest/config';

// `npm run bench`: measurements, never pass/fail on timings. One file, run serially.
export default defineConfig({
  test: {
    name: 'bench',
    environment: 'node',
    include: [process.env.BENCH_FILE ?? 'bench/run.bench.ts'],
    setupFiles: ['test/setup-unit.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
