// Fields another page changed while the curator typed in them here: the field shows the other text (it
// was stored later), and the curator's own text is shown here with a button to put it back. Nothing typed
// disappears silently (issue 8).
import type { JSX } from 'preact';
import { t } from '../../platform/i18n';
import type { PickField } from '../../platform/pick-write-port';
import type { Conflict } from '../use-pick-writer';

export interface ConflictNoticesProps {
  conflicts: readonly Conflict[];
  onKeepMine(conflict: Conflict): void;
}

const LABELS: Partial<Record<PickField, string>> = {
  title: 'popup_title', url: 'popup_url', blurb: 'popup_blurb', emoji: 'popup_emoji', kind: 'popup_kind', tags: 'popup_tags',
};

function shown(value: Conflict['mine']): string {
  return Array.isArray(value) ? value.join(', ') : String(value ?? '');
}

export function ConflictNotices({ conflicts, onKeepMine }: ConflictNoticesProps): JSX.Element | null {
  if (conflicts.length === 0) return null;
  return (
    <div class="conflicts" role="alert">
      {conflicts.map((conflict) => (
        <p key={conflict.field} class="conflict" data-field={conflict.field}>
          {t('popup_editedElsewhere', [t(LABELS[conflict.field] ?? 'popup_title'), shown(conflict.mine)])}{' '}
          <button type="button" onClick={() => onKeepMine(conflict)}>{t('popup_keepMine')}</button>
        </p>
      ))}
    </div>
  );
}
