// The past issue files named on the command line, read as the options page reads chosen files: a folder
// stands for its Markdown files (the others, images and such, are left out without a word each), a file
// too large to be an issue is not decoded, and bytes that are not UTF-8 come out as U+FFFD, which the
// importer refuses as binary. A byte order mark is kept: the file must come back byte for byte.
import type { ImportFileReport, IssueFileInput } from '../core/import/import-report';
import { isMarkdownFileName, MAX_ISSUE_FILE_BYTES, problem } from '../core/import/problems';
import { echo } from '../core/limits';
import type { CliIo } from './main';
import { reason } from './output';

export interface CollectedFiles {
  inputs: IssueFileInput[];
  /** Files refused before the importer saw them: unreadable, too large. */
  refused: ImportFileReport[];
  /** Files of the folders that are not Markdown. */
  ignored: number;
  /** Folders with no Markdown file in them. */
  emptyFolders: string[];
}

export async function collectIssueFiles(io: CliIo, paths: readonly string[]): Promise<CollectedFiles> {
  const collected: CollectedFiles = { inputs: [], refused: [], ignored: 0, emptyFolders: [] };
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const read = async (path: string): Promise<void> => {
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(path);
    } catch (error) {
      collected.refused.push({ name: path, status: 'skipped', problem: problem('unreadable', reason(error)) });
      return;
    }
    if (bytes.length > MAX_ISSUE_FILE_BYTES) {
      collected.refused.push({ name: path, status: 'skipped', problem: problem('too-large', `${Math.round(bytes.length / 1024)} KiB`) });
    } else {
      collected.inputs.push({ name: path, text: decoder.decode(bytes) });
    }
  };
  for (const path of paths) {
    const inFolder = await io.listFiles(path);
    if (inFolder === null) {
      await read(path);
      continue;
    }
    const markdown = inFolder.filter((file) => isMarkdownFileName(file));
    collected.ignored += inFolder.length - markdown.length;
    if (markdown.length === 0) collected.emptyFolders.push(echo(path));
    for (const file of markdown) await read(file);
  }
  return collected;
}
