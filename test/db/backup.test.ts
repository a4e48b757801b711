import { beforeEach, describe, expect, test } from 'vitest';
import { fromBackupFile, parseBackup, type BackupData } from '../../src/core/backup-format';
import { compareKeys } from '../../src/core/order-key';
import type { Block, Issue, Pick } from '../../src/core/types';
import { exportBackup, restoreBackup } from '../../src/db/backup';
import { db } from '../../src/db/db';
import { BLOCKS, ISSUES, PICKS, SETTINGS } from '../fixtures/db-v1/rows';
import { countWrites } from './count-writes';

// Every row written below Dexie's API and its middlewares, sync's marks included (the restore budget).
const writes = countWrites(db);

const NOW = Date.UTC(2025, 11, 1);

async function seed(): Promise<void> {
  await db.picks.bulkAdd(structuredClone(PICKS));
  await db.issues.bulkAdd(structuredClone(ISSUES));
  await db.blocks.bulkAdd(structuredClone(BLOCKS));
  await db.settings.bulkAdd(structuredClone(SETTINGS));
}

async function snapshot(): Promise<Record<string, unknown[]>> {
  const byKey = (a: { id?: string; key?: string }, b: { id?: string; key?: string }): number =>
    compareKeys(a.id ?? a.key ?? '', b.id ?? b.key ?? '');
  return {
    picks: (await db.picks.toArray()).sort(byKey),
    issues: (await db.issues.toArray()).sort(byKey),
    blocks: (await db.blocks.toArray()).sort(byKey),
    settings: (await db.settings.toArray()).sort(byKey),
  };
}

function read(text: string): BackupData {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return fromBackupFile(result.file, { defaultLanguage: 'fr', now: NOW, newId: () => crypto.randomUUID() });
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
});

test('export → wipe → restore gives back a deep-equal database', async () => {
  await seed();
  const before = await snapshot();
  const text = (await exportBackup(new Date(NOW))).text;
  await Promise.all(db.tables.map((table) => table.clear()));
  expect((await snapshot()).picks).toEqual([]);

  await restoreBackup(read(text), 'replace');
  expect(await snapshot()).toEqual(before);
});

test('the export is the public format, dated, blocks in issue order', async () => {
  await seed();
  const file = JSON.parse((await exportBackup(new Date(NOW))).text) as { format: string; version: number; exportedAt: string; issues: Array<{ id: string; blocks: Array<{ id: string }> }> };
  expect(file.format).toBe('gleaner-backup');
  expect(file.version).toBe(2);
  expect(file.exportedAt).toBe('2025-12-01T00:00:00.000Z');
  expect(file.issues.find((issue) => issue.id === 'issue-draft')!.blocks.map((block) => block.id))
    .toEqual(['b-draft-1', 'b-draft-2', 'b-draft-3', 'b-draft-4', 'b-draft-5']);
});

test('replace removes what the backup does not have', async () => {
  await seed();
  const text = (await exportBackup()).text;
  await db.picks.add({ ...PICKS[0]!, id: 'only-here', url: 'https://only.example', urlKey: 'only.example', issueId: '' });
  const report = await restoreBackup(read(text), 'replace');
  expect(await db.picks.get('only-here')).toBeUndefined();
  expect(report.picks.added).toBe(PICKS.length);
});

test('two records of one id are refused before anything is written', async () => {
  await seed();
  const before = await snapshot();
  const data = read((await exportBackup()).text);
  // Nothing that validated a file has them; a put would silently keep the second.
  const broken: BackupData = { ...data, blocks: [...data.blocks, data.blocks[0]!] };
  await expect(restoreBackup(broken, 'replace')).rejects.toThrow('Two blocks of the backup have the same id');
  expect(await snapshot()).toEqual(before);
});

