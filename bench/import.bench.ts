// `BENCH_FILE=bench/import.bench.ts npm run bench`: only the import measurements of issue 9 (the whole
// `npm run bench` runs them too), written into docs/benchmarks.md's "Importing past issues" section and
// docs/benchmarks.json's `import` key, leaving the rest of the report as it was.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { distDir } from './bundle';
import { prepareBenchBuild } from './floor';
import { benchImport } from './import';
import { benchPopup } from './popup';
import { importLines, spliceSection, type BenchResults } from './report';

test('import benchmarks', async () => {
  const load = (): number[] => loadavg().map((value) => Math.round(value * 100) / 100);
  const start = load();
  const root = join(import.meta.dirname, '..');
  const dist = prepareBenchBuild(distDir(), join(root, 'dist-bench'));
  const popup: [Awaited<ReturnType<typeof benchPopup>>, Awaited<ReturnType<typeof benchPopup>>] = [await benchPopup(dist, 0), await benchPopup(dist, 0, 250)];
  const run = await benchImport(dist);
  const part: NonNullable<BenchResults['import']> = { run, popup, date: new Date().toISOString().slice(0, 10), load: { start, end: load() } };
  const section = importLines(part);
  spliceSection(join(root, 'docs/benchmarks.md'), section);
  const jsonPath = join(root, 'docs/benchmarks.json');
  const json = JSON.parse(readFileSync(jsonPath, 'utf8')) as Record<string, unknown>;
  writeFileSync(jsonPath, `${JSON.stringify({ ...json, import: part }, null, 2)}\n`);
  console.log(section.join('\n'));
  expect(popup[1].linksStored).toBe(7_500);
  expect(run.cli.first.n).toBeGreaterThan(0);
}, 1_800_000);
