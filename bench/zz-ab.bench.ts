import { loadavg } from 'node:os';
import { test } from 'vitest';
import { prepareBenchBuild } from '/work/main/bench/floor';
import { benchTenTimes } from '/work/main/bench/zz-ttdiag';
import { summarize } from '/work/main/bench/stats';
const median = (xs: number[]): number => summarize(xs).median;
test('ab', async () => {
  const builds = (process.env.AB ?? '/tmp/dist-old,/tmp/dist-new').split(',');
  const rounds = Number(process.env.ROUNDS ?? 2);
  for (let r = 0; r < rounds; r++) for (const dist of builds) {
    const target = prepareBenchBuild(dist, `${dist}-bench`);
    const before = loadavg()[0]!.toFixed(2);
    const run = await benchTenTimes(target);
    console.log(`AB ${dist} load=${before}->${loadavg()[0]!.toFixed(2)} ready=${median(run.ready).toFixed(0)} addText=${median(run.addText).toFixed(0)} addPick=${median(run.addPick).toFixed(0)} moveDown=${median(run.moveDown).toFixed(0)} typing=${median(run.longestTaskTyping).toFixed(0)}`);
  }
}, 1_200_000);
