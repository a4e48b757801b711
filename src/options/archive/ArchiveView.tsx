// Published issues, newest first: each still exports exactly as it did, and can be reopened as a draft.
import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Issue, Settings } from '../../core/types';
import { loadIssueContent, listPublished, reopenIssue } from '../../db/issues';
import { t } from '../../platform/i18n';
import { reportActionFailure } from '../action-failure';
import { useLiveQuery } from '../../ui/use-live-query';
import { issueLabel } from '../compose/DraftPicker';
import { ExportActions } from '../compose/ExportActions';
import { renderForExport } from '../compose/export-file';
import { ImportIssues } from './ImportIssues';

export interface ArchiveViewProps {
  settings: Settings;
  /** Called after an issue is reopened, to show it in the compose tab. */
  onReopened: (issueId: string) => void;
}

export function ArchiveView({ settings, onReopened }: ArchiveViewProps): JSX.Element {
  const published = useLiveQuery(listPublished, []);
  if (published === undefined) return <p class="hint">{t('opt_loading')}</p>;
  return (
    <section class="archive" aria-labelledby="archive-heading">
      <h2 id="archive-heading">{t('opt_archiveHeading')}</h2>
      <ImportIssues />
      {published.length === 0 && <p class="hint">{t('opt_archiveEmpty')}</p>}
      <ul class="archive-list">
        {published.map((issue) => (
          <ArchivedIssue key={issue.id} issue={issue} settings={settings} onReopened={onReopened} />
        ))}
      </ul>
    </section>
  );
}

function ArchivedIssue({ issue, settings, onReopened }: { issue: Issue; settings: Settings; onReopened: (id: string) => void }): JSX.Element {
  const content = useLiveQuery(() => loadIssueContent(issue.id), [issue.id]);
  const result = useMemo(
    () => content && renderForExport({ ...content, templates: settings.templates }),
    [content, settings.templates],
  );
  const headingId = `archived-${issue.id}`;
  const reopen = async (): Promise<void> => {
    await reopenIssue(issue.id);
    onReopened(issue.id);
  };
  return (
    <li class="archived-issue" aria-labelledby={headingId} data-testid="archived-issue">
      <h3 id={headingId}>{issueLabel(issue)}</h3>
      <p class="meta">
        {t('opt_archiveMeta', [issue.date, String(content?.blocks.length ?? 0)])}
      </p>
      {result && (
        <ExportActions result={result}>
          <button type="button" onClick={() => reopen().catch(reportActionFailure)}>{t('opt_reopen')}</button>
        </ExportActions>
      )}
    </li>
  );
}
