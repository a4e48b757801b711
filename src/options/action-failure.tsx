// Failures of buttons that write (new draft, publish, add or move a block...): they have no field to show
// a message beside, so the page shows it at its top until dismissed: the curator clicked, and must learn
// that it did not happen. One message at a time, the latest.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../platform/i18n';
import { saveErrorMessage } from '../ui/save-error';
import { logError } from '../platform/log';

let show: ((message: string) => void) | null = null;

/** Tells the curator an action failed (a rejection handler: `promise.catch(reportActionFailure)`). */
export function reportActionFailure(error: unknown): void {
  logError('an action failed', error);
  show?.(saveErrorMessage(error));
}

export function ActionFailure(): JSX.Element | null {
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    show = setMessage;
    return () => { show = null; };
  }, []);
  if (message === null) return null;
  return (
    <div class="action-failure" role="alert">
      <p>{message}</p>
      <button type="button" onClick={() => setMessage(null)}>{t('opt_dismiss')}</button>
    </div>
  );
}
