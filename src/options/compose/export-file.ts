// The exported file: rendered (and its front matter read back) before it is offered. Loaded on demand
// (use-export-result): the YAML library is the heaviest thing the composer needs, and not to show blocks.
import { issueFileName } from '../../core/file-name';
import { FrontMatterError } from '../../core/front-matter';
import { titleText } from '../../core/issue-title';
import { renderIssueLines, type BlockRenderCache, type IssueDocument, type LineRange } from '../../core/render-issue';
import { shownError } from '../../platform/log';

export type ExportResult =
  /**
   * `blockLines`: where each block stands in `markdown` (the preview follows the block being edited);
   * `title`: the issue's title as rendered (a commit's message names it), '' when it has none.
   */
  | { ok: true; markdown: string; fileName: string; title: string; blockLines: ReadonlyMap<string, LineRange> }
  | { ok: false; message: string; frontMatter: boolean };

/**
 * Renders the issue, or says why it cannot be exported. `cache`: the blocks of the previous render of the
 * same issue, reused when unchanged (the composer renders after every change).
 */
export function renderForExport(doc: IssueDocument, cache?: BlockRenderCache): ExportResult {
  try {
    const { markdown, blockLines } = renderIssueLines(doc, cache);
    return { ok: true, markdown, blockLines, fileName: issueFileName(doc.issue), title: titleText(doc.issue.frontMatter) };
  } catch (error) {
    const message = shownError(error);
    return { ok: false, message, frontMatter: error instanceof FrontMatterError };
  }
}
