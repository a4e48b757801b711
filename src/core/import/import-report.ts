// A batch of past issue files and what became of each: the loop the options page and the command line
// share. Each file is parsed here and handed to the storage's `importOne`, which applies it whole or not at
// all; a file that cannot be parsed or saved is skipped with its reason and the batch goes on.
import type { Templates } from '../types';
import { parseIssueFile, type ImportedIssue } from './parse-issue-file';
import { problem, type ImportProblem } from './problems';
import { recognizer } from './recognize';
import { errorMessage } from '../redact';

export interface IssueFileInput {
  /** The file's name, possibly with its folder (`_posts/2025-11-12-x.md`). */
  name: string;
  text: string;
}

/**
 * - `imported`: a new published issue;
 * - `updated`: the file differed from its archived issue, whose content it replaced;
 * - `unchanged`: the archive already exports exactly this file;
 * - `changed`: the file differs from its archived issue, left as it was (`updateChanged: false`);
 * - `skipped`: not imported, for `problem`.
 */
export type ImportStatus = 'imported' | 'updated' | 'unchanged' | 'changed' | 'skipped';

export interface ImportFileReport {
  name: string;
  status: ImportStatus;
  /** The issue the file is (absent when skipped). */
  issue?: { id: string; title: string; date: string };
  picks?: number;
  links?: number;
  problem?: ImportProblem;
}

export interface ImportReport {
  files: ImportFileReport[];
  counts: Record<ImportStatus, number>;
}

export interface ImportIssueOptions {
  /** Replace the content of archived issues whose file changed (default true). */
  updateChanged?: boolean;
  now?: number;
  newId?: () => string;
}

export interface BatchSettings {
  templates: Templates;
  language: string;
}

export function emptyReport(): ImportReport {
  return { files: [], counts: { imported: 0, updated: 0, unchanged: 0, changed: 0, skipped: 0 } };
}

export function addToReport(report: ImportReport, entry: ImportFileReport): void {
  report.files.push(entry);
  report.counts[entry.status] += 1;
}

/** The parser for one batch's files: the templates' matchers are built once, not once per file. */
export function batchParser(settings: BatchSettings, options: ImportIssueOptions): (file: IssueFileInput) => ImportedIssue | ImportProblem {
  const recognize = recognizer(settings.templates);
  const now = options.now ?? Date.now();
  return (file) => parseIssueFile(file.name, file.text, {
    templates: settings.templates, language: settings.language, now, recognize, ...(options.newId && { newId: options.newId }),
  });
}

/** The report line of a file that could not be parsed. */
export function skippedEntry(file: IssueFileInput, reason: ImportProblem): ImportFileReport {
  return { name: file.name, status: 'skipped', problem: reason };
}

/** Parses each file in order and gives it to `importOne`; a storage error skips that file only. */
export async function importBatch(
  files: readonly IssueFileInput[],
  settings: BatchSettings,
  options: ImportIssueOptions,
  importOne: (file: IssueFileInput, imported: ImportedIssue) => Promise<ImportFileReport>,
): Promise<ImportReport> {
  const parse = batchParser(settings, options);
  const report = emptyReport();
  for (const file of files) {
    const parsed = parse(file);
    let entry: ImportFileReport;
    if (parsed.kind === 'problem') entry = skippedEntry(file, parsed);
    else {
      try {
        entry = await importOne(file, parsed);
      } catch (error) {
        entry = { name: file.name, status: 'skipped', problem: problem('not-saved', errorMessage(error)) };
      }
    }
    addToReport(report, entry);
  }
  return report;
}
