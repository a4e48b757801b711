// One published issue in the Archive's windowed list: its title, date and file name, and its actions.
// Nothing is rendered ahead: Download and Copy read the issue's content and render it when clicked (a
// blog's archive of 250 issues used to render every one of them, and again after each imported file).
import type { JSX } from 'preact';
import { memo } from 'preact/compat';
import { useId, useState } from 'preact/hooks';
import { issueFileName } from '../../core/file-name';
import type { Issue, Templates } from '../../core/types';
import { loadIssueContent, reopenIssue } from '../../db/issues';
import { downloadText } from '../../platform/download';
import { t } from '../../platform/i18n';
import { reportActionFailure } from '../action-failure';
import { issueLabel } from '../compose/DraftPicker';

/** Height in px assumed for a row not measured yet. */
export const ROW_HEIGHT = 132;

export interface ArchivedIssueProps {
  issue: Issue;
  templates: Templates;
  onReopened: (issueId: string) => void;
  /** Its place in the windowed list (use-window-list). */
  index: number;
  total: number;
  offset: number;
  measure: (element: Element | null) => void;
}

type Feedback = { kind: 'none' } | { kind: 'copied' } | { kind: 'error'; text: string };

/** The issue's exported Markdown, rendered now; or the reason it cannot be exported. */
async function exportNow(issueId: string, templates: Templates): Promise<{ markdown: string; fileName: string } | { error: string }> {
  const [content, { renderForExport }] = await Promise.all([loadIssueContent(issueId), import('../compose/export-file')]);
  if (!content) return { error: t('opt_archiveGone') };
  const result = renderForExport({ ...content, templates });
  if (result.ok) return result;
  return { error: `${t(result.frontMatter ? 'opt_exportFrontMatterError' : 'opt_exportError')} ${result.message}` };
}

/** What a row shows of its issue: the row re-renders only when one of these changes. */
function shown(issue: Issue): string {
  return JSON.stringify([issue.id, issueLabel(issue), issue.date, issueFileName(issue), issue.linkKeys?.length ?? 0]);
}

/** Memoised by what it shows: liveQuery hands over fresh issues after every write, and most rows did not change. */
export const ArchivedIssue = memo(ArchivedIssueView, (before, after) =>
  before.templates === after.templates && before.onReopened === after.onReopened && before.index === after.index &&
  before.total === after.total && before.offset === after.offset && before.measure === after.measure &&
  shown(before.issue) === shown(after.issue));

function ArchivedIssueView({ issue, templates, onReopened, index, total, offset, measure }: ArchivedIssueProps): JSX.Element {
  const headingId = useId();
  const [feedback, setFeedback] = useState<Feedback>({ kind: 'none' });
  const links = issue.linkKeys?.length ?? 0;

  async function download(): Promise<void> {
    const result = await exportNow(issue.id, templates);
    if ('error' in result) return setFeedback({ kind: 'error', text: result.error });
    setFeedback({ kind: 'none' });
    downloadText(result.fileName, result.markdown, 'text/markdown;charset=utf-8');
  }
  async function copy(): Promise<void> {
    const result = await exportNow(issue.id, templates);
    if ('error' in result) return setFeedback({ kind: 'error', text: result.error });
    try {
      await navigator.clipboard.writeText(result.markdown);
      setFeedback({ kind: 'copied' });
    } catch {
      // Clipboard access can be refused (unfocused page, policy): Download still gives the same text.
      setFeedback({ kind: 'error', text: t('opt_archiveCopyFailed') });
    }
  }
  async function reopen(): Promise<void> {
    await reopenIssue(issue.id);
    onReopened(issue.id);
  }

  return (
    <li
      ref={measure}
      class="archived-issue"
      style={{ transform: `translateY(${offset}px)` }}
      data-index={index}
      data-window-key={issue.id}
      aria-posinset={index + 1}
      aria-setsize={total}
      aria-labelledby={headingId}
      data-testid="archived-issue"
    >
      <h3 id={headingId}>{issueLabel(issue)}</h3>
      <p class="meta">
        {t('opt_archiveMeta', issue.date)}
        {links > 0 && ` · ${t('opt_archiveLinks', String(links))}`}
      </p>
      <div class="export-actions">
        <button type="button" onClick={() => download().catch(reportActionFailure)}>{t('opt_download')}</button>
        <button type="button" onClick={() => copy().catch(reportActionFailure)}>{t('prev_copy')}</button>
        <button type="button" onClick={() => reopen().catch(reportActionFailure)}>{t('opt_reopen')}</button>
        <span class="file-name" data-testid="file-name">{issueFileName(issue)}</span>
        <span role="status" class={feedback.kind === 'error' ? 'export-error' : undefined}>
          {feedback.kind === 'copied' ? t('prev_copied') : feedback.kind === 'error' ? feedback.text : ''}
        </span>
      </div>
    </li>
  );
}
