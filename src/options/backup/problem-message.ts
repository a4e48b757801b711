// A refused backup file, told to the curator in their language. Validation details (path and what was
// expected) come from zod in English: they name the exact place to fix, which no translation would add to.
import type { BackupProblem } from '../../core/backup-format';
import { formatBytes } from '../../core/limits';
import { storageFailureOf } from '../../db/errors';
import { t } from '../../platform/i18n';
import { shownError } from '../../platform/log';

/** Up to this many validation errors are listed: the first ones tell what is wrong. */
export const MAX_LISTED_ERRORS = 8;

export function problemMessage(problem: BackupProblem): string {
  switch (problem.kind) {
    case 'too-large':
      return t('bak_tooLarge', [formatBytes(problem.bytes), formatBytes(problem.limit)]);
    case 'not-text':
      return t('bak_notText', problem.encoding);
    case 'not-json':
      return t('bak_notJson', problem.detail);
    case 'not-backup':
      return t('bak_notBackup');
    case 'newer-version':
      return t('bak_newerVersion', String(problem.version));
    case 'invalid':
      return t('bak_invalid');
  }
}

/** Why a write failed, in words the curator can act on; nothing was changed in any case. */
export function restoreFailureMessage(error: unknown): string {
  switch (storageFailureOf(error)) {
    case 'full':
      return t('bak_storageFull');
    case 'unavailable':
      return t('bak_storageUnavailable');
    case 'other':
      return t('bak_restoreFailed', shownError(error));
  }
}
