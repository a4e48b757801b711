// The English sentence for a refused backup file, for the command line (the options page has its own,
// translated, in src/options/backup).
import type { BackupProblem } from '../core/backup-format';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../core/backup-format';
import { formatBytes } from '../core/limits';

/** At most this many validation errors are listed: the first few say what is wrong. */
const MAX_ERRORS = 10;

/** One line per error, each naming its place in the file. */
export function describeProblem(problem: BackupProblem): string {
  switch (problem.kind) {
    case 'too-large':
      return `the file is ${formatBytes(problem.bytes)}; the limit is ${formatBytes(problem.limit)}`;
    case 'not-text':
      return `the file is not valid ${problem.encoding} text (a backup is UTF-8, or UTF-16 with a byte order mark)`;
    case 'not-json':
      return `the file is not valid JSON (${problem.detail})`;
    case 'not-backup':
      return `the file is not a Gleaner backup (expected "format": "${BACKUP_FORMAT}")`;
    case 'newer-version':
      return `the file is a version ${problem.version} backup; this Gleaner reads up to version ${BACKUP_VERSION}: update Gleaner`;
    case 'invalid': {
      const lines = problem.errors.slice(0, MAX_ERRORS).map((error) => `  ${error.path || '(file)'}: ${error.message}`);
      const more = problem.errors.length > MAX_ERRORS ? [`  … and ${problem.errors.length - MAX_ERRORS} more`] : [];
      return ['the backup is not valid:', ...lines, ...more].join('\n');
    }
  }
}
