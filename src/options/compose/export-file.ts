// The exported file: rendered (and its front matter read back) before it is offered, then handed to
// the browser as a download (platform/download).
import { issueFileName } from '../../core/file-name';
import { FrontMatterError } from '../../core/front-matter';
import { renderIssue, type IssueDocument } from '../../core/render-issue';
import { downloadText } from '../../platform/download';

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
  downloadText(fileName, markdown, 'text/markdown;charset=utf-8');
}
