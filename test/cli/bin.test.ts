// The real thing: bin/gleaner.js under plain Node on a fresh bundle of src/cli (built into a temporary
// folder, never dist/), as a blog's CI would run it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/gleaner.js');
const FIXTURES = join(ROOT, 'test/fixtures');
let outDir: string;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'gleaner-cli-'));
  process.env.GLEANER_CLI_OUT_DIR = outDir;
  try {
    await build({ configFile: join(ROOT, 'src/cli/vite.config.ts'), logLevel: 'silent' });
  } finally {
    delete process.env.GLEANER_CLI_OUT_DIR;
  }
}, 60_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function gleaner(args: string[], bundleDir = outDir): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: FIXTURES, encoding: 'utf8', env: { ...process.env, GLEANER_CLI_OUT_DIR: bundleDir },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('renders the reference backup to the published issue, byte for byte', () => {
  const reference = readFileSync(join(FIXTURES, '2025-11-12-newsletter-du-12-novembre-2025.md'), 'utf8');
  const { status, stdout, stderr } = gleaner(['render', 'reference-backup.json', '--issue', 'issue-2025-11-12']);
  expect(stderr).toBe('');
  expect(status).toBe(0);
  expect(stdout).toBe(`${reference}\n`);
});

test('--out writes the file', () => {
  const out = join(outDir, 'issue.md');
  expect(gleaner(['render', 'reference-backup.json', '--issue', 'issue-2025-11-12', '--out', out]).status).toBe(0);
  expect(readFileSync(out, 'utf8')).toMatch(/^---\nlayout: post\ntitle: Newsletter du 12 Novembre 2025\n/);
});

test('a bad file: a message on stderr and a non-zero exit', () => {
  const { status, stdout, stderr } = gleaner(['render', 'db-v1/schema.ts']);
  expect(status).toBe(1);
  expect(stdout).toBe('');
  expect(stderr).toMatch(/^gleaner: db-v1\/schema\.ts: the file is not valid JSON/);
});

test('bad arguments: the usage on stderr and exit 2', () => {
  const { status, stderr } = gleaner(['render']);
  expect(status).toBe(2);
  expect(stderr).toContain('Usage: gleaner render BACKUP.json');
});

test('without a build it says how to build', () => {
  const { status, stderr } = gleaner(['--help'], join(outDir, 'not-built'));
  expect(status).toBe(2);
  expect(stderr).toContain('run "npm run build" or "npm run build:cli" first');
});
