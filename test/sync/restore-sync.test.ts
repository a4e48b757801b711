// A restore that replaces everything writes one "compare every record" mark instead of one per record
// (docs/sync.md, "On the device"): the next sync must still send what changed, delete on the branch what
// the restore removed, and leave every unchanged file alone.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { fromBackupFile, parseBackup } from '../../src/core/backup-format';
import { exportBackup, restoreBackup } from '../../src/db/backup';
import { db } from '../../src/db/db';
import { createPick } from '../../src/db/picks';
import { countPendingChanges } from '../../src/db/sync';
import { syncWithBranch } from '../../src/sync/run';
import { cloneBranch } from '../git-server/fixture';
import { DATA_BRANCH, serveDataBranch } from './data-branch';

const served = serveDataBranch();

test('after a replace, a sync sends the new record, a tombstone for the removed one, and nothing else', async () => {
  const kept = await createPick({ url: 'https://example.com/kept', title: 'Kept' });
  const removed = await createPick({ url: 'https://example.com/removed', title: 'Removed' });
  expect((await syncWithBranch(served.target)).sent).toBe(2);

  const parsed = parseBackup((await exportBackup()).text);
  if (!parsed.ok) throw new Error('the export does not parse');
  const data = fromBackupFile(parsed.file, { defaultLanguage: 'fr', now: Date.now(), newId: () => crypto.randomUUID() });
  const added = { ...data.picks.find((pick) => pick.id === kept.id)!, id: 'added', url: 'https://example.com/added', urlKey: 'example.com/added' };
  await restoreBackup({ ...data, picks: [...data.picks.filter((pick) => pick.id !== removed.id), added] }, 'replace');
  expect(await db.syncChanges.count()).toBe(1);

  const report = await syncWithBranch(served.target);
  // The new pick's file, the removed one's tombstone, and its file taken off: the kept pick is not rewritten.
  expect(report.sent).toBe(3);
  expect(await countPendingChanges()).toBe(0);
  const clone = cloneBranch(served.repo, DATA_BRANCH);
  expect(readdirSync(join(clone, 'picks')).sort()).toEqual([`added.json`, `${kept.id}.json`].sort());
  expect(readdirSync(join(clone, 'tombstones', 'picks'))).toEqual([`${removed.id}.json`]);
});
