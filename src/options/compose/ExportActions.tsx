// Download and copy of one issue, or the reason it cannot be exported. Shared by the draft and the archive.
import type { ComponentChildren, JSX } from 'preact';
import { t } from '../../platform/i18n';
import { CopyMarkdownButton } from '../preview/CopyMarkdownButton';
import { downloadText } from '../../platform/download';
import type { ExportResult } from './export-file';

export interface ExportActionsProps {
  result: ExportResult;
  /** More buttons beside download and copy (publish, reopen). */
  children?: ComponentChildren;
  /** Download is the area's primary action (the composer; not each issue of the archive). */
  primary?: boolean;
}

export function ExportActions({ result, children, primary = false }: ExportActionsProps): JSX.Element {
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
  return (
    <div class="export-actions">
      <button type="button" class={primary ? 'primary' : undefined} onClick={() => downloadText(result.fileName, result.markdown, 'text/markdown;charset=utf-8')}>
        {t('opt_download')}
      </button>
      <CopyMarkdownButton markdown={result.markdown} />
      {children}
      <span class="file-name" data-testid="file-name">{result.fileName}</span>
    </div>
  );
}
