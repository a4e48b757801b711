// A git problem in the curator's language (messages gitProblem_*). Never shows the token: problems carry
// none (src/git/problems redacts any detail), and what they quote goes through the redaction again here, as a
// problem may come from storage (the sync worker's last status) written by an older version.
import type { GitProblem } from '../../git/problems';
import { t } from '../../platform/i18n';
import { redacted } from '../../platform/log';

export function problemText(problem: GitProblem): string {
  switch (problem.kind) {
    case 'missing-branch': return t('gitProblem_missingBranch', problem.branch);
    case 'folder-missing': return t('gitProblem_folderMissing', problem.folder);
    case 'file-exists': return t('gitProblem_fileExists', problem.path);
    case 'refused': return t('gitProblem_refused', redacted(problem.detail));
    case 'too-large': return t('gitProblem_tooLarge', [problem.name, String(problem.limitMb)]);
    case 'image-unavailable': return t('gitProblem_imageUnavailable', [redacted(problem.url), redacted(problem.detail)]);
    case 'unknown': return t('gitProblem_unknown', redacted(problem.detail));
    case 'unreachable': return t('gitProblem_unreachable');
    case 'wrong-token': return t('gitProblem_wrongToken');
    case 'not-found': return t('gitProblem_notFound');
    case 'no-write': return t('gitProblem_noWrite');
    case 'moved': return t('gitProblem_moved');
  }
}
