import { liveQuery } from 'dexie';
import { beforeEach, describe, expect, test } from 'vitest';
import { fromBackupFile, parseBackup } from '../../src/core/backup-format';
import { entryOfRow, serializeEntry, tombstone, type SyncEntry } from '../../src/core/sync/records';
import type { Issue } from '../../src/core/types';
import { restoreBackup } from '../../src/db/backup';
import { insertPickBlock, insertTextBlock, listBlocks, moveBlock } from '../../src/db/blocks';
import { db } from '../../src/db/db';
import { createDraft } from '../../src/db/issues';
import { createPick, deletePick, getPick, updatePick } from '../../src/db/picks';
import { saveLanguage } from '../../src/db/settings';
import { applySyncResult, countPendingChanges, readLocalChanges, readNeighbourhood } from '../../src/db/sync';

const defaults = { frontMatterDefaults: { layout: 'post' }, language: 'fr' };

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await db.syncChanges.clear();
});

async function changedPaths(): Promise<string[]> {
  return (await db.syncChanges.toArray()).map((change) => change.path).sort();
}

/** Applies what readLocalChanges saw as if the branch had taken it: base = the same files. */
async function syncedAsIs(): Promise<void> {
  const local = await readLocalChanges();
  await applySyncResult({
    entries: local.entries,
    base: local.entries.map((entry) => ({ key: `${entry.ref.kind}/${entry.ref.id}.json`, path: `${entry.ref.kind}/${entry.ref.id}.json`, oid: 'x', text: serializeEntry(entry) })),
    marks: local.marks,
  });
}

/** A validated backup holding inbox picks with these ids. */
function backupOf(ids: string[]): ReturnType<typeof fromBackupFile> {
  const picks = ids.map((id) => ({ id, url: `https://example.com/${id}` }));
  const parsed = parseBackup(JSON.stringify({ format: 'gleaner-backup', version: 1, picks, issues: [] }));
  if (!parsed.ok) throw new Error('bad fixture');
  return fromBackupFile(parsed.file, { defaultLanguage: 'fr', now: 1, newId: () => 'n' });
}

describe('marking local changes', () => {
  test('every write to a synced table marks its record, whatever function wrote it', async () => {
    const pick = await createPick({ url: 'https://example.com/a', title: 'A' });
    const draft = await createDraft(defaults);
    const { block } = await insertPickBlock(draft.id, pick.id, 0);
    await saveLanguage('en');
    expect(await changedPaths()).toEqual([`blocks/${block.id}.json`, `issues/${draft.id}.json`, `picks/${pick.id}.json`, 'settings/language.json'].sort());
    expect(await countPendingChanges()).toBe(4);
  });

  test('a restore that replaces everything writes one mark for all the records, not one per row', async () => {
    await createPick({ url: 'https://example.com/old', title: 'Old' });
    await db.syncChanges.clear();
    await restoreBackup(backupOf(['p1', 'p2']), 'replace');
    expect(await changedPaths()).toEqual(['*']);
    // Every record is compared at the next sync: they all count as pending.
    expect(await countPendingChanges()).toBe(2);
  });

  test('blocks record when they were last edited', async () => {
    const draft = await createDraft(defaults);
    const { block: first } = await insertTextBlock(draft.id, 0, 'a');
    await insertTextBlock(draft.id, 1, 'b');
    const before = Date.now();
    await moveBlock(first.id, { to: 1 });
    expect((await db.blocks.get(first.id))?.updatedAt).toBeGreaterThanOrEqual(before);
  });
});

describe('readLocalChanges', () => {
  test('a deleted record becomes a tombstone only if it was synced', async () => {
    const kept = await createPick({ url: 'https://example.com/a', title: 'A' });
    await syncedAsIs();
    const fresh = await createPick({ url: 'https://example.com/b', title: 'B' });
    await deletePick(fresh.id);
    await deletePick(kept.id);
    const { entries } = await readLocalChanges();
    expect(entries).toEqual([tombstone({ kind: 'picks', id: kept.id }, expect.any(Number) as unknown as number)]);
  });
});

describe('after a restore (one mark for every record)', () => {
  test('the next sync compares every record, and the synced ones the restore removed become tombstones', async () => {
    const removed = await createPick({ url: 'https://example.com/a', title: 'A' });
    await syncedAsIs();
    const neverSynced = await createPick({ url: 'https://example.com/b', title: 'B' });
    await restoreBackup(backupOf(['p1']), 'replace');
    const { entries, marks } = await readLocalChanges();
    expect(entries.map((entry) => `${entry.ref.kind}/${entry.ref.id}:${entry.deleted ? 'deleted' : 'live'}`).sort())
      .toEqual([`picks/${removed.id}:deleted`, 'picks/p1:live']);
    expect(entries.find((entry) => entry.deleted)).toEqual(tombstone({ kind: 'picks', id: removed.id }, marks.get('*')!));
    expect(neverSynced.id).not.toBe('p1');
    await applySyncResult({ entries, base: [], marks });
    expect(await countPendingChanges()).toBe(0);
  });

  test('a restore made while a sync ran keeps every record as restored, still pending', async () => {
    const pick = await createPick({ url: 'https://example.com/a', title: 'A' });
    const local = await readLocalChanges();
    await restoreBackup(backupOf(['p1']), 'replace');
    const fromBranch = entryOfRow('picks', { ...pick, blurb: 'from the branch', updatedAt: pick.updatedAt + 1 });
    const report = await applySyncResult({ entries: [fromBranch], base: [], marks: local.marks });
    expect(report).toEqual({ written: 0, kept: [`picks/${pick.id}.json`] });
    expect(await getPick(pick.id)).toBeUndefined();
    expect(await changedPaths()).toEqual(['*']);
  });
});

