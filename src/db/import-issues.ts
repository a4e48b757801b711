// Past issue files into the archive (issue 9). What a file does to the archive is decided in core/import
// (import-step, the same rules as `gleaner import`); db/import-write reads the issues a batch may be and
// writes the answers. A changed file replaces its issue's content only when the caller says so (the options
// page asks the curator first).
//
// Files are parsed and written 25 to a transaction (a transaction per file made every open page's live
// queries work after each of 250 files). A file is still written whole or not at all: when a transaction
// fails, its files are written again one transaction each, so that only the file at fault is skipped.
// The parsing can run elsewhere (the options page parses in a Web Worker, core/import/parse-chunks): the
// files of the next transaction are parsed while this one is written.
import { parseChunksHere, type ParseChunks } from '../core/import/parse-chunks';
import {
  addToReport, emptyReport, type ImportFileReport, type ImportIssueOptions, type ImportReport, type IssueFileInput,
} from '../core/import/import-report';
import { problem } from '../core/import/problems';
import type { Templates } from '../core/types';
import { writeInOneTransaction, type ParsedFile } from './import-write';
import { loadSettings } from './settings';
import { errorMessage } from '../core/redact';

export type {
  ImportFileReport, ImportIssueOptions, ImportReport, ImportStatus, IssueFileInput,
} from '../core/import/import-report';

/** Files per transaction: 250 files are 10 writes (each one re-runs the open pages' live queries). */
export const FILES_PER_WRITE = 25;

export interface ImportIssueFilesOptions extends ImportIssueOptions {
  /** After each write: how many of the files are done. */
  onProgress?: (done: number, total: number) => void;
  /** Where the files are parsed (default: here, giving the page back every few ms). */
  parseChunks?: ParseChunks;
}

/** The files in one transaction; if it fails, each file in its own, and a file that still fails is skipped. */
async function writeFiles(files: readonly ParsedFile[], templates: Templates, updateChanged: boolean): Promise<ImportFileReport[]> {
  try {
    return await writeInOneTransaction(files, templates, updateChanged);
  } catch {
    const entries: ImportFileReport[] = [];
    for (const each of files) {
      try {
        entries.push(...await writeInOneTransaction([each], templates, updateChanged));
      } catch (error) {
        entries.push({ name: each.file.name, status: 'skipped', problem: problem('not-saved', errorMessage(error)) });
      }
    }
    return entries;
  }
}

/** Imports the files in order, a few per transaction, and says what became of each. */
export async function importIssueFiles(files: readonly IssueFileInput[], options: ImportIssueFilesOptions = {}): Promise<ImportReport> {
  const settings = await loadSettings();
  const updateChanged = options.updateChanged ?? true;
  const parseChunks = options.newId ? parseChunksHere : (options.parseChunks ?? parseChunksHere);
  const chunks = parseChunks(files, { templates: settings.templates, language: settings.language }, {
    now: options.now ?? Date.now(), chunkSize: FILES_PER_WRITE, ...(options.newId && { newId: options.newId }),
  });
  const report = emptyReport();
  for await (const parsed of chunks) {
    const start = report.files.length;
    const batch = parsed.map((each, index): ParsedFile => ({ file: files[start + index]!, parsed: each }));
    for (const entry of await writeFiles(batch, settings.templates, updateChanged)) addToReport(report, entry);
    options.onProgress?.(report.files.length, files.length);
  }
  return report;
}
