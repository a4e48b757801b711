// Which draft is open, a new one, or deleting the open one (its picks go back to the inbox).
import type { JSX } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import type { Issue } from '../../core/types';
import { t } from '../../platform/i18n';

export interface DraftPickerProps {
  drafts: readonly Issue[];
  current: Issue;
  onSelect: (issueId: string) => void;
  onNew: () => void;
  onDelete: (issue: Issue) => void;
}

export function issueLabel(issue: Issue): string {
  const title = issue.frontMatter.title;
  return typeof title === 'string' && title.trim() !== '' ? title : issue.date;
}

export function DraftPicker({ drafts, current, onSelect, onNew, onDelete }: DraftPickerProps): JSX.Element {
  const selectId = useId();
  // Deleting drops the draft's text blocks for good: the button asks once more before it does.
  const [confirming, setConfirming] = useState(false);
  useEffect(() => setConfirming(false), [current.id]);
  return (
    <div class="draft-picker field-row">
      <div class="field field-grow">
        <label for={selectId}>{t('opt_draft')}</label>
        <select id={selectId} value={current.id} onChange={(event) => onSelect(event.currentTarget.value)}>
          {drafts.map((draft) => (
            <option key={draft.id} value={draft.id}>{issueLabel(draft)} ({draft.date})</option>
          ))}
        </select>
      </div>
      <button type="button" onClick={onNew}>{t('opt_newDraft')}</button>
      <button
        type="button"
        class={confirming ? 'danger' : undefined}
        onClick={() => (confirming ? onDelete(current) : setConfirming(true))}
        onBlur={() => setConfirming(false)}
      >
        {t(confirming ? 'opt_confirmDeleteDraft' : 'opt_deleteDraft')}
      </button>
    </div>
  );
}
