// Why a file was not imported: a code the options page translates, and a detail from the file itself.

export type ImportProblemCode =
  | 'not-markdown'
  | 'too-large'
  | 'binary'
  | 'empty'
  | 'bad-front-matter'
  | 'no-date'
  /** The front matter's `date` names a day the calendar lacks (Jekyll would move the post to another day). */
  | 'impossible-date'
  /** A draft in Compose has this file name: an import never overwrites work in progress. */
  | 'draft-open'
  /** The database refused the write (full disk, …): nothing of the file was kept. */
  | 'not-saved'
  /** The command line could not read the file (missing, no permission). */
  | 'unreadable';

export interface ImportProblem {
  kind: 'problem';
  code: ImportProblemCode;
  /** What in the file: the YAML parser's message, the size, the extension… ('' when nothing to add). */
  detail: string;
}

/** Files past this size are not issues (the reference is 14 KB; a long one, 100 KB). */
export const MAX_ISSUE_FILE_BYTES = 1024 * 1024;

/** The extensions Jekyll reads as Markdown by default (its `markdown_ext`). */
const MARKDOWN_EXTENSIONS = ['md', 'markdown', 'mkdown', 'mkdn', 'mkd'];

export function problem(code: ImportProblemCode, detail = ''): ImportProblem {
  return { kind: 'problem', code, detail };
}

/** Whether Jekyll would read `fileName` as Markdown. */
export function isMarkdownFileName(fileName: string): boolean {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return MARKDOWN_EXTENSIONS.includes(extension);
}

/** One line, in English, for the command line and logs (the options page has its own translations). */
export function describeImportProblem({ code, detail }: ImportProblem): string {
  const messages: Record<ImportProblemCode, string> = {
    'not-markdown': 'not a Markdown file (.md or .markdown)',
    'too-large': `larger than ${MAX_ISSUE_FILE_BYTES / 1024 / 1024} MiB, too large for an issue`,
    binary: 'not text: binary data or not UTF-8',
    empty: 'empty file',
    'bad-front-matter': 'its YAML front matter does not parse',
    'no-date': 'no date: neither the file name (YYYY-MM-DD-title.md) nor the front matter gives one',
    'impossible-date': 'the front matter\'s date is a day the calendar does not have (Jekyll moves such a post to another day): correct it',
    'draft-open': 'a draft with this file name is open in Compose: publish or delete it, then import again',
    'not-saved': 'it could not be saved',
    unreadable: 'it could not be read',
  };
  return detail === '' ? messages[code] : `${messages[code]}: ${detail}`;
}
