// What an import from the repository did: counts, then each file that was not imported and why.
import type { JSX } from 'preact';
import { describeImportProblem } from '../../core/import/problems';
import { t } from '../../platform/i18n';
import type { RepositoryImport } from './repository-actions';

export interface ImportResultViewProps {
  result: RepositoryImport;
}

export function ImportResultView({ result }: ImportResultViewProps): JSX.Element {
  const { counts, files } = result.report;
  const skipped = files.filter((file) => file.status === 'skipped');
  return (
    <div data-testid="repo-import">
      <p>
        {t('repo_importDone', [
          String(counts.imported), String(counts.updated), String(counts.unchanged + counts.changed + result.notRead), result.branch,
        ])}
      </p>
      {skipped.length > 0 && (
        <ul class="repo-problems">
          {skipped.map((file) => (
            <li key={file.name} class="settings-error">
              {file.name}: {file.problem ? describeImportProblem(file.problem) : t('repo_importSkipped')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
