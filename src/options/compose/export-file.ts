// The exported file: rendered (and its front matter read back) before it is offered, then handed to
// the browser as an `<a download>` of a Blob URL, which needs no `downloads` permission.
import { issueFileName } from '../../core/file-name';
import { FrontMatterError } from '../../core/front-matter';
import { renderIssue, type IssueDocument } from '../../core/render-issue';

export type ExportResult =
  | { ok: true; markdown: string; fileName: string }
  | { ok: false; message: string; frontMatter: boolean };

/** Renders the issue, or says why it cannot be exported. */
export function renderForExport(doc: IssueDocument): ExportResult {
  try {
    return { ok: true, markdown: renderIssue(doc), fileName: issueFileName(doc.issue) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message, frontMatter: error instanceof FrontMatterError };
  }
}

export function downloadMarkdown(fileName: string, markdown: string): void {
  const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking right after click() can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
