// Past issue files into a backup's records, in memory: what `gleaner import` writes out as a backup file.
// Same batch loop and same per-file rules as the options page (import-report, import-step); the records
// are indexed once so that each file costs the same whether the backup holds ten issues or ten thousand.
import type { BackupData } from '../backup-format';
import type { Block, Issue, Pick } from '../types';
import { importBatch, type BatchSettings, type ImportIssueOptions, type ImportReport, type IssueFileInput } from './import-report';
import { importStep, sameFileIssue, type ArchivedIssue, type ArchiveWrite } from './import-step';
import type { ImportedIssue } from './parse-issue-file';

function push<V>(map: Map<string, Set<V>>, key: string, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** A backup's issues, blocks and picks by id, with the lookups the importer needs. */
class Archive {
  readonly issues = new Map<string, Issue>();
  readonly blocks = new Map<string, Block>();
  readonly picks = new Map<string, Pick>();
  private readonly byFileName = new Map<string, Set<string>>();
  private readonly byDate = new Map<string, Set<string>>();
  private readonly blocksOf = new Map<string, Set<string>>();
  private readonly picksOf = new Map<string, Set<string>>();

  constructor(data: BackupData) {
    for (const issue of data.issues) this.putIssue(issue);
    for (const block of data.blocks) this.putBlock(block);
    for (const pick of data.picks) this.putPick(pick);
  }

  private putIssue(issue: Issue): void {
    const old = this.issues.get(issue.id);
    if (old?.fileName !== undefined) this.byFileName.get(old.fileName)?.delete(old.id);
    if (old) this.byDate.get(old.date)?.delete(old.id);
    this.issues.set(issue.id, issue);
    if (issue.fileName !== undefined) push(this.byFileName, issue.fileName, issue.id);
    push(this.byDate, issue.date, issue.id);
  }

  private putBlock(block: Block): void {
    this.blocks.set(block.id, block);
    push(this.blocksOf, block.issueId, block.id);
  }

  private putPick(pick: Pick): void {
    const old = this.picks.get(pick.id);
    if (old) this.picksOf.get(old.issueId)?.delete(old.id);
    this.picks.set(pick.id, pick);
    push(this.picksOf, pick.issueId, pick.id);
  }

  private deleteBlock(id: string): void {
    const block = this.blocks.get(id);
    if (!block) return;
    this.blocksOf.get(block.issueId)?.delete(id);
    this.blocks.delete(id);
  }

  private deletePick(id: string): void {
    const pick = this.picks.get(id);
    if (!pick) return;
    this.picksOf.get(pick.issueId)?.delete(id);
    this.picks.delete(id);
  }

  private content<T>(ids: Set<string> | undefined, table: Map<string, T>): T[] {
    return [...(ids ?? [])].map((id) => table.get(id)!);
  }

  /** The issue a file is, as the options page finds it with its indexes. */
  find({ fileName = '', date }: Issue): ArchivedIssue | undefined {
    const named = [...(this.byFileName.get(fileName) ?? [])][0];
    const sameDay = this.content(this.byDate.get(date), this.issues);
    const issue = sameFileIssue(fileName, named === undefined ? undefined : this.issues.get(named), sameDay);
    if (!issue) return undefined;
    return { issue, blocks: this.content(this.blocksOf.get(issue.id), this.blocks), picks: this.content(this.picksOf.get(issue.id), this.picks) };
  }

  apply(write: ArchiveWrite): void {
    switch (write.kind) {
      case 'add':
        this.putIssue(write.issue);
        write.picks.forEach((pick) => this.putPick(pick));
        write.blocks.forEach((block) => this.putBlock(block));
        return;
      case 'learn': {
        const issue = this.issues.get(write.issueId);
        if (issue) this.putIssue({ ...issue, fileName: write.fileName, linkKeys: write.linkKeys });
        return;
      }
      case 'replace':
        write.removedBlockIds.forEach((id) => this.deleteBlock(id));
        write.removedPickIds.forEach((id) => this.deletePick(id));
        this.putIssue(write.issue);
        write.picks.forEach((pick) => this.putPick(pick));
        write.blocks.forEach((block) => this.putBlock(block));
    }
  }

  data(settings: BackupData['settings']): BackupData {
    return { issues: [...this.issues.values()], blocks: [...this.blocks.values()], picks: [...this.picks.values()], settings };
  }
}

export interface BackupImport {
  data: BackupData;
  report: ImportReport;
}

/** Imports `files` into a copy of `data` (which is left as it was); `settings` are the backup's, merged. */
export async function importIntoBackup(
  data: BackupData,
  files: readonly IssueFileInput[],
  settings: BatchSettings,
  options: ImportIssueOptions = {},
): Promise<BackupImport> {
  const archive = new Archive(data);
  const updateChanged = options.updateChanged ?? true;
  const report = await importBatch(files, settings, options, async (file, imported: ImportedIssue) => {
    const step = importStep(file, imported, archive.find(imported.issue), { templates: settings.templates, updateChanged });
    if (step.write) archive.apply(step.write);
    return step.entry;
  });
  return { data: archive.data(data.settings), report };
}
