// Reproducible zips: entries in byte order of their paths, one fixed timestamp, DEFLATE level 9 by fflate
// (pure JavaScript, so the bytes do not depend on the machine's zlib). The same folder gives the same zip.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { unzipSync, zipSync } from 'fflate';

/**
 * 2000-01-01 00:00, far from DOS time's 1980 floor. Local time on purpose: fflate writes the DOS date from
 * the Date's local fields, so a UTC instant would be written as another hour in another time zone.
 */
const FIXED_MTIME = new Date(2000, 0, 1);

const byteOrder = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** Every file under `root`, as forward-slash paths relative to it, sorted. */
export function filesOf(root, keep = () => true) {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter(keep)
    .sort(byteOrder);
}

/** Writes `files` (path → bytes) into the zip `out`, in byte order of their paths. */
function writeEntries(files, out) {
  const entries = {};
  for (const path of Object.keys(files).sort(byteOrder)) {
    // os 3 (Unix) with mode 0644: the zip says the same on every machine.
    entries[path] = [files[path], { level: 9, mtime: FIXED_MTIME, os: 3, attrs: 0o100644 << 16 }];
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zipSync(entries));
}

/** Zips `paths` (relative to `root`) into `out`. */
export function writeZip(root, paths, out) {
  writeEntries(Object.fromEntries(paths.map((path) => [path, readFileSync(join(root, path))])), out);
}

/**
 * Rewrites the zip `input` into `out` canonically: the same files with the same bytes, directory entries
 * dropped, then written as writeZip writes (what Debian's strip-nondeterminism does to zips). For zips made
 * by tools that stamp the time of the run or add entries in the order the disk answers (`web-ext build`).
 */
export function canonicalZip(input, out) {
  const files = Object.fromEntries(Object.entries(unzipSync(readFileSync(input))).filter(([path]) => !path.endsWith('/')));
  writeEntries(files, out);
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
