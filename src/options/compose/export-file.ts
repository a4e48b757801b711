// The exported file: rendered (and its front matter read back) before it is offered. Loaded on demand
// (use-export-result): the YAML library is the heaviest thing the composer needs, and not to show blocks.
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
