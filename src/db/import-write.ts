// Writing parsed past issue files to IndexedDB, several files in one transaction (issue 9). What each file
// does is decided by core/import/import-step, the same rules as `gleaner import`; this file reads what those
// rules need and applies their answers.
//
// Per transaction: one read of the issues the files may be (by file name, and by date for an issue made in
// Gleaner that exports under the file's name), one read of those issues' blocks and picks, then the writes
// grouped (consecutive new issues in one bulkAdd per table). Reading and writing file by file cost an
// IndexedDB round trip each, 250 files made 750.
import type { ImportFileReport, IssueFileInput } from '../core/import/import-report';
import { importStep, sameFileIssue, type ArchivedIssue, type ArchiveWrite } from '../core/import/import-step';
import type { ImportedIssue } from '../core/import/parse-issue-file';
import type { ImportProblem } from '../core/import/problems';
import type { Block, Issue, Pick, Templates } from '../core/types';
import { db } from './db';
import { groupBy } from '../core/group-by';

export interface ParsedFile {
  file: IssueFileInput;
  parsed: ImportedIssue | ImportProblem;
}

/** The archive as the batch's files may find it: read once, then kept up to date with what the batch writes. */
interface ArchiveView {
  /** The issue each file name is, after this batch's earlier files. */
  byName: Map<string, ArchivedIssue>;
  /** Issues of the files' dates made in Gleaner (no file name yet), with their content. */
  sameDay: Map<string, Issue[]>;
  content: Map<string, ArchivedIssue>;
}

async function readArchive(issues: readonly ImportedIssue[]): Promise<ArchiveView> {
  const names = issues.map((imported) => imported.issue.fileName ?? '');
  const dates = [...new Set(issues.map((imported) => imported.issue.date))];
  const [named, dated] = await Promise.all([
    db.issues.where('fileName').anyOf(names).toArray(),
    db.issues.where('date').anyOf(dates).toArray(),
  ]);
  const found = [...new Map([...named, ...dated].map((issue) => [issue.id, issue])).values()];
  const ids = found.map((issue) => issue.id);
  const [blocks, picks] = ids.length === 0 ? [[], []] : await Promise.all([
    db.blocks.where('issueId').anyOf(ids).toArray(),
    db.picks.where('issueId').anyOf(ids).toArray(),
  ]);
  const blocksOf = groupBy(blocks, (block) => block.issueId);
  const picksOf = groupBy(picks, (pick) => pick.issueId ?? '');
  const content = new Map(found.map((issue) => [issue.id, { issue, blocks: blocksOf.get(issue.id) ?? [], picks: picksOf.get(issue.id) ?? [] }]));
  const byName = new Map<string, ArchivedIssue>();
  for (const issue of named) if (issue.fileName !== undefined && !byName.has(issue.fileName)) byName.set(issue.fileName, content.get(issue.id)!);
  return { byName, sameDay: groupBy(dated.filter((issue) => issue.fileName === undefined), (issue) => issue.date), content };
}

function archivedIssue(view: ArchiveView, { issue }: ImportedIssue): ArchivedIssue | undefined {
  const fileName = issue.fileName ?? '';
  const known = view.byName.get(fileName);
  if (known) return known;
  const made = sameFileIssue(fileName, undefined, view.sameDay.get(issue.date) ?? []);
  return made && view.content.get(made.id);
}

/** What the archive holds under the file's name once `write` is applied (a later file of the batch sees it). */
function afterWrite(view: ArchiveView, fileName: string, existing: ArchivedIssue | undefined, write: ArchiveWrite): void {
  switch (write.kind) {
    case 'add':
    case 'replace':
      view.byName.set(fileName, { issue: write.issue, blocks: write.blocks, picks: write.picks });
      return;
    case 'learn':
      if (existing) view.byName.set(fileName, { ...existing, issue: { ...existing.issue, fileName: write.fileName, linkKeys: write.linkKeys } });
  }
}

async function addAll(adds: Extract<ArchiveWrite, { kind: 'add' }>[]): Promise<void> {
  if (adds.length === 0) return;
  const picks: Pick[] = [];
  const blocks: Block[] = [];
  for (const add of adds) {
    picks.push(...add.picks);
    blocks.push(...add.blocks);
  }
  await db.issues.bulkAdd(adds.map((add) => add.issue));
  await db.picks.bulkAdd(picks);
  await db.blocks.bulkAdd(blocks);
  adds.length = 0;
}

async function applyOne(write: Exclude<ArchiveWrite, { kind: 'add' }>): Promise<void> {
  if (write.kind === 'learn') {
    await db.issues.update(write.issueId, { fileName: write.fileName, linkKeys: write.linkKeys });
    return;
  }
  await db.blocks.bulkDelete(write.removedBlockIds);
  await db.picks.bulkDelete(write.removedPickIds);
  await db.issues.put(write.issue);
  await db.picks.bulkPut(write.picks);
  await db.blocks.bulkAdd(write.blocks);
}

/** In order (a later write may be about an earlier one's issue), consecutive new issues written together. */
async function applyAll(writes: readonly ArchiveWrite[]): Promise<void> {
  const adds: Extract<ArchiveWrite, { kind: 'add' }>[] = [];
  for (const write of writes) {
    if (write.kind === 'add') {
      adds.push(write);
      continue;
    }
    await addAll(adds);
    await applyOne(write);
  }
  await addAll(adds);
}

/** Writes the files in one transaction, all or none, and says what became of each. */
export function writeInOneTransaction(files: readonly ParsedFile[], templates: Templates, updateChanged: boolean): Promise<ImportFileReport[]> {
  return db.transaction('rw', db.issues, db.blocks, db.picks, async () => {
    const issues = files.flatMap(({ parsed }) => (parsed.kind === 'issue' ? [parsed] : []));
    const view = await readArchive(issues);
    const entries: ImportFileReport[] = [];
    const writes: ArchiveWrite[] = [];
    for (const { file, parsed } of files) {
      if (parsed.kind === 'problem') {
        entries.push({ name: file.name, status: 'skipped', problem: parsed });
        continue;
      }
      const existing = archivedIssue(view, parsed);
      const step = importStep(file, parsed, existing, { templates, updateChanged });
      entries.push(step.entry);
      if (!step.write) continue;
      writes.push(step.write);
      afterWrite(view, parsed.issue.fileName ?? '', existing, step.write);
    }
    await applyAll(writes);
    return entries;
  });
}
