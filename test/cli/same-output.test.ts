// For the same backup, the command line prints exactly what the options page exports: the reference issue
// byte for byte, and any backup once restored through src/db and rendered the way the options page does.
import { readFileSync } from 'node:fs';
import { beforeEach, expect, test } from 'vitest';
import { fromBackupFile, parseBackup } from '../../src/core/backup-format';
import { renderIssue } from '../../src/core/render-issue';
import { exportBackup, restoreBackup } from '../../src/db/backup';
import { db } from '../../src/db/db';
import { loadIssueContent } from '../../src/db/issues';
import { loadSettings } from '../../src/db/settings';
import { BLOCKS, ISSUES, PICKS, SETTINGS } from '../fixtures/db-v1/rows';
import { gleaner } from './memory-io';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const REFERENCE = fixture('2025-11-12-newsletter-du-12-novembre-2025.md');
const REFERENCE_BACKUP = fixture('reference-backup.json');

async function cliRender(backup: string, ...options: string[]): Promise<string> {
  const { code, stdout, stderr, written } = await gleaner(['render', 'backup.json', ...options], { 'backup.json': backup });
  if (code !== 0 || written.size > 0) throw new Error(stderr);
  return stdout;
}

/** Restores the backup and renders an issue from the database, as the options page's export does. */
async function optionsPageRender(backup: string, issueId: string): Promise<string> {
  const parsed = parseBackup(backup);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  const { language } = await loadSettings();
  await restoreBackup(fromBackupFile(parsed.file, { defaultLanguage: language, now: Date.now(), newId: () => crypto.randomUUID() }), 'replace');
  const content = await loadIssueContent(issueId);
  if (!content) throw new Error(`no issue ${issueId}`);
  const { templates } = await loadSettings();
  return renderIssue({ ...content, templates });
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

test('the reference backup renders to the published reference issue, byte for byte', async () => {
  // renderIssue ends the file with a newline; the published file happens to lack it (see golden.test.ts).
  expect(await cliRender(REFERENCE_BACKUP, '--issue', 'issue-2025-11-12')).toBe(`${REFERENCE}\n`);
});

test('the reference backup: the command line and the options page agree', async () => {
  expect(await cliRender(REFERENCE_BACKUP, '--issue', 'issue-2025-11-12'))
    .toBe(await optionsPageRender(REFERENCE_BACKUP, 'issue-2025-11-12'));
});

test('an exported database with custom templates: the command line and the options page agree', async () => {
  await db.picks.bulkAdd(structuredClone(PICKS));
  await db.issues.bulkAdd(structuredClone(ISSUES));
  await db.blocks.bulkAdd(structuredClone(BLOCKS));
  await db.settings.bulkAdd(structuredClone(SETTINGS));
  const backup = (await exportBackup()).text;
  const draft = ISSUES.find((issue) => issue.status === 'draft')!;

  const printed = await cliRender(backup);
  // The featured article went through the backup's template, which has no call to action, not the default.
  expect(printed).toContain('Un grand merci à Sébastien.');
  expect(printed).not.toContain('Accéder au lien');
  expect(printed).toBe(await optionsPageRender(backup, draft.id));
});
