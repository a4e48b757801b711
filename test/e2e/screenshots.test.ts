// `npm run screenshots` as CI runs it: the README's pictures taken again from the built dist/chrome, into
// test-results/screenshots (docs/screenshots/ is refreshed by hand, so CI leaves the tree clean). The script
// itself refuses to take the popup's picture unless the popup shows the article's title.
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { SCHEMES, SHOTS, takeScreenshots } from '../../scripts/screenshots.mjs';
import { DIST } from './harness';
import { readPng } from './png';

const OUT = resolve('test-results/screenshots');
let written: string[];
beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  written = await takeScreenshots({ dist: DIST, out: OUT });
});

test('the popup, Compose and Settings are pictured in light and dark at their viewport size', () => {
  const expected = Object.keys(SHOTS).flatMap((shot) => SCHEMES.map((scheme) => join(OUT, `${shot}-${scheme}.png`)));
  expect(written.sort()).toEqual(expected.sort());
  for (const [shot, size] of Object.entries(SHOTS)) {
    for (const scheme of SCHEMES) {
      const { width, height } = readPng(join(OUT, `${shot}-${scheme}.png`));
      expect({ shot, scheme, width, height }).toEqual({ shot, scheme, ...size });
    }
  }
});

test.each(Object.keys(SHOTS))('the dark %s is a dark picture, the light one a light picture', (shot) => {
  const light = readPng(join(OUT, `${shot}-light.png`)).meanLuminance;
  const dark = readPng(join(OUT, `${shot}-dark.png`)).meanLuminance;
  expect(light).toBeGreaterThan(0.6);
  expect(dark).toBeLessThan(0.4);
});
