// `npm test` on a machine that lacks a program and may not install it (no root, no passwordless sudo, or no
// apt-get) stops at once with the one command to run. Run here with a PATH that has no apt-get, so the
// script can never install anything, whoever runs the test.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

let bin: string;
beforeAll(() => {
  // The programs the script looks for, found where they are, and nothing else (no apt-get, no sudo).
  bin = mkdtempSync(join(tmpdir(), 'gleaner-bin-'));
  const path = (process.env.PATH ?? '').split(delimiter);
  for (const program of ['sh', 'ruby', 'git', 'jekyll', 'firefox-esr']) {
    const found = path.map((folder) => join(folder, program)).find(executable);
    if (found) symlinkSync(found, join(bin, program));
  }
});
afterAll(() => rmSync(bin, { recursive: true, force: true }));

function prerequisites(env: Record<string, string>): { status: number | null; stderr: string } {
  const run = spawnSync(process.execPath, ['scripts/prerequisites.mjs'], { env: { PATH: bin, ...env }, encoding: 'utf8', timeout: 20_000 });
  return { status: run.status, stderr: run.stderr };
}

test('with everything there it says nothing and lets npm test go on', () => {
  expect(prerequisites({})).toEqual({ status: 0, stderr: '' });
});

test('without Chromium it stops with the one command to run', () => {
  const { status, stderr } = prerequisites({ CHROMIUM_PATH: '/nonexistent/chromium' });
  expect(status).toBe(1);
  expect(stderr).toContain('npm test needs Chromium.');
  expect(stderr.split('\n').filter((line) => line.trim().startsWith('sudo '))).toEqual(['  sudo apt-get install -y --no-install-recommends chromium']);
});

test('without Chromium and Firefox ESR the one command installs both', () => {
  const { status, stderr } = prerequisites({ CHROMIUM_PATH: '/nonexistent/chromium', FIREFOX_PATH: '/nonexistent/firefox' });
  expect(status).toBe(1);
  expect(stderr).toContain('sudo apt-get install -y --no-install-recommends chromium firefox-esr\n');
});
