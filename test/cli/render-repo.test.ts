// `gleaner render --repo`: an issue read from the sync data branch prints exactly as from a backup of the
// same database. The branch is made by a real sync against git's own HTTP server.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { fromBackupFile, parseBackup } from '../../src/core/backup-format';
import { restoreBackup } from '../../src/db/backup';
import { nodeGitDeps } from '../../src/git/node-deps';
import { syncWithBranch } from '../../src/sync/run';
import { serveBlogRepo } from '../git-server/served';
import { gleaner as runGleaner, type Run } from './memory-io';

const TOKEN = 'render-token-42';
const BACKUP = readFileSync(resolve(import.meta.dirname, '../fixtures/reference-backup.json'), 'utf8');
const served = serveBlogRepo({ token: TOKEN });
beforeAll(async () => {
  const parsed = parseBackup(BACKUP);
  if (!parsed.ok) throw new Error('bad fixture');
  await restoreBackup(fromBackupFile(parsed.file, { defaultLanguage: 'fr', now: 1, newId: () => crypto.randomUUID() }), 'replace');
  await syncWithBranch({ deps: nodeGitDeps(TOKEN), url: served.url, branch: 'gleaner-data', author: { name: 'CI', email: 'ci@example.org' }, device: 'Test' });
});

function gleaner(argv: string[], env: Record<string, string> = { GLEANER_TOKEN: TOKEN }): Promise<Run> {
  return runGleaner(argv, { 'backup.json': BACKUP }, env);
}

describe('gleaner render --repo', () => {
  test('prints the issue from the data branch byte for byte as from the backup', async () => {
    const issue = (JSON.parse(BACKUP) as { issues: { id: string }[] }).issues[0]!.id;
    const fromFile = await gleaner(['render', 'backup.json', '--issue', issue]);
    const fromRepo = await gleaner(['render', '--repo', served.url, '--issue', issue]);
    expect(fromRepo).toMatchObject({ code: 0, stdout: fromFile.stdout, stderr: '' });
    expect(fromFile.stdout.length).toBeGreaterThan(500);
  });

  test('says what is wrong: no such branch, no such issue, a refused token', async () => {
    expect(await gleaner(['render', '--repo', served.url, '--branch', 'nope'])).toMatchObject({ code: 1, stderr: expect.stringContaining('no branch "nope"') });
    expect(await gleaner(['render', '--repo', served.url, '--issue', 'missing'])).toMatchObject({ code: 1, stderr: expect.stringContaining('no issue with the id "missing"') });
    expect(await gleaner(['render', '--repo', served.url], { GLEANER_TOKEN: 'wrong' })).toMatchObject({ code: 1, stderr: expect.stringContaining('refused the access token') });
    expect(await gleaner(['render', '--repo', 'ftp://x'])).toMatchObject({ code: 2 });
  });
});
