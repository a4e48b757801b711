// What the curator reads when a write fails, wherever it failed (a field, a button, a setting).
import { storageFailureOf } from '../db/errors';
import { t } from '../platform/i18n';
import { shownError } from '../platform/log';

export function saveErrorMessage(error: unknown): string {
  switch (storageFailureOf(error)) {
    case 'full': return t('set_errorFull');
    case 'unavailable': return t('set_errorUnavailable');
    default: return t('set_errorOther', shownError(error));
  }
}
