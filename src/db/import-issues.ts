// Past issue files into the archive (issue 9). What a file does to the archive is decided in core/import
// (import-step, the same rules as `gleaner import`); this file only reads the issue it may be and writes
// the answer. A changed file replaces its issue's content only when the caller says so (the options page
// asks the curator first).
//
// Files are written 25 to a transaction (a transaction per file made every open page's live queries work
// after each of 250 files). A file is still written whole or not at all: when a transaction fails, its
// files are written again one transaction each, so that only the file at fault is skipped.
import {
  addToReport, batchParser, emptyReport, skippedEntry,
  type ImportFileReport, type ImportIssueOptions, type ImportReport, type IssueFileInput,
} from '../core/import/import-report';
import { importStep, sameFileIssue, type ArchivedIssue, type ArchiveWrite } from '../core/import/import-step';
import type { ImportedIssue } from '../core/import/parse-issue-file';
import { problem, type ImportProblem } from '../core/import/problems';
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

/** Files per transaction: 250 files are 10 writes (each one re-runs the open pages' live queries). */
export const FILES_PER_WRITE = 25;
/** Parsing gives the page back after this many ms, so that it paints the progress and answers clicks. */
const SLICE_MS = 40;

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

interface ParsedFile {
  file: IssueFileInput;
  parsed: ImportedIssue | ImportProblem;
}

export interface ImportIssueFilesOptions extends ImportIssueOptions {
  /** After each write: how many of the files are done. */
  onProgress?: (done: number, total: number) => void;
}

/** Writes one file, inside the caller's transaction. */
async function writeOne({ file, parsed }: ParsedFile, settings: Settings, updateChanged: boolean): Promise<ImportFileReport> {
  if (parsed.kind === 'problem') return skippedEntry(file, parsed);
  const step = importStep(file, parsed, await archivedIssue(parsed), { templates: settings.templates, updateChanged });
  if (step.write) await apply(step.write);
  return step.entry;
}

function inOneTransaction(files: readonly ParsedFile[], settings: Settings, updateChanged: boolean): Promise<ImportFileReport[]> {
  return db.transaction('rw', db.issues, db.blocks, db.picks, async () => {
    const entries: ImportFileReport[] = [];
    // In order: two files of the batch may be the same issue, the second sees what the first wrote.
    for (const each of files) entries.push(await writeOne(each, settings, updateChanged));
    return entries;
  });
}

/** The files in one transaction; if it fails, each file in its own, and a file that still fails is skipped. */
async function writeFiles(files: readonly ParsedFile[], settings: Settings, updateChanged: boolean): Promise<ImportFileReport[]> {
  try {
    return await inOneTransaction(files, settings, updateChanged);
  } catch {
    const entries: ImportFileReport[] = [];
    for (const each of files) {
      try {
        entries.push(...await inOneTransaction([each], settings, updateChanged));
      } catch (error) {
        entries.push({ name: each.file.name, status: 'skipped', problem: problem('not-saved', error instanceof Error ? error.message : String(error)) });
      }
    }
    return entries;
  }
}

/** Imports the files in order, a few per transaction, and says what became of each. */
export async function importIssueFiles(files: readonly IssueFileInput[], options: ImportIssueFilesOptions = {}): Promise<ImportReport> {
  const settings = await loadSettings();
  const updateChanged = options.updateChanged ?? true;
  const parse = batchParser(settings, options);
  const report = emptyReport();
  let slice = performance.now();
  for (let start = 0; start < files.length; start += FILES_PER_WRITE) {
    const batch: ParsedFile[] = [];
    for (const file of files.slice(start, start + FILES_PER_WRITE)) {
      batch.push({ file, parsed: parse(file) });
      if (performance.now() - slice > SLICE_MS) {
        await nextTask();
        slice = performance.now();
      }
    }
    for (const entry of await writeFiles(batch, settings, updateChanged)) addToReport(report, entry);
    options.onProgress?.(report.files.length, files.length);
  }
  return report;
}
