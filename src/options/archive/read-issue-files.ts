// The files the curator chose, as text for the importer. A file too large to be an issue is not even read;
// bytes that are not UTF-8 come out as U+FFFD, which the importer refuses as binary.
import { isMarkdownFileName, MAX_ISSUE_FILE_BYTES, problem } from '../../core/import/problems';
import type { ImportFileReport, IssueFileInput } from '../../db/import-issues';

export interface ReadFiles {
  inputs: IssueFileInput[];
  /** Files refused before reading (too large). */
  refused: ImportFileReport[];
  /** Files of a folder that are not Markdown (images, drafts' assets…): left out without a word each. */
  ignored: number;
}

/** `fromFolder`: a whole `_posts` folder, where only Markdown files are issues. */
export async function readIssueFiles(files: readonly File[], fromFolder: boolean): Promise<ReadFiles> {
  const read: ReadFiles = { inputs: [], refused: [], ignored: 0 };
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  for (const file of files) {
    const name = file.webkitRelativePath || file.name;
    if (fromFolder && !isMarkdownFileName(file.name)) {
      read.ignored += 1;
    } else if (file.size > MAX_ISSUE_FILE_BYTES) {
      read.refused.push({ name, status: 'skipped', problem: problem('too-large', `${Math.round(file.size / 1024)} KiB`) });
    } else {
      read.inputs.push({ name, text: decoder.decode(await file.arrayBuffer()) });
    }
  }
  return read;
}
