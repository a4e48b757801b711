// "Export backup" never refuses to save the data there is (issue 8): records the format would refuse are
// repaired or set aside in the file's `quarantine` list, and the file still restores.
import { beforeEach, expect, test } from 'vitest';
import { fromBackupFile, parseBackup } from '../../src/core/backup-format';
import type { Block, Issue, Pick } from '../../src/core/types';
import { exportBackup, restoreBackup } from '../../src/db/backup';
import { db } from '../../src/db/db';
import { BLOCKS, ISSUES, PICKS, SETTINGS } from '../fixtures/db-v1/rows';

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await db.picks.bulkAdd(structuredClone(PICKS));
  await db.issues.bulkAdd(structuredClone(ISSUES));
  await db.blocks.bulkAdd(structuredClone(BLOCKS));
  await db.settings.bulkAdd(structuredClone(SETTINGS));
});

test('a clean database exports with no quarantine', async () => {
  const { text, quarantine } = await exportBackup();
  expect(quarantine).toEqual([]);
  expect(JSON.parse(text)).not.toHaveProperty('quarantine');
});

test('invalid records are repaired or set aside, listed, kept in the file, and the file restores', async () => {
  const issue = ISSUES[0]!;
  const pick = PICKS[0]!;
  // What a forged message or an old bug could leave behind, written straight into the tables.
  await db.picks.put({ ...pick, id: 'forged', urlKey: 'https://forged.example/', createdAt: -5, extra: 'my text' } as Pick);
  await db.issues.put({ ...issue, id: 'bad-date', date: '2025-13-45' } as Issue);
  await db.blocks.put({ id: 'orphan', issueId: 'bad-date', order: 'a0', type: 'text', markdown: 'Kept somewhere' } as Block);
  const shown = BLOCKS.find((block) => block.type === 'pick')!;
  await db.blocks.put({ ...shown, id: 'twice', order: 'zz' } as Block);
  await db.settings.put({ key: 'deep', value: JSON.parse(`${'['.repeat(200)}${']'.repeat(200)}`) as unknown });

  const { text, quarantine } = await exportBackup();
  expect(quarantine.map(({ table, id, repaired }) => ({ table, id, repaired }))).toEqual([
    { table: 'picks', id: 'forged', repaired: true },
    { table: 'issues', id: 'bad-date', repaired: false },
    { table: 'blocks', id: 'orphan', repaired: false },
    { table: 'blocks', id: 'twice', repaired: false },
    { table: 'settings', id: 'deep', repaired: false },
  ]);
  expect(quarantine[1]!.problems).toEqual(['date: expected a calendar date written YYYY-MM-DD, got "2025-13-45"']);
  expect(quarantine[3]!.problems[0]).toMatch(/is already in this issue/);
  // Nothing is lost: every original is in the file, as JSON text.
  const file = JSON.parse(text) as { picks: Array<{ id: string; extra?: string; createdAt?: number }>; quarantine: Array<{ record: string }> };
  expect(JSON.parse(file.quarantine[0]!.record)).toMatchObject({ id: 'forged', extra: 'my text', createdAt: -5 });
  expect(JSON.parse(file.quarantine[2]!.record)).toMatchObject({ markdown: 'Kept somewhere' });
  const forged = file.picks.find((candidate) => candidate.id === 'forged')!;
  expect(forged).not.toHaveProperty('extra');
  expect(forged).not.toHaveProperty('createdAt');

  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  const data = fromBackupFile(parsed.file, { defaultLanguage: 'fr', now: 1, newId: () => crypto.randomUUID() });
  expect(data.setAside).toBe(5);
  await restoreBackup(data, 'replace');
  expect(await db.issues.get('bad-date')).toBeUndefined();
  expect(await db.blocks.get('twice')).toBeUndefined();
  expect((await db.picks.get('forged'))?.blurb).toBe(pick.blurb);
});
