// What "Test connection" found, one line per problem, or that everything works.
import type { JSX } from 'preact';
import type { ConnectionReport } from '../../git/test-connection';
import type { GitConnection } from '../../git/connection';
import { t } from '../../platform/i18n';
import { problemText } from './problem-text';

export interface ConnectionReportViewProps {
  report: ConnectionReport;
  connection: GitConnection;
}

export function ConnectionReportView({ report, connection }: ConnectionReportViewProps): JSX.Element {
  if (report.problems.length > 0) {
    return (
      <ul class="repo-problems" data-testid="repo-report">
        {report.problems.map((problem) => <li key={problem.kind} class="settings-error">{problemText(problem)}</li>)}
      </ul>
    );
  }
  return (
    <div data-testid="repo-report">
      <p class="repo-ok">{t('repo_allGood', [report.branch ?? '', connection.postsFolder])}</p>
      {report.imagesFolderMissing && <p class="settings-help">{t('repo_imagesFolderMissing', connection.imagesFolder)}</p>}
    </div>
  );
}
