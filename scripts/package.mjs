#!/usr/bin/env node
// `npm run package`: builds both targets and writes the store packages to artifacts/:
//   gleaner-chrome-VERSION.zip   the Chrome Web Store upload (dist/chrome)
//   gleaner-firefox-VERSION.zip  the addons.mozilla.org upload (dist/firefox, by `web-ext build`)
//   gleaner-source-VERSION.zip   the source AMO asks for, with BUILD.md, which rebuilds the Firefox zip
// Zips are reproducible (scripts/zip.mjs): the same source gives the same bytes, which is what lets a
// reviewer check the Firefox zip against the source. `web-ext build` picks the Firefox zip's files and checks
// its manifest; its zip is then rewritten canonically, since web-ext stamps each entry with the time of the
// run and adds them in the order the disk answers (docs/build-from-source.md). `--no-build` zips the dist/
// folders as they are.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdtempSync, rmSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { cmd as webExt } from 'web-ext';
import { canonicalZip, filesOf, writeZip } from './zip.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const ARTIFACTS = join(ROOT, 'artifacts');

/** What the source archive holds: what `npm ci && npm run package:firefox` needs, nothing else. */
const SOURCE_FILES = /^(?:src\/|public\/|scripts\/|manifest\.json$|package(?:-lock)?\.json$|tsconfig\.json$|vite\.config\.ts$|LICENSE$|README\.md$)/;

export function version() {
  const { version: packageVersion } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const { version: manifestVersion } = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
  if (packageVersion !== manifestVersion) {
    throw new Error(`package.json says ${packageVersion}, manifest.json says ${manifestVersion}: make them agree`);
  }
  return packageVersion;
}

export const artifact = (kind, v = version()) => join(ARTIFACTS, `gleaner-${kind}-${v}.zip`);

function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function build(mode) {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', mode, '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}

/** The tracked files of the source archive (git knows what is source; ignored build output never gets in). */
function sourceFiles() {
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0');
  return tracked.filter((path) => SOURCE_FILES.test(path)).sort();
}

function buildNote(v, firefoxSha) {
  const template = readFileSync(join(ROOT, 'docs/build-from-source.md'), 'utf8');
  return template.replaceAll('{{version}}', v).replaceAll('{{sha256}}', firefoxSha).replaceAll('{{node}}', process.versions.node);
}

function writeSourceZip(v, firefoxSha) {
  const staging = mkdtempSync(join(tmpdir(), 'gleaner-source-'));
  try {
    const paths = sourceFiles();
    for (const path of paths) {
      mkdirSync(dirname(join(staging, path)), { recursive: true });
      copyFileSync(join(ROOT, path), join(staging, path));
    }
    writeFileSync(join(staging, 'BUILD.md'), buildNote(v, firefoxSha));
    writeZip(staging, ['BUILD.md', ...paths], artifact('source', v));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** `web-ext build` of `sourceDir` (its file filter, manifest and locale checks), canonicalised into `out`. */
async function webExtBuild(sourceDir, out) {
  const staging = mkdtempSync(join(tmpdir(), 'gleaner-web-ext-'));
  try {
    const { extensionPath } = await webExt.build(
      { sourceDir, artifactsDir: staging, filename: basename(out), overwriteDest: true },
      { showReadyMessage: false },
    );
    canonicalZip(extensionPath, out);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

export async function packageAll({ buildFirst = true, firefoxOnly = false } = {}) {
  const v = version();
  if (buildFirst) {
    if (!firefoxOnly) build('chrome');
    build('firefox');
  }
  await webExtBuild(join(ROOT, 'dist/firefox'), artifact('firefox', v));
  const firefoxSha = sha256(artifact('firefox', v));
  if (!firefoxOnly) {
    const chromeDist = join(ROOT, 'dist/chrome');
    writeZip(chromeDist, filesOf(chromeDist), artifact('chrome', v));
    writeSourceZip(v, firefoxSha);
  }
  return { version: v, firefoxSha };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const { version: v, firefoxSha } = await packageAll({ buildFirst: !args.includes('--no-build'), firefoxOnly: args.includes('--firefox-only') });
  for (const kind of args.includes('--firefox-only') ? ['firefox'] : ['chrome', 'firefox', 'source']) {
    console.log(`artifacts/gleaner-${kind}-${v}.zip`);
  }
  console.log(`sha256 of the Firefox zip: ${firefoxSha}`);
}
