// A text box that saves on every keystroke and never loses one. The box owns its text while the curator
// types: a stored value arriving late (an older save echoed back by liveQuery) must not overwrite newer
// keystrokes, so the stored value is adopted only when the box is not being edited, no save is pending
// and the last save did not fail. A failed save leaves the text in the box and its message beside it; the
// next keystroke saves the whole text again (use-write-status).
import { useEffect, useRef, useState } from 'preact/hooks';
import { useWriteStatus } from './use-write-status';

export interface SavedText {
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

export function useSavedText(stored: string, save: (text: string) => Promise<unknown>): SavedText {
  const [text, setText] = useState(stored);
  const status = useWriteStatus();
  const editing = useRef(false);
  const latestStored = useRef(stored);
  latestStored.current = stored;
  const { error, isSettled, track } = status;

  useEffect(() => {
    if (!editing.current && isSettled()) setText(stored);
  }, [stored, isSettled]);

  return {
    text,
    error,
    input(next) {
      setText(next);
      track(save(next));
    },
    replace: setText,
    onFocus: () => { editing.current = true; },
    onBlur: () => {
      editing.current = false;
      // Another page may have saved this field while the box was focused: show what is stored now.
      // Never after a failed save: the unsaved text must stay in the box.
      if (isSettled()) setText(latestStored.current);
    },
  };
}
