// The inbox's bulk actions on the checked picks: add them to the issue, tag them, delete them (undoable).
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { parseTags } from '../../core/capture';
import { t } from '../../platform/i18n';

export interface InboxBulkBarProps {
  count: number;
  /** Null while no draft is open. */
  onAdd: (() => void) | null;
  onTag: (tags: string[]) => void;
  onDelete: () => void;
  onClear: () => void;
}

export function InboxBulkBar({ count, onAdd, onTag, onDelete, onClear }: InboxBulkBarProps): JSX.Element {
  const [tagText, setTagText] = useState('');
  const tagField = useRef<HTMLInputElement>(null);
  const none = count === 0;
  const tags = parseTags(tagText);
  const tag = (event: Event): void => {
    event.preventDefault();
    if (none || tags.length === 0) return;
    onTag(tags);
    setTagText('');
    // The button goes disabled with the field emptied: the field keeps focus for the next tag.
    tagField.current?.focus();
  };
  return (
    <div class="inbox-bulk" role="toolbar" aria-label={t('opt_bulkActions')} data-testid="inbox-bulk">
      <span class="inbox-bulk-count" aria-live="polite">{t('opt_selectedCount', String(count))}</span>
      <button type="button" data-action="bulk-add" disabled={none || !onAdd} onClick={() => onAdd?.()}>{t('opt_addToIssue')}</button>
      <form class="inbox-bulk-tag" onSubmit={tag}>
        <input ref={tagField} type="text" size={10} aria-label={t('opt_bulkTagLabel')} placeholder={t('opt_bulkTagPlaceholder')} value={tagText} onInput={(event) => setTagText(event.currentTarget.value)} />
        <button type="submit" disabled={none || tags.length === 0}>{t('opt_bulkTag')}</button>
      </form>
      <button type="button" class="quiet-danger" data-action="bulk-delete" disabled={none} onClick={onDelete}>{t('opt_delete')}</button>
      <button type="button" data-action="bulk-clear" disabled={none} onClick={onClear}>{t('opt_clearSelection')}</button>
    </div>
  );
}
