// Past issue files into the archive (issue 9): one transaction per file, so a file is imported whole or not
// at all, and a batch reports each file. What a file does to the archive is decided in core/import
// (import-step, the same rules as `gleaner import`); this file only reads the issue it may be and writes
// the answer. A changed file replaces its issue's content only when the caller says so (the options page
// asks the curator first).
import {
  importBatch, type ImportFileReport, type ImportIssueOptions, type ImportReport, type IssueFileInput,
} from '../core/import/import-report';
import { importStep, sameFileIssue, type ArchivedIssue, type ArchiveWrite } from '../core/import/import-step';
import type { ImportedIssue } from '../core/import/parse-issue-file';
import type { Settings } from '../core/types';
import { db } from './db';
import { loadSettings } from './settings';

export type {
  ImportFileReport, ImportIssueOptions, ImportReport, ImportStatus, IssueFileInput,
} from '../core/import/import-report';

/** The archived issue this file is, with its content, or undefined. */
async function archivedIssue(imported: ImportedIssue): Promise<ArchivedIssue | undefined> {
  const { fileName = '', date } = imported.issue;
  const byName = await db.issues.where('fileName').equals(fileName).first();
  const issue = sameFileIssue(fileName, byName, byName ? [] : await db.issues.where('date').equals(date).toArray());
  if (!issue) return undefined;
  const [blocks, picks] = await Promise.all([
    db.blocks.where('issueId').equals(issue.id).toArray(),
    db.picks.where('issueId').equals(issue.id).toArray(),
  ]);
  return { issue, blocks, picks };
}

async function apply(write: ArchiveWrite): Promise<void> {
  switch (write.kind) {
    case 'add':
      await db.issues.add(write.issue);
      await db.picks.bulkAdd(write.picks);
      await db.blocks.bulkAdd(write.blocks);
      return;
    case 'learn':
      await db.issues.update(write.issueId, { fileName: write.fileName, linkKeys: write.linkKeys });
      return;
    case 'replace':
      await db.blocks.bulkDelete(write.removedBlockIds);
      await db.picks.bulkDelete(write.removedPickIds);
      await db.issues.put(write.issue);
      await db.picks.bulkPut(write.picks);
      await db.blocks.bulkAdd(write.blocks);
  }
}

function importOne(file: IssueFileInput, imported: ImportedIssue, settings: Settings, updateChanged: boolean): Promise<ImportFileReport> {
  return db.transaction('rw', db.issues, db.blocks, db.picks, async () => {
    const step = importStep(file, imported, await archivedIssue(imported), { templates: settings.templates, updateChanged });
    if (step.write) await apply(step.write);
    return step.entry;
  });
}

/** Imports each file in its own transaction, in order, and says what became of each. */
export async function importIssueFiles(files: readonly IssueFileInput[], options: ImportIssueOptions = {}): Promise<ImportReport> {
  const settings = await loadSettings();
  const updateChanged = options.updateChanged ?? true;
  return importBatch(files, settings, options, (file, imported) => importOne(file, imported, settings, updateChanged));
}
