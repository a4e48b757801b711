import type { JSX } from 'preact';
import type { QuarantineEntry } from '../../core/backup-format';
import { t } from '../../platform/i18n';
import { MAX_LISTED_ERRORS } from './problem-message';

export interface QuarantineListProps {
  entries: QuarantineEntry[];
}

/** After an export: the records it repaired or set aside, each with its first problem. */
export function QuarantineList({ entries }: QuarantineListProps): JSX.Element {
  const repaired = entries.filter((entry) => entry.repaired).length;
  return (
    <div role="status" class="backup-warning" data-testid="backup-quarantine">
      <p>{t('bak_quarantine', [String(repaired), String(entries.length - repaired)])}</p>
      <ul>
        {entries.slice(0, MAX_LISTED_ERRORS).map((entry, index) => (
          <li key={index}>
            <code>{`${entry.table} ${entry.id}`}</code> {t(entry.repaired ? 'bak_repaired' : 'bak_setAside')}: {entry.problems[0] ?? ''}
          </li>
        ))}
        {entries.length > MAX_LISTED_ERRORS && <li>{t('bak_moreErrors', String(entries.length - MAX_LISTED_ERRORS))}</li>}
      </ul>
    </div>
  );
}