test('a failing write leaves every table as it was (one transaction)', async () => {
  await seed();
  const before = await snapshot();
  const data = read((await exportBackup()).text);
  // IndexedDB refuses the last row (a function cannot be stored) after the others were written.
  const unstorable = { ...data.blocks[0]!, id: 'unstorable', text: () => 'no' } as unknown as Block;
  await db.picks.add({ ...PICKS[0]!, id: 'only-here', url: 'https://only.example', urlKey: 'only.example', issueId: '' });
  const withExtra = await snapshot();
  await expect(restoreBackup({ ...data, blocks: [...data.blocks, unstorable] }, 'replace')).rejects.toThrow();
  expect(await snapshot()).toEqual(withExtra);
  expect(withExtra.picks).toHaveLength(before.picks!.length + 1);
});

test('replace into an empty database adds each record of the file once, and one sync mark for all (the write budget)', async () => {
  await seed();
  const data = read((await exportBackup()).text);
  await Promise.all(db.tables.map((table) => table.clear()));
  writes.reset();
  await restoreBackup(data, 'replace');
  expect(writes.rows).toEqual({
    picks: data.picks.length, issues: data.issues.length, blocks: data.blocks.length,
    settings: Object.keys(data.settings).length, syncChanges: 1,
  });
  // No clear(), no range delete.
  expect(writes.ranges).toEqual({});
});

test('replace over the database the backup was taken from writes only the sync mark', async () => {
  await seed();
  const before = await snapshot();
  const data = read((await exportBackup()).text);
  writes.reset();
  await restoreBackup(data, 'replace');
  expect(writes.rows).toEqual({ syncChanges: 1 });
  expect(writes.ranges).toEqual({});
  expect(await snapshot()).toEqual(before);
  expect(await db.syncChanges.get('*')).toMatchObject({ kind: 'all' });
});

test('replace writes only the rows that differ: deletes what the backup lacks, puts back what changed since', async () => {
  await seed();
  const before = await snapshot();
  const data = read((await exportBackup()).text);
  await db.picks.add({ ...PICKS[0]!, id: 'only-here', url: 'https://only.example', urlKey: 'only.example', issueId: '' });
  await db.settings.add({ key: 'only-here', value: 1 });
  await db.picks.update(PICKS[1]!.id, { title: 'Edited after the backup', tags: ['new'] });
  await db.issues.update(ISSUES[0]!.id, { frontMatter: { ...ISSUES[0]!.frontMatter, title: 'Edited too' } });
  writes.reset();
  await restoreBackup(data, 'replace');
  expect(writes.rows).toEqual({ picks: 2, issues: 1, settings: 1, syncChanges: 1 });
  expect(await db.picks.get('only-here')).toBeUndefined();
  expect(await db.settings.get('only-here')).toBeUndefined();
  expect(await snapshot()).toEqual(before);
});

