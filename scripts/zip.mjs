// Reproducible zips: entries in byte order of their paths, one fixed timestamp, DEFLATE level 9 by fflate
// (pure JavaScript, so the bytes do not depend on the machine's zlib). The same folder gives the same zip.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { unzipSync, zipSync } from 'fflate';

/** 2000-01-01T00:00:00Z, far from DOS time's 1980 floor and the same in every time zone's reading. */
const FIXED_MTIME = new Date(Date.UTC(2000, 0, 1));

/** Every file under `root`, as forward-slash paths relative to it, sorted. */
export function filesOf(root, keep = () => true) {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter(keep)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Zips `paths` (relative to `root`) into `out`. */
export function writeZip(root, paths, out) {
  const entries = {};
  for (const path of paths) {
    // os 3 (Unix) with mode 0644: the zip says the same on every machine.
    entries[path] = [readFileSync(join(root, path)), { level: 9, mtime: FIXED_MTIME, os: 3, attrs: 0o100644 << 16 }];
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zipSync(entries));
}

export function extractZip(zip, into) {
  for (const [path, data] of Object.entries(unzipSync(readFileSync(zip)))) {
    if (path.endsWith('/')) continue;
    const target = join(into, path);
    if (relative(into, target).startsWith('..')) throw new Error(`zip entry outside the folder: ${path}`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
}
