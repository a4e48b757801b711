// A text box that saves on every keystroke and never loses one. The box owns its text while the curator
// types: a stored value arriving late (an older save echoed back by liveQuery) must not overwrite newer
// keystrokes, so the stored value is adopted only when the box is not being edited, no save is pending
// and the last save did not fail. A failed save leaves the text in the box and its message beside it; the
// next keystroke saves the whole text again (use-write-status).
// Each save is told the text it replaces (`base`). A save that refuses because the stored text is no
// longer that one (another page wrote it: issue 8) resolves with `{ stale: storedText }`: the box then shows
// the stored text, and the curator's own is kept in `conflict` to be put back with `keepMine`.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useWriteStatus } from './use-write-status';

/** What a save may answer: nothing (written), or the stored text it refused to overwrite. */
export type SaveAnswer = void | undefined | { stale: string };

export interface SavedText {
  text: string;
  /** A message when the last save failed; the text stays in the box. */
  error: string | null;
  /** The curator's text that another page's write replaced, until put back or typed over. */
  conflict: string | null;
  /** Sets the text and saves it. */
  input(text: string): void;
  /** Puts the curator's text from `conflict` back, over the other page's. */
  keepMine(): void;
  /** Sets the text without saving (e.g. after a reset done by the database itself). */
  replace(text: string): void;
  onFocus(): void;
  onBlur(): void;
}

export function useSavedText(stored: string, save: (text: string, base: string) => Promise<SaveAnswer>): SavedText {
  const [text, setText] = useState(stored);
  const [conflict, setConflict] = useState<string | null>(null);
  const { error, isSettled, track } = useWriteStatus();
  const editing = useRef(false);
  const latestStored = useRef(stored);
  latestStored.current = stored;
  /** The text known to be stored, and the one storage will hold once the saves in flight land. */
  const confirmed = useRef(stored);
  const expected = useRef(stored);

  useEffect(() => {
    if (!editing.current && isSettled()) {
      setText(stored);
      confirmed.current = stored;
      expected.current = stored;
    }
  }, [stored, isSettled]);

  function write(next: string): void {
    const base = expected.current;
    expected.current = next;
    const saving = save(next, base).then((answer) => {
      if (!answer) {
        confirmed.current = next;
        return;
      }
      if (answer.stale === confirmed.current) {
        // Storage holds what this box last stored: an earlier save of ours failed, nobody else wrote. Save
        // again over what is stored (a base of `next` itself would be refused as stale again, forever).
        if (expected.current === next) {
          expected.current = answer.stale;
          write(next);
        }
        return;
      }
      confirmed.current = answer.stale;
      if (expected.current !== next) return; // a later save of this box meets the same conflict
      expected.current = answer.stale;
      setText(answer.stale);
      setConflict(next);
    }, (failure: unknown) => {
      if (expected.current === next) expected.current = confirmed.current;
      throw failure;
    });
    track(saving);
  }

  return {
    text,
    error,
    conflict,
    input(next) {
      setText(next);
      setConflict(null);
      write(next);
    },
    keepMine() {
      if (conflict === null) return;
      setText(conflict);
      setConflict(null);
      write(conflict);
    },
    replace: setText,
    onFocus: () => { editing.current = true; },
    onBlur: () => {
      editing.current = false;
      // Another page may have saved this field while the box was focused: show what is stored now.
      // Never after a failed save: the unsaved text must stay in the box.
      if (isSettled()) {
        setText(latestStored.current);
        confirmed.current = latestStored.current;
        expected.current = latestStored.current;
      }
    },
  };
}
