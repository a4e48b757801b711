// `BENCH_FILE=bench/restore-floor.bench.ts npx vitest run --config vitest.bench.config.ts` (after
// `npm run build:chrome`): is IndexedDB's floor for restoring 50,000 picks a matter of rows or of bytes?
// Restores the bench's backup once through the Settings tab, then times plain IndexedDB layouts of the
// same rows (bench/restore-floor). `BENCH_RUNS` rounds (default 3); `BENCH_VARIANTS`, a regular expression, picks variants by name. Not part of `npm run bench`: ≈ 10 min.
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { distDir } from './bundle';
import { prepareBenchBuild } from './floor';
import { floorVariants } from './restore-floor';
import { restoreOnce, writeBenchBackup } from './restore';
import { launchSeeded, openOptions } from './seeded';
import { summarize } from './stats';

test('restore floor variants', async () => {
  const load = (): string => loadavg().map((value) => value.toFixed(2)).join(' / ');
  const before = load();
  const dist = prepareBenchBuild(distDir(), join(import.meta.dirname, '..', 'dist-bench'));
  const backup = writeBenchBackup();
  const harness = await launchSeeded(dist, { picks: [], issues: [], blocks: [] });
  try {
    const restored = await restoreOnce(harness, backup.path, 'replace');
    const page = await openOptions(harness, null, '#settings');
    const variants = await floorVariants(page, Number(process.env.BENCH_RUNS ?? 3), process.env.BENCH_VARIANTS ?? '');
    await page.close();
    const lines = variants.map((variant) => `${(summarize(variant.times).median / 1000).toFixed(2)} s  ${variant.rows} rows, ${(variant.bytes / 1e6).toFixed(1)} MB  ${variant.name}  [${variant.times.map((time) => (time / 1000).toFixed(2)).join(', ')}]`);
    console.log([`load ${before} → ${load()}`, `replace through the Settings tab: ${(restored.write / 1000).toFixed(2)} s (read ${(restored.read / 1000).toFixed(2)} s)`, ...lines].join('\n'));
    expect(variants.length).toBeGreaterThan(0);
  } finally {
    await harness.close();
    rmSync(backup.dir, { recursive: true, force: true });
  }
}, 3_600_000);
