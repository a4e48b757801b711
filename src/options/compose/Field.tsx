// A labelled text input or textarea that writes on every keystroke and never loses one (ui/use-saved-text):
// it keeps what was typed locally, takes the stored value only while it is not being edited, and shows a
// failed write beside the text, which stays in the box until the next keystroke saves it again.
import type { JSX, TargetedEvent } from 'preact';
import { useId } from 'preact/hooks';
import { t } from '../../platform/i18n';
import { useSavedText, type SaveAnswer } from '../../ui/use-saved-text';

function staleAnswer(answer: unknown): SaveAnswer {
  const stale = (answer as { stale?: unknown } | null | undefined)?.stale;
  return typeof stale === 'string' ? { stale } : undefined;
}

export interface FieldProps {
  label: string;
  value: string;
  /**
   * Saves the text; a rejection is shown under the field. `base` is the text it replaces: a save that
   * finds another text stored answers `{ stale: storedText }` (see ui/use-saved-text).
   */
  onWrite: (value: string, base: string) => Promise<unknown>;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'url';
  placeholder?: string;
  /** Extra class on the wrapping label. */
  class?: string;
}

export function Field({ label, value, onWrite, multiline, rows = 3, type = 'text', placeholder, class: className }: FieldProps): JSX.Element {
  const saved = useSavedText(value, (text, base) => onWrite(text, base).then(staleAnswer));
  const id = useId();
  const common = {
    id,
    value: saved.text,
    placeholder,
    onInput: (event: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>): void => saved.input(event.currentTarget.value),
    onFocus: saved.onFocus,
    onBlur: saved.onBlur,
    'aria-invalid': saved.error !== null,
    'aria-describedby': saved.error === null ? undefined : `${id}-error`,
  };
  return (
    <div class={`field ${className ?? ''}`}>
      <label for={id}>{label}</label>
      {multiline
        ? <textarea rows={rows} {...common} />
        : type === 'url' ? <input type="url" {...common} /> : <input type="text" {...common} />}
      {saved.error !== null && <p class="field-error" id={`${id}-error`} role="alert">{saved.error}</p>}
      {saved.conflict !== null && (
        <p class="field-error" role="alert">
          {t('opt_editedElsewhere', saved.conflict)}{' '}
          <button type="button" onClick={saved.keepMine}>{t('opt_keepMine')}</button>
        </p>
      )}
    </div>
  );
}
