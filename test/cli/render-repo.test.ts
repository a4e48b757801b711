// `gleaner render --repo`: an issue read from the sync data branch prints exactly as from a backup of the
// same database. The branch is made by a real sync against git's own HTTP server.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fromBackupFile, parseBackup } from '../../src/core/backup-format';
import { main, type CliIo } from '../../src/cli/main';
import { restoreBackup } from '../../src/db/backup';
import { nodeGitDeps } from '../../src/git/node-deps';
import { syncWithBranch } from '../../src/sync/run';
import { createBlogRepo, type BlogRepo } from '../git-server/fixture';
import { startGitServer, type GitServer } from '../git-server/server';

const TOKEN = 'render-token-42';
const BACKUP = readFileSync(resolve(import.meta.dirname, '../fixtures/reference-backup.json'), 'utf8');
let repo: BlogRepo;
let server: GitServer;
let url: string;

beforeAll(async () => {
  repo = createBlogRepo();
  server = await startGitServer({ root: repo.root, token: TOKEN });
  url = `${server.origin}${repo.path}`;
  const parsed = parseBackup(BACKUP);
  if (!parsed.ok) throw new Error('bad fixture');
  await restoreBackup(fromBackupFile(parsed.file, { defaultLanguage: 'fr', now: 1, newId: () => crypto.randomUUID() }), 'replace');
  await syncWithBranch({ deps: nodeGitDeps(TOKEN), url, branch: 'gleaner-data', author: { name: 'CI', email: 'ci@example.org' }, device: 'Test' });
});
afterAll(async () => {
  await server.close();
  repo.remove();
});

async function gleaner(argv: string[], env: Record<string, string> = { GLEANER_TOKEN: TOKEN }): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { code: -1, stdout: '', stderr: '' };
  const io: CliIo = {
    readFile: async () => new TextEncoder().encode(BACKUP),
    sameFile: async () => false,
    writeFile: async () => undefined,
    stdout: (text) => { out.stdout += text; },
    stderr: (text) => { out.stderr += text; },
  };
  out.code = await main(argv, io, env);
  return out;
}

describe('gleaner render --repo', () => {
  test('prints the issue from the data branch byte for byte as from the backup', async () => {
    const issue = (JSON.parse(BACKUP) as { issues: { id: string }[] }).issues[0]!.id;
    const fromFile = await gleaner(['render', 'backup.json', '--issue', issue]);
    const fromRepo = await gleaner(['render', '--repo', url, '--issue', issue]);
    expect(fromRepo).toEqual({ code: 0, stdout: fromFile.stdout, stderr: '' });
    expect(fromFile.stdout.length).toBeGreaterThan(500);
  });

  test('says what is wrong: no such branch, no such issue, a refused token', async () => {
    expect(await gleaner(['render', '--repo', url, '--branch', 'nope'])).toMatchObject({ code: 1, stderr: expect.stringContaining('no branch "nope"') });
    expect(await gleaner(['render', '--repo', url, '--issue', 'missing'])).toMatchObject({ code: 1, stderr: expect.stringContaining('no issue with the id "missing"') });
    expect(await gleaner(['render', '--repo', url], { GLEANER_TOKEN: 'wrong' })).toMatchObject({ code: 1, stderr: expect.stringContaining('refused the access token') });
    expect(await gleaner(['render', '--repo', 'ftp://x'])).toMatchObject({ code: 2 });
  });
});
