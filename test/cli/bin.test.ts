// The real thing: bin/gleaner.js under plain Node on a fresh bundle of src/cli (built into a temporary
// folder, never dist/), as a blog's CI would run it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

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

function gleaner(args: string[], bundleDir = outDir, cwd = FIXTURES): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd, encoding: 'utf8', env: { ...process.env, GLEANER_CLI_OUT_DIR: bundleDir }, maxBuffer: 64 * 1024 * 1024,
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

// Each test spawns Node on megabytes of input: generous time under a loaded CI machine.
describe('what the shell does to it', { timeout: 60_000 }, () => {
  const REFERENCE_BACKUP = readFileSync(join(FIXTURES, 'reference-backup.json'), 'utf8');
  const REFERENCE = readFileSync(join(FIXTURES, '2025-11-12-newsletter-du-12-novembre-2025.md'), 'utf8');
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gleaner-shell-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a reader that stops early: quiet exit 0, no stack trace', () => {
    // Megabytes of Markdown, so the pipe is closed long before the writing ends.
    const blocks = Array.from({ length: 8 }, (_, index) => ({ type: 'text', markdown: `${index}\n${'word '.repeat(150_000)}` }));
    writeFileSync(join(dir, 'big.json'), JSON.stringify({
      format: 'gleaner-backup', version: 1, picks: [], issues: [{ id: 'i', status: 'draft', date: '2025-11-12', blocks }],
    }));
    const script = `set -o pipefail; "${process.execPath}" "${BIN}" render big.json 2>err.txt | head -1; echo "status=$?"`;
    const result = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8', env: { ...process.env, GLEANER_CLI_OUT_DIR: outDir } });
    expect(result.stdout).toBe('---\nstatus=0\n');
    expect(readFileSync(join(dir, 'err.txt'), 'utf8')).toBe('');
  });

  test('--out through a symlink to the backup is refused, and the backup is untouched', () => {
    writeFileSync(join(dir, 'backup.json'), REFERENCE_BACKUP);
    symlinkSync(join(dir, 'backup.json'), join(dir, 'link.md'));
    for (const out of ['link.md', './backup.json', join(dir, 'backup.json')]) {
      const { status, stdout, stderr } = gleaner(['render', 'backup.json', '--issue', 'issue-2025-11-12', '--out', out], outDir, dir);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(`gleaner: --out ${out} is the backup file itself: choose another file\n`);
    }
    expect(readFileSync(join(dir, 'backup.json'), 'utf8')).toBe(REFERENCE_BACKUP);
  });

  test('--out - writes to standard output and creates no file named "-"', () => {
    const { status, stdout } = gleaner(['render', 'reference-backup.json', '--issue', 'issue-2025-11-12', '--out', '-'], outDir);
    expect(status).toBe(0);
    expect(stdout).toBe(`${REFERENCE}\n`);
    expect(() => readFileSync(join(FIXTURES, '-'))).toThrow();
  });

  test.each([
    ['UTF-8 with a byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(REFERENCE_BACKUP, 'utf8')])],
    ['UTF-16LE with a byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REFERENCE_BACKUP, 'utf16le')])],
    ['UTF-16BE with a byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(REFERENCE_BACKUP, 'utf16le').swap16()])],
  ])('reads %s', (_name, bytes) => {
    writeFileSync(join(dir, 'encoded.json'), bytes);
    const { status, stdout, stderr } = gleaner(['render', 'encoded.json', '--issue', 'issue-2025-11-12'], outDir, dir);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toBe(`${REFERENCE}\n`);
  });

  test('deep nesting, a huge id, a bad encoding: one line each, no stack trace', () => {
    const files: Record<string, string | Buffer> = {
      'deep.json': `{"format":"gleaner-backup","version":1,"picks":[],"issues":[],"settings":{"x":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}}`,
      'huge-id.json': JSON.stringify({ format: 'gleaner-backup', version: 1, picks: [], issues: [{ id: 'i'.repeat(5_000_000), status: 'draft', date: '2025-11-12' }] }),
      'utf16-no-bom.json': Buffer.from(REFERENCE_BACKUP, 'utf16le'),
    };
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(join(dir, name), content);
      const { status, stdout, stderr } = gleaner(['render', name], outDir, dir);
      expect(status).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.length).toBeLessThan(600);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  test('import a folder, render every issue back into another, find a link: real files, byte for byte', () => {
    const posts = join(FIXTURES, 'import');
    const imported = gleaner(['import', posts, join(FIXTURES, '2025-11-12-newsletter-du-12-novembre-2025.md'), '--out', join(dir, 'imported.json')], outDir, dir);
    expect(imported.stderr).toMatch(/\ngleaner: 4 imported, 0 updated, 0 unchanged, 0 skipped → .*imported\.json\n$/);
    expect(imported.status).toBe(0);
    const rendered = gleaner(['render', 'imported.json', '--all', '--out-dir', 'site/_posts'], outDir, dir);
    expect(rendered).toMatchObject({ status: 0, stderr: '' });
    expect(readFileSync(join(dir, 'site/_posts/2025-11-12-newsletter-du-12-novembre-2025.md'), 'utf8')).toBe(REFERENCE);
    for (const name of readdirSync(posts)) expect(readFileSync(join(dir, 'site/_posts', name), 'utf8')).toBe(readFileSync(join(posts, name), 'utf8'));
    expect(gleaner(['find', 'https://dtop.dev/', 'imported.json'], outDir, dir)).toMatchObject({
      status: 0, stdout: '2025-11-12\tNewsletter du 12 Novembre 2025\t2025-11-12-newsletter-du-12-novembre-2025.md\n',
    });
    expect(gleaner(['find', 'https://example.org/never', 'imported.json'], outDir, dir).status).toBe(1);
    const bad = gleaner(['import', join(FIXTURES, 'reference-backup.json'), '--out', 'x.json'], outDir, dir);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^skipped {3}.*reference-backup\.json: not a Markdown file \(\.md or \.markdown\): \.json\n/);
  });
});
