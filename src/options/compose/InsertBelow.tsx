// "Add below" on a block: a text or a heading goes in right after it, not only at the end (issue
// 10: each one added at the end needed a drag back up). A small disclosure: the button opens two choices,
// Escape or leaving it closes them. It floats over the blocks below, so the block's height never changes
// (the windowed list measures it).
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import { Icon } from '../icons';

export type InsertKind = 'text' | 'heading';

export interface InsertBelowProps {
  onInsert: (kind: InsertKind) => void;
}

export function InsertBelow({ onInsert }: InsertBelowProps): JSX.Element {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLSpanElement>(null);
  // A press anywhere else closes it (where a click does not move focus, as on macOS, focusout never comes).
  useEffect(() => {
    if (!open) return undefined;
    const onPress = (event: PointerEvent): void => {
      if (!(event.target instanceof Node && rootRef.current?.contains(event.target))) setOpen(false);
    };
    document.addEventListener('pointerdown', onPress);
    return () => document.removeEventListener('pointerdown', onPress);
  }, [open]);
  const choose = (kind: InsertKind): void => {
    setOpen(false);
    onInsert(kind);
  };
  return (
    <span
      ref={rootRef}
      class="insert-below"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.stopPropagation();
        setOpen(false);
        toggleRef.current?.focus();
      }}
      onFocusOut={(event) => {
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setOpen(false);
      }}
    >
      <button
        ref={toggleRef} type="button" class="icon-button" data-action="insert-below" aria-expanded={open}
        aria-label={t('opt_addBelow')} title={t('opt_addBelow')} onClick={() => setOpen(!open)}
      >
        <Icon name="plus" />
      </button>
      {open && (
        <span class="insert-menu" role="group" aria-label={t('opt_addBelow')}>
          <button type="button" data-insert="text" onClick={() => choose('text')}>{t('opt_addText')}</button>
          <button type="button" data-insert="heading" onClick={() => choose('heading')}>{t('opt_addHeading')}</button>
        </span>
      )}
    </span>
  );
}
