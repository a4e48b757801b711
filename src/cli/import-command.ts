// `gleaner import FILE_OR_DIR... --out BACKUP.json [--into BACKUP.json]` and `gleaner import --repo URL
// [--branch B] [--posts DIR] --out BACKUP.json`: past issue files into a backup that "Restore backup"
// accepts, through the options page's importer (core/import). Each file's fate goes to stderr; a file that
// is not an issue is skipped with its reason, the others are imported, and the exit code is then 1.
import { parseArgs } from 'node:util';
import { safeBackupFile, type SafeExport } from '../core/backup-export';
import type { BackupData } from '../core/backup-format';
import { importIntoBackup } from '../core/import/import-backup';
import { addToReport, emptyReport, type ImportReport, type IssueFileInput } from '../core/import/import-report';
import { echo } from '../core/limits';
import { mergeSettings } from '../core/settings';
import type { Settings } from '../core/types';
import { collectIssueFiles } from './issue-files';
import { describeReport } from './import-lines';
import type { CliIo } from './main';
import { outFile, overwrittenInput, writeOutput, reason } from './output';
import { readBackup } from './read-backup';
import { readRepoPosts } from './repo-posts';
import { REPO_OPTIONS, repoUsage, type Env } from './repo-args';

export const IMPORT_USAGE = `Usage: gleaner import FILE_OR_DIR... --out BACKUP.json [--into BACKUP.json]
       gleaner import --repo URL [--branch B] [--posts DIR] [--token-env VAR] --out BACKUP.json [--into BACKUP.json]

Imports past issue files (Jekyll posts) into a Gleaner backup, as the options page's Archive → Import does:
a file name is one issue, an unchanged file changes nothing, a changed file updates its issue.

Options:
  --out FILE        the backup to write ("-": standard output); never one of the inputs
  --into FILE       a backup to import into (its issues, picks and settings are kept)
${repoUsage('the branch to read', ', if the repository needs one')}With --repo, the posts folder of the repository is read instead of files.
A folder stands for the Markdown files under it. Exit 1 when a file was skipped (the backup holds the others).
`;

function usageError(io: CliIo, message: string): number {
  io.stderr(`gleaner: ${message}\n\n${IMPORT_USAGE}`);
  return 2;
}

/**
 * The backup file's text, as "Export backup" writes it (a record that would not restore is repaired or set
 * aside, never dropped: `setAside` lists them), with the quarantine of the backup imported into kept.
 */
function backupText(data: BackupData, into: SafeExport['file']['quarantine'], now: Date): { text: string; setAside: SafeExport['quarantine'] } {
  const { file, quarantine: setAside } = safeBackupFile(data, now.toISOString());
  const quarantine = [...(into ?? []), ...(file.quarantine ?? [])];
  return { text: `${JSON.stringify({ ...file, ...(quarantine.length > 0 && { quarantine }) }, null, 2)}\n`, setAside };
}

export async function importCommand(argv: readonly string[], io: CliIo, env: Env, now: Date = new Date()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        ...REPO_OPTIONS, out: { type: 'string' }, into: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return usageError(io, reason(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(IMPORT_USAGE);
    return 0;
  }
  const fromRepo = values.repo !== undefined;
  if (values.out === undefined) return usageError(io, 'import needs --out BACKUP.json (or --out - for standard output)');
  if (!fromRepo && positionals.length === 0) return usageError(io, 'import needs the past issue files or folders to import (or --repo URL)');
  if (fromRepo && positionals.length > 0) return usageError(io, `--repo reads the repository: unexpected argument "${echo(positionals[0] ?? '')}"`);
  if (!fromRepo && (values.branch ?? values.posts ?? values['token-env']) !== undefined) return usageError(io, '--branch, --posts and --token-env go with --repo');
  const out = outFile(values.out);
  const inputs = [...positionals, ...(values.into === undefined ? [] : [values.into])];
  const overwritten = await overwrittenInput(io, out, inputs);
  if (overwritten !== undefined) {
    io.stderr(`gleaner: --out ${echo(out ?? '')} is ${overwritten === values.into ? 'the backup given to --into' : 'one of the files to import'}: choose another file\n`);
    return 2;
  }

  let data: BackupData = { picks: [], issues: [], blocks: [], settings: {} };
  let settings: Settings = mergeSettings({});
  let quarantine: SafeExport['file']['quarantine'];
  if (values.into !== undefined) {
    const into = await readBackup(io, values.into, now.getTime());
    if (!into) return 1;
    ({ data, settings } = into);
    quarantine = into.file.quarantine;
  }

  const report: ImportReport = emptyReport();
  let files: IssueFileInput[];
  let ignored = 0;
  let emptyFolders: string[] = [];
  if (fromRepo) {
    const posts = await readRepoPosts(io, values, env);
    if (typeof posts === 'number') return posts;
    files = posts;
  } else {
    const collected = await collectIssueFiles(io, positionals);
    collected.refused.forEach((entry) => addToReport(report, entry));
    ({ inputs: files, ignored, emptyFolders } = collected);
  }
  if (files.length === 0 && report.files.length === 0) {
    io.stderr(`gleaner: no Markdown file to import${emptyFolders.length > 0 ? ` in ${emptyFolders.join(', ')}` : ''}: nothing written\n`);
    return 1;
  }
  const imported = await importIntoBackup(data, files, settings, { now: now.getTime() });
  imported.report.files.forEach((entry) => addToReport(report, entry));
  if (report.counts.skipped === report.files.length) {
    io.stderr(describeReport(report, { ignored, out: null }));
    return 1;
  }
  io.stderr(describeReport(report, { ignored, out: out ?? 'standard output' }));
  const backup = backupText(imported.data, quarantine, now);
  for (const entry of backup.setAside) {
    const what = entry.repaired ? 'was written without some fields' : 'was set aside';
    io.stderr(`gleaner: warning: the ${entry.table.replace(/s$/, '')} "${echo(entry.id)}" ${what} (${echo(entry.problems.join('; '), 200)}): see "quarantine" in the backup\n`);
  }
  const written = await writeOutput(io, out, backup.text);
  return written !== 0 || report.counts.skipped > 0 || backup.setAside.length > 0 ? 1 : 0;
}
