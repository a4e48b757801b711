#!/usr/bin/env node
// `npm run package:verify`: what an AMO reviewer does. Extracts artifacts/gleaner-source-VERSION.zip into an
// empty folder, follows its BUILD.md (npm ci, npm run package -- --firefox-only) and compares the Firefox zip
// it builds with artifacts/gleaner-firefox-VERSION.zip, byte for byte. Needs `npm run package` first.
// `--offline` (what npm test runs) links this checkout's node_modules instead of running npm ci: no network,
// and it still proves that the archive holds every file the build needs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { artifact, version } from './package.mjs';
import { extractZip } from './zip.mjs';

const v = version();
const folder = mkdtempSync(join(tmpdir(), 'gleaner-reviewer-'));
try {
  extractZip(artifact('source', v), folder);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  if (process.argv.includes('--offline')) {
    symlinkSync(resolve(import.meta.dirname, '../node_modules'), join(folder, 'node_modules'), 'junction');
    execFileSync(process.execPath, ['scripts/package.mjs', '--firefox-only'], { cwd: folder, stdio: ['ignore', 'ignore', 'inherit'] });
  } else {
    execFileSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: folder, stdio: 'inherit' });
    execFileSync(npm, ['run', 'package', '--', '--firefox-only'], { cwd: folder, stdio: 'inherit' });
  }
  const rebuilt = readFileSync(join(folder, `artifacts/gleaner-firefox-${v}.zip`));
  const submitted = readFileSync(artifact('firefox', v));
  if (!rebuilt.equals(submitted)) {
    console.error(`The Firefox zip built from the source archive differs from artifacts/gleaner-firefox-${v}.zip`
      + ' (is every file the build reads tracked by git? The archive holds only those: scripts/package.mjs)');
    process.exit(1);
  }
  console.log(`Rebuilt from the source archive in ${folder}: identical to artifacts/gleaner-firefox-${v}.zip`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
