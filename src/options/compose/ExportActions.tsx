// Download and copy of one issue, or the reason it cannot be exported. Shared by the draft and the archive.
import type { ComponentChildren, JSX } from 'preact';
import { t } from '../../platform/i18n';
import { CopyMarkdownButton } from '../preview/CopyMarkdownButton';
import { downloadText } from '../../platform/download';
import type { ExportResult } from './export-file';
import { reportActionFailure } from '../action-failure';

export interface ExportActionsProps {
  result: ExportResult;
  /** More buttons beside download and copy (publish, reopen). */
  children?: ComponentChildren;
  /** Download is the area's primary action (the composer; not each issue of the archive). */
  primary?: boolean;
  /**
   * The export as it is now, when `result` may lag behind the changes (the composer renders after a
   * pause): Download and Copy save what it resolves to.
   */
  current?: () => Promise<ExportResult | undefined>;
}

export function ExportActions({ result, children, primary = false, current }: ExportActionsProps): JSX.Element {
  if (!result.ok) {
    return (
      <div class="export-actions">
        <p class="export-error" role="alert">
          {t(result.frontMatter ? 'opt_exportFrontMatterError' : 'opt_exportError')} {result.message}
        </p>
        {children}
      </div>
    );
  }
  // A result that turns out not to export (a change broke the front matter) is shown as such instead.
  const latest = async (): Promise<ExportResult | undefined> => (current ? current() : result);
  const download = async (): Promise<void> => {
    const now = await latest();
    if (now?.ok) downloadText(now.fileName, now.markdown, 'text/markdown;charset=utf-8');
  };
  const markdown = async (): Promise<string | null> => {
    const now = await latest();
    return now?.ok ? now.markdown : null;
  };
  return (
    <div class="export-actions">
      <button type="button" class={primary ? 'primary' : undefined} onClick={() => download().catch(reportActionFailure)}>
        {t('opt_download')}
      </button>
      <CopyMarkdownButton markdown={markdown} />
      {children}
      <span class="file-name" data-testid="file-name">{result.fileName}</span>
    </div>
  );
}
