// "Deleted. Undo" in the options page (issue 10: nothing is lost by one click). A delete offers its undo
// here; the toast (ui/UndoToast, shared with the popup) keeps it for a few seconds. One offer at a time:
// a new delete replaces the previous toast, whose records stay deleted.
import type { JSX } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Restored } from '../db/restore';
import { t } from '../platform/i18n';
import { UndoToast } from '../ui/UndoToast';
import './undo-offer.css';
import { reportActionFailure } from './action-failure';

export interface UndoOffer {
  /** What happened, e.g. "Pick deleted." */
  message: string;
  /** Puts back what the delete removed (db/restore); refused when it was written again since. */
  undo: () => Promise<Restored>;
  /** After a restore: focus what came back. */
  onRestored?: () => void;
}

let show: ((offer: UndoOffer) => void) | null = null;

/** Shows the toast for `offer`, replacing any other. */
export function offerUndo(offer: UndoOffer): void {
  show?.(offer);
}

/** Runs an offer's undo, and says so when it was refused (nothing was written then). */
function runUndo(offer: UndoOffer): void {
  offer.undo().then((restored) => {
    if (restored.ok) offer.onRestored?.();
    else reportActionFailure(new Error(t('opt_undoRefused')));
  }, reportActionFailure);
}

export function UndoHost(): JSX.Element | null {
  // Each offer gets its own toast (a new key restarts its countdown).
  const [current, setCurrent] = useState<{ offer: UndoOffer; key: number } | null>(null);
  useEffect(() => {
    let key = 0;
    show = (offer) => setCurrent({ offer, key: ++key });
    return () => { show = null; };
  }, []);
  const forget = useCallback((key: number): void => setCurrent((shown) => (shown?.key === key ? null : shown)), []);
  const undo = useCallback((shown: { offer: UndoOffer; key: number }): void => {
    forget(shown.key);
    runUndo(shown.offer);
  }, [forget]);

  // Ctrl+Z (⌘Z) undoes too while the toast shows, unless focus is in a field (where it undoes typing):
  // the toast sits at the end of the page, far from the keyboard's place.
  useEffect(() => {
    if (!current) return undefined;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key.toLowerCase() !== 'z' || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return;
      const typing = 'textarea, select, [contenteditable], input:not([type="checkbox"], [type="radio"], [type="button"])';
      if (event.target instanceof Element && event.target.closest(typing)) return;
      event.preventDefault();
      undo(current);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [current, undo]);

  if (!current) return null;
  const { offer, key } = current;
  return (
    <div class="undo-host">
      <UndoToast
        key={key}
        message={offer.message}
        undoLabel={t('opt_undo')}
        onUndo={() => undo(current)}
        onExpire={() => forget(key)}
      />
    </div>
  );
}
