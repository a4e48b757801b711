// What importing one past issue file does to the archive (issue 9), decided without touching any storage:
// the options page applies the answer to IndexedDB (db/import-issues), the command line to a backup in
// memory (core/import/import-backup). One set of rules for both: a file name is one issue (an issue made in
// Gleaner is known by the name it exports under), an unchanged file changes nothing, a changed one replaces
// its issue's content only when the caller says so, and a draft is never overwritten.
import { issueFileName } from '../file-name';
import { renderIssue } from '../render-issue';
import type { Block, Issue, Pick, Templates } from '../types';
import type { ImportedIssue } from './parse-issue-file';
import { problem } from './problems';
import { replaceIssue } from './replace-issue';
import type { ImportFileReport } from './import-report';

/** An archived issue with its content, as the importer compares it with a file. */
export interface ArchivedIssue {
  issue: Issue;
  /** In any order. */
  blocks: readonly Block[];
  /** The picks whose `issueId` is this issue. */
  picks: readonly Pick[];
}

/** The records one file's import writes; a storage applies them all or none. */
export type ArchiveWrite =
  | { kind: 'add'; issue: Issue; blocks: Block[]; picks: Pick[] }
  /** An issue already exporting the file learns its file name and every page it links to. */
  | { kind: 'learn'; issueId: string; fileName: string; linkKeys: string[] }
  | { kind: 'replace'; issue: Issue; blocks: Block[]; picks: Pick[]; removedBlockIds: string[]; removedPickIds: string[] };

export interface ImportStep {
  entry: ImportFileReport;
  write: ArchiveWrite | null;
}

export function titleOf(issue: Issue): string {
  const title = issue.frontMatter.title;
  return typeof title === 'string' && title.trim() !== '' ? title : issue.fileName ?? issue.date;
}

/**
 * The issue a file named `fileName` is: `byName` (the one imported under that name), else the one of
 * `sameDay` (the issues of the file's date) made in Gleaner that exports under that name.
 */
export function sameFileIssue(fileName: string, byName: Issue | undefined, sameDay: readonly Issue[]): Issue | undefined {
  return byName ?? sameDay.find((issue) => issue.fileName === undefined && issueFileName(issue) === fileName);
}

function exportedText({ issue, blocks, picks }: ArchivedIssue, templates: Templates): string | null {
  try {
    return renderIssue({ issue, blocks: [...blocks], picks: new Map(picks.map((pick) => [pick.id, pick])), templates });
  } catch {
    // An issue whose front matter cannot be exported cannot equal a file either.
    return null;
  }
}

/** What importing the file `name` (whose text parsed into `imported`) does, given the issue it already is. */
export function importStep(
  file: { name: string; text: string },
  imported: ImportedIssue,
  existing: ArchivedIssue | undefined,
  options: { templates: Templates; updateChanged: boolean },
): ImportStep {
  const { name } = file;
  const counts = { picks: imported.picks.length, links: imported.links.length };
  const described = (issue: Issue): ImportFileReport['issue'] => ({ id: issue.id, title: titleOf(issue), date: issue.date });
  if (!existing) {
    return {
      entry: { name, status: 'imported', issue: described(imported.issue), ...counts },
      write: { kind: 'add', issue: imported.issue, blocks: imported.blocks, picks: imported.picks },
    };
  }
  const old = existing.issue;
  if (old.status === 'draft') return { entry: { name, status: 'skipped', problem: problem('draft-open', titleOf(old)) }, write: null };
  if (exportedText(existing, options.templates) === file.text) {
    const fileName = imported.issue.fileName ?? '';
    const linkKeys = imported.issue.linkKeys ?? [];
    const learns = old.fileName !== fileName || String(old.linkKeys) !== String(linkKeys);
    return {
      entry: { name, status: 'unchanged', issue: described(old), ...counts },
      write: learns ? { kind: 'learn', issueId: old.id, fileName, linkKeys } : null,
    };
  }
  if (!options.updateChanged) return { entry: { name, status: 'changed', issue: described(old), ...counts }, write: null };
  const replacement = replaceIssue(old, existing.picks, imported);
  return {
    entry: { name, status: 'updated', issue: described(replacement.issue), ...counts },
    write: { kind: 'replace', ...replacement, removedBlockIds: existing.blocks.map((block) => block.id) },
  };
}
