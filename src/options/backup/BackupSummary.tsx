import type { JSX } from 'preact';
import type { BackupSummary as Summary } from '../../core/backup-format';
import { t } from '../../platform/i18n';

export interface BackupSummaryProps {
  summary: Summary;
}

/** What a restore is about to write, as a list of counts (no plural forms to get wrong in any language). */
export function BackupSummary({ summary }: BackupSummaryProps): JSX.Element {
  const rows: Array<[string, string]> = [
    [t('bak_countPicks'), String(summary.picks)],
    [t('bak_countInbox'), String(summary.inbox)],
    [t('bak_countDrafts'), String(summary.drafts)],
    [t('bak_countPublished'), String(summary.published)],
    [t('bak_countTemplates'), summary.hasTemplates ? t('bak_yes') : t('bak_no')],
    ...(summary.setAside > 0 ? [[t('bak_countSetAside'), String(summary.setAside)] as [string, string]] : []),
  ];
  return (
    <dl class="backup-summary" data-testid="backup-summary">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
