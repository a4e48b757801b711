import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/budget/**', 'test/firefox/**'],
          setupFiles: ['test/setup-unit.ts'],
          // Property tests run a fixed number of CPU-bound cases: on a loaded two-core machine one took 7 s and
          // failed vitest's default 5 s in a clean-clone CI run. How long a case takes is not what they test.
          testTimeout: 60_000,
          expect: { poll: { timeout: 15_000 } },
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
          // expect.poll gives up after 1 s by default: at load 18 a draft took longer than that to show a block
          // just added (a clean-clone CI run). A poll waits longer only when it would otherwise fail.
          expect: { poll: { timeout: 15_000 } },
        },
      },
      // Real Firefox ESR over WebDriver BiDi, on the built dist/firefox (`npm run test:firefox` alone).
      {
        test: {
          name: 'firefox',
          environment: 'node' as const,
          include: ['test/firefox/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
          expect: { poll: { timeout: 15_000 } },
          // Node 20's global WebSocket (Node 22 has it on already).
          execArgv: ['--experimental-websocket'],
        },
      },
    ],
  },
});