describe('applySyncResult', () => {
  function remotePick(id: string, issueBlock?: { issueId: string; id: string }): SyncEntry[] {
    const pick = entryOfRow('picks', { id, url: `https://example.com/${id}`, urlKey: '', title: id, blurb: 'From the branch', emoji: '', kind: 'link', tags: [], image: null, description: '', siteName: '', quote: '', issueId: '', createdAt: 5, updatedAt: 5 });
    if (!issueBlock) return [pick];
    return [pick, entryOfRow('blocks', { id: issueBlock.id, issueId: issueBlock.issueId, order: 'a0', type: 'pick', pickId: id, updatedAt: 5 })];
  }

  test('stores the branch\'s records without marking them, with each pick in the issue of its block', async () => {
    const draft = await createDraft(defaults);
    await db.syncChanges.clear();
    const entries = remotePick('r1', { issueId: draft.id, id: 'rb1' });
    const report = await applySyncResult({ entries, base: [], marks: new Map() });
    expect(report.written).toBe(2);
    expect(await getPick('r1')).toMatchObject({ blurb: 'From the branch', issueId: draft.id, urlKey: 'example.com/r1' });
    expect((await listBlocks(draft.id)).map((block) => block.id)).toEqual(['rb1']);
    expect(await countPendingChanges()).toBe(0);
  });

  test('a record edited here while the sync ran is kept, and stays pending', async () => {
    const pick = await createPick({ url: 'https://example.com/a', title: 'A' });
    const local = await readLocalChanges();
    await updatePick(pick.id, { blurb: 'typed during the sync' });
    const fromBranch = entryOfRow('picks', { ...(await getPick(pick.id))!, blurb: 'branch', updatedAt: 1 });
    const report = await applySyncResult({ entries: [fromBranch], base: [], marks: local.marks });
    expect(report.kept).toEqual([`picks/${pick.id}.json`]);
    expect((await getPick(pick.id))?.blurb).toBe('typed during the sync');
    expect(await countPendingChanges()).toBe(1);
  });

  test('clears the marks it synced and deletes what the branch deleted', async () => {
    const pick = await createPick({ url: 'https://example.com/a', title: 'A' });
    const local = await readLocalChanges();
    await applySyncResult({ entries: [tombstone({ kind: 'picks', id: pick.id }, Date.now())], base: [], marks: local.marks });
    expect(await getPick(pick.id)).toBeUndefined();
    expect(await countPendingChanges()).toBe(0);
  });

  test('a whole merge re-renders a live query once, not once per record', async () => {
    const draft = await createDraft(defaults);
    const entries = Array.from({ length: 50 }, (_, index) => remotePick(`r${index}`)).flat();
    let emissions = 0;
    const subscription = liveQuery(() => db.picks.count()).subscribe(() => emissions++);
    // Waits for the query's first answer (it took over 50 ms under load in a full unit run), then for the
    // merge's, then a little more: a second re-render would show by then.
    await expect.poll(() => emissions).toBe(1);
    const before = emissions;
    await applySyncResult({ entries, base: [], marks: new Map() });
    await expect.poll(() => emissions).toBeGreaterThan(before);
    await new Promise((resolve) => setTimeout(resolve, 100));
    subscription.unsubscribe();
    expect(emissions - before).toBe(1);
    expect(await db.picks.count()).toBe(50);
    expect(draft.id).toBeTruthy();
  });
});

test('the neighbourhood of a merged block holds its issue\'s blocks and the picks they show', async () => {
  const draft: Issue = await createDraft(defaults);
  const pick = await createPick({ url: 'https://example.com/a', title: 'A' });
  const { block } = await insertPickBlock(draft.id, pick.id, 0);
  const { block: text } = await insertTextBlock(draft.id, 1, 'x');
  const state = await readNeighbourhood([entryOfRow('blocks', { ...text, markdown: 'y' })]);
  expect([...state.keys()].sort()).toEqual([`blocks/${block.id}.json`, `blocks/${text.id}.json`, `issues/${draft.id}.json`, `picks/${pick.id}.json`].sort());
});
