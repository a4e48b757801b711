// "Deleted. Undo" (issue 10: nothing is lost by one click). Shared by the popup and the options page, so it
// imports nothing but Preact: the popup must stay free of Dexie.
import { useEffect, useRef, useState } from 'preact/hooks';
import './undo-toast.css';

/** Long enough to notice and reach the button; the countdown also waits while the toast is hovered or focused. */
export const UNDO_TOAST_MS = 8000;

export interface UndoToastProps {
  /** What happened, e.g. "Deleted." */
  message: string;
  /** The button's text, e.g. "Undo". */
  undoLabel: string;
  onUndo(): void;
  /** The time to undo is over (the caller forgets what it kept for the undo). */
  onExpire(): void;
  duration?: number;
}

/** A polite live region with one button; it expires by itself unless the pointer or focus rests on it. */
export function UndoToast({ message, undoLabel, onUndo, onExpire, duration = UNDO_TOAST_MS }: UndoToastProps) {
  const [held, setHeld] = useState(false);
  const expire = useRef(onExpire);
  expire.current = onExpire;

  useEffect(() => {
    if (held) return undefined;
    const timer = setTimeout(() => expire.current(), duration);
    return () => clearTimeout(timer);
  }, [held, duration]);

  return (
    <div
      class="undo-toast" role="status" data-testid="undo-toast"
      onMouseEnter={() => setHeld(true)} onMouseLeave={() => setHeld(false)}
      onFocusIn={() => setHeld(true)} onFocusOut={() => setHeld(false)}
    >
      <span>{message}</span>
      <button type="button" class="undo-toast-action" onClick={onUndo}>{undoLabel}</button>
    </div>
  );
}
