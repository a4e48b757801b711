// A text box that saves on every keystroke and never loses one. The box owns its text while the curator
// types: a stored value arriving late (an older save echoed back by liveQuery) must not overwrite newer
// keystrokes, so the stored value is adopted only when the box is not being edited and no save is pending.
import { useEffect, useRef, useState } from 'preact/hooks';
import { storageFailureOf } from '../../db/errors';
import { t } from '../../platform/i18n';

export interface DraftText {
  text: string;
  /** A message when the last save failed; the text stays in the box. */
  error: string | null;
  /** Sets the text and saves it. */
  input(text: string): void;
  /** Sets the text without saving (e.g. after a reset done by the database itself). */
  replace(text: string): void;
  onFocus(): void;
  onBlur(): void;
}

/** What the curator reads when a write fails. */
export function saveErrorMessage(error: unknown): string {
  switch (storageFailureOf(error)) {
    case 'full': return t('set_errorFull');
    case 'unavailable': return t('set_errorUnavailable');
    default: return t('set_errorOther', error instanceof Error ? error.message : String(error));
  }
}

export function useDraftText(stored: string, save: (text: string) => Promise<void>): DraftText {
  const [text, setText] = useState(stored);
  const [error, setError] = useState<string | null>(null);
  const editing = useRef(false);
  const pending = useRef(0);
  const latestStored = useRef(stored);
  latestStored.current = stored;

  useEffect(() => {
    if (!editing.current && pending.current === 0 && error === null) setText(stored);
  }, [stored]);

  function input(next: string): void {
    setText(next);
    pending.current += 1;
    save(next)
      .then(() => setError(null), (failure: unknown) => setError(saveErrorMessage(failure)))
      .finally(() => { pending.current -= 1; });
  }

  return {
    text,
    error,
    input,
    replace: setText,
    onFocus: () => { editing.current = true; },
    onBlur: () => {
      editing.current = false;
      // Another page may have saved this field while the box was focused: show what is stored now.
      // Never after a failed save: the unsaved text must stay in the box.
      if (pending.current === 0 && error === null) setText(latestStored.current);
    },
  };
}
