// The store zips are reproducible (scripts/zip.mjs): what a reviewer rebuilds elsewhere must match byte for
// byte, whatever the time zone, and whatever order or timestamps a tool like `web-ext build` wrote.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { canonicalZip, filesOf, writeZip } from '../../scripts/zip.mjs';

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'gleaner-zip-test-'));
  mkdirSync(join(folder, 'in/_locales/fr'), { recursive: true });
  writeFileSync(join(folder, 'in/manifest.json'), '{"name":"x"}');
  writeFileSync(join(folder, 'in/_locales/fr/messages.json'), '{"extName":{"message":"Glaneur"}}');
  writeFileSync(join(folder, 'in/Z.js'), 'export {};');
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const ZIP_MODULE = resolve('scripts/zip.mjs');

/** writeZip in another Node process running in time zone `zone`. */
function zipIn(zone: string): Buffer {
  const out = join(folder, `${zone.replace('/', '-')}.zip`);
  const script = `const { filesOf, writeZip } = await import(${JSON.stringify(ZIP_MODULE)});
    writeZip(process.argv[1], filesOf(process.argv[1]), process.argv[2]);`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script, join(folder, 'in'), out], { env: { ...process.env, TZ: zone } });
  return readFileSync(out);
}

test('the same folder gives the same bytes in every time zone', () => {
  const utc = zipIn('UTC');
  expect(zipIn('Pacific/Auckland').equals(utc)).toBe(true);
  expect(zipIn('America/Los_Angeles').equals(utc)).toBe(true);
});

test('a zip with entries in any order, directory entries and the time of the run comes out canonical', () => {
  const now = new Date();
  const read = (path: string): Uint8Array => readFileSync(join(folder, 'in', path));
  writeFileSync(join(folder, 'tool.zip'), zipSync({
    'manifest.json': [read('manifest.json'), { mtime: now, level: 6 }],
    '_locales/': [new Uint8Array(), { mtime: now }],
    'Z.js': [read('Z.js'), { mtime: now, level: 1 }],
    '_locales/fr/messages.json': [read('_locales/fr/messages.json'), { mtime: now }],
  }));
  canonicalZip(join(folder, 'tool.zip'), join(folder, 'canonical.zip'));
  writeZip(join(folder, 'in'), filesOf(join(folder, 'in')), join(folder, 'direct.zip'));
  expect(readFileSync(join(folder, 'canonical.zip')).equals(readFileSync(join(folder, 'direct.zip')))).toBe(true);
});
