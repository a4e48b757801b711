import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/budget/**'],
          setupFiles: ['test/setup-unit.ts'],
        },
      },
      {
        // Deterministic budgets on the built extension (sizes); needs `npm run build` first.
        test: {
          name: 'budget',
          environment: 'node',
          include: ['test/budget/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          // One Chromium at a time: the machines have 2 cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
