// What `gleaner import` says on stderr: one line per file (what became of it, or why it was skipped), then
// one line of totals. Names and titles come from the files: each is cut short, never echoed whole.
import type { ImportFileReport, ImportReport } from '../core/import/import-report';
import { describeImportProblem } from '../core/import/problems';
import { echo } from '../core/limits';

const VERBS: Record<ImportFileReport['status'], string> = {
  imported: 'imported ',
  updated: 'updated  ',
  unchanged: 'unchanged',
  changed: 'changed  ',
  skipped: 'skipped  ',
};

function line(file: ImportFileReport): string {
  const name = echo(file.name, 120);
  if (file.status === 'skipped') return `${VERBS.skipped} ${name}: ${file.problem ? describeImportProblem(file.problem) : 'not imported'}`;
  const issue = file.issue ? ` "${echo(file.issue.title, 80)}" (${file.issue.date})` : '';
  const links = file.links === undefined ? '' : `, ${file.links} link${file.links === 1 ? '' : 's'}`;
  const why = file.status === 'updated' ? ', the file changed since its last import: the issue now holds this version' : '';
  return `${VERBS[file.status]} ${name}${issue}${links}${why}`;
}

/** `out`: where the backup goes, or null when nothing could be imported and nothing is written. */
export function describeReport(report: ImportReport, options: { ignored: number; out: string | null }): string {
  const { counts } = report;
  const totals = (['imported', 'updated', 'unchanged', 'skipped'] as const)
    .map((status) => `${counts[status]} ${status}`)
    .join(', ');
  const ignored = options.ignored > 0 ? `; ${options.ignored} file${options.ignored === 1 ? '' : 's'} of the folders left out (not Markdown)` : '';
  const where = options.out === null ? ': nothing written' : ` → ${echo(options.out)}`;
  return `${report.files.map(line).join('\n')}\ngleaner: ${totals}${ignored}${where}\n`;
}
