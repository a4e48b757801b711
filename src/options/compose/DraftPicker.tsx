// Which draft is open, a new one, or deleting the open one (its picks go back to the inbox; undoable).
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import type { Issue } from '../../core/types';
import { t } from '../../platform/i18n';
import { Icon } from '../icons';

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
  return (
    <div class="draft-picker">
      <div class="field field-grow">
        <label for={selectId}>{t('opt_draft')}</label>
        <select id={selectId} value={current.id} onChange={(event) => onSelect(event.currentTarget.value)}>
          {drafts.map((draft) => (
            <option key={draft.id} value={draft.id}>{issueLabel(draft)} ({draft.date})</option>
          ))}
        </select>
      </div>
      <button type="button" onClick={onNew}><Icon name="plus" />{t('opt_newDraft')}</button>
      {/* One click: the toast's "Undo" brings the draft back with its blocks (issue 10). */}
      <button type="button" class="quiet-danger" data-action="delete-draft" onClick={() => onDelete(current)}>
        <Icon name="trash" />{t('opt_deleteDraft')}
      </button>
    </div>
  );
}