describe('merge', () => {
  function pickRow(fields: Partial<Pick> & { id: string; updatedAt: number }): Pick {
    return { ...PICKS[5]!, ...fields };
  }

  function dataWith(picks: Pick[], issues: Issue[] = [], blocks: Block[] = []): BackupData {
    return { picks, issues, blocks, settings: {} };
  }

  test('same id: the newer updatedAt wins, either way', async () => {
    await seed();
    const stored = PICKS[5]!;
    const report = await restoreBackup(dataWith([
      pickRow({ id: stored.id, blurb: 'newer in the file', updatedAt: stored.updatedAt + 1 }),
      pickRow({ id: PICKS[6]!.id, url: PICKS[6]!.url, urlKey: PICKS[6]!.urlKey, blurb: 'older in the file', updatedAt: PICKS[6]!.updatedAt - 1 }),
    ]), 'merge');
    expect((await db.picks.get(stored.id))!.blurb).toBe('newer in the file');
    expect((await db.picks.get(PICKS[6]!.id))!.blurb).toBe(PICKS[6]!.blurb);
    expect(report.picks).toEqual({ added: 0, updated: 1, kept: 1 });
  });

  test('same normalised URL under another id: the newer content is kept under the database id', async () => {
    await seed();
    const stored = PICKS[5]!;
    await restoreBackup(dataWith([
      pickRow({ id: 'from-another-machine', url: `${stored.url}?utm_source=feed`, urlKey: stored.urlKey, blurb: 'newer', updatedAt: stored.updatedAt + 1 }),
    ]), 'merge');
    expect(await db.picks.get('from-another-machine')).toBeUndefined();
    expect(await db.picks.get(stored.id)).toMatchObject({ blurb: 'newer', issueId: '' });
    expect(await db.picks.count()).toBe(PICKS.length);
  });

  test('a new issue is added with its blocks, pointing at the matching database picks', async () => {
    await seed();
    const stored = PICKS[5]!;
    const issue: Issue = { ...ISSUES[1]!, id: 'issue-new', updatedAt: 1 };
    const report = await restoreBackup(dataWith(
      [pickRow({ id: 'other-id', urlKey: stored.urlKey, updatedAt: 0 })],
      [issue],
      [{ id: 'block-new', issueId: 'issue-new', order: 'a0', type: 'pick', pickId: 'other-id' }],
    ), 'merge');
    expect(await db.blocks.get('block-new')).toMatchObject({ pickId: stored.id });
    expect((await db.picks.get(stored.id))!.issueId).toBe('issue-new');
    expect(report).toEqual({ picks: { added: 0, updated: 0, kept: 1 }, issues: { added: 1, updated: 0, kept: 0 } });
  });

  test('a newer issue replaces its blocks; a pick it no longer shows returns to the inbox', async () => {
    await seed();
    const draft = ISSUES[1]!;
    await restoreBackup(dataWith([], [{ ...draft, updatedAt: draft.updatedAt + 1 }], [
      { id: 'only-block', issueId: draft.id, order: 'a0', type: 'pick', pickId: 'pick-talos' },
    ]), 'merge');
    expect((await db.blocks.where('issueId').equals(draft.id).toArray()).map((block) => block.id)).toEqual(['only-block']);
    expect((await db.picks.get('pick-sponsor'))!.issueId).toBe('');
    expect((await db.picks.get('pick-talos'))!.issueId).toBe(draft.id);
  });

  test('an older issue is left alone, blocks included', async () => {
    await seed();
    const before = await snapshot();
    const draft = ISSUES[1]!;
    await restoreBackup(dataWith([], [{ ...draft, updatedAt: draft.updatedAt - 1 }], []), 'merge');
    expect(await snapshot()).toEqual(before);
  });

  test('settings: the database keeps its own and gains the keys it lacks', async () => {
    await seed();
    await restoreBackup({ ...dataWith([]), settings: { language: 'en', theme: 'dark' } }, 'merge');
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'fr' });
    expect(await db.settings.get('theme')).toEqual({ key: 'theme', value: 'dark' });
  });
});

test('merge: two picks of one page in the file do not collapse into the one the database has', async () => {
  await seed();
  const stored = PICKS[5]!;
  const samePage = { url: stored.url, urlKey: stored.urlKey, issueId: '' };
  await restoreBackup({
    picks: [
      { ...stored, ...samePage, id: 'published-copy', blurb: 'first', updatedAt: stored.updatedAt + 1 },
      { ...stored, ...samePage, id: 'new-copy', blurb: 'second', updatedAt: stored.updatedAt + 2 },
    ],
    issues: [], blocks: [], settings: {},
  }, 'merge');
  const blurbs = (await db.picks.where('urlKey').equals(stored.urlKey).toArray()).map((pick) => pick.blurb).sort();
  expect(blurbs).toEqual(['first', 'second']);
});

test('imported issues survive export and restore: file name, layout, links, and their exact file', async () => {
  const { importIssueFiles } = await import('../../src/db/import-issues');
  const { ALL_FILES } = await import('../core/import/fixtures');
  const { renderIssue } = await import('../../src/core/render-issue');
  const { loadIssueContent } = await import('../../src/db/issues');
  const { DEFAULT_TEMPLATES } = await import('../../src/core/templates');
  await importIssueFiles(ALL_FILES);
  const before = await snapshot();
  const text = (await exportBackup(new Date(NOW))).text;
  await Promise.all(db.tables.map((table) => table.clear()));
  await restoreBackup(read(text), 'replace');
  expect(await snapshot()).toEqual(before);
  for (const issue of await db.issues.toArray()) {
    const content = await loadIssueContent(issue.id);
    expect(renderIssue({ ...content!, templates: DEFAULT_TEMPLATES })).toBe(ALL_FILES.find((file) => file.name === issue.fileName)?.text);
  }
});
