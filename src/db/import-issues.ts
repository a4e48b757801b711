// Past issue files into the archive (issue 9): one transaction per file, so a file is imported whole or not
// at all, and a batch reports each file. Idempotent: a file name is one issue (an issue made in Gleaner is
// known by the name it exports under), an unchanged file changes nothing, and a changed one replaces its
// issue's content only when the caller says so (the options page asks the curator first).
import { issueFileName } from '../core/file-name';
import { parseIssueFile, type ImportedIssue } from '../core/import/parse-issue-file';
import { problem, type ImportProblem } from '../core/import/problems';
import { recognizer } from '../core/import/recognize';
import { replaceIssue } from '../core/import/replace-issue';
import { renderIssue } from '../core/render-issue';
import type { Issue, Settings } from '../core/types';
import { listBlocks } from './blocks';
import { db } from './db';
import { picksOfIssue } from './inbox';
import { loadSettings } from './settings';

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
}

function titleOf(issue: Issue): string {
  const title = issue.frontMatter.title;
  return typeof title === 'string' && title.trim() !== '' ? title : issue.fileName ?? issue.date;
}

/** The issue this file is: the one imported under its name, else one made in Gleaner that exports under it. */
async function sameFile(fileName: string, date: string): Promise<Issue | undefined> {
  const byName = await db.issues.where('fileName').equals(fileName).first();
  if (byName) return byName;
  const sameDay = await db.issues.where('date').equals(date).toArray();
  return sameDay.find((issue) => issue.fileName === undefined && issueFileName(issue) === fileName);
}

async function exportedText(issue: Issue, settings: Settings): Promise<string | null> {
  try {
    return renderIssue({ issue, blocks: await listBlocks(issue.id), picks: await picksOfIssue(issue.id), templates: settings.templates });
  } catch {
    // An issue whose front matter cannot be exported cannot equal a file either.
    return null;
  }
}

async function writeNew(imported: ImportedIssue): Promise<void> {
  await db.issues.add(imported.issue);
  await db.picks.bulkAdd(imported.picks);
  await db.blocks.bulkAdd(imported.blocks);
}

async function replace(old: Issue, imported: ImportedIssue): Promise<void> {
  const oldPicks = [...(await picksOfIssue(old.id)).values()];
  const replacement = replaceIssue(old, oldPicks, imported);
  await db.blocks.where('issueId').equals(old.id).delete();
  await db.picks.bulkDelete(replacement.removedPickIds);
  await db.issues.put(replacement.issue);
  await db.picks.bulkPut(replacement.picks);
  await db.blocks.bulkAdd(replacement.blocks);
}

async function importOne(file: IssueFileInput, imported: ImportedIssue, settings: Settings, updateChanged: boolean): Promise<ImportFileReport> {
  const counts = { picks: imported.picks.length, links: imported.links.length };
  return db.transaction('rw', db.issues, db.blocks, db.picks, async (): Promise<ImportFileReport> => {
    const { fileName = '', date } = imported.issue;
    const existing = await sameFile(fileName, date);
    const described = (issue: Issue): ImportFileReport['issue'] => ({ id: issue.id, title: titleOf(issue), date: issue.date });
    if (!existing) {
      await writeNew(imported);
      return { name: file.name, status: 'imported', issue: described(imported.issue), ...counts };
    }
    if (existing.status === 'draft') return { name: file.name, status: 'skipped', problem: problem('draft-open', titleOf(existing)) };
    if ((await exportedText(existing, settings)) === file.text) {
      // Already the same file. An issue made in Gleaner learns its file name and every page it links to.
      if (existing.fileName !== fileName || String(existing.linkKeys) !== String(imported.issue.linkKeys)) {
        await db.issues.update(existing.id, { fileName, linkKeys: imported.issue.linkKeys ?? [] });
      }
      return { name: file.name, status: 'unchanged', issue: described(existing), ...counts };
    }
    if (!updateChanged) return { name: file.name, status: 'changed', issue: described(existing), ...counts };
    await replace(existing, imported);
    return { name: file.name, status: 'updated', issue: described({ ...imported.issue, id: existing.id }), ...counts };
  });
}

/** Imports each file in its own transaction, in order, and says what became of each. */
export async function importIssueFiles(files: readonly IssueFileInput[], options: ImportIssueOptions = {}): Promise<ImportReport> {
  const settings = await loadSettings();
  const recognize = recognizer(settings.templates);
  const now = options.now ?? Date.now();
  const report: ImportReport = { files: [], counts: { imported: 0, updated: 0, unchanged: 0, changed: 0, skipped: 0 } };
  for (const file of files) {
    const parsed = parseIssueFile(file.name, file.text, { templates: settings.templates, language: settings.language, now, recognize });
    let entry: ImportFileReport;
    if (parsed.kind === 'problem') entry = { name: file.name, status: 'skipped', problem: parsed };
    else {
      try {
        entry = await importOne(file, parsed, settings, options.updateChanged ?? true);
      } catch (error) {
        entry = { name: file.name, status: 'skipped', problem: problem('not-saved', error instanceof Error ? error.message : String(error)) };
      }
    }
    report.files.push(entry);
    report.counts[entry.status] += 1;
  }
  return report;
}
