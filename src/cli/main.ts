// `gleaner render BACKUP.json [--issue ID] [--out FILE]`: prints an issue of a backup as Markdown, for a
// blog's own CI; and the dispatch to the other commands. Pure of Node's process: run.ts gives it files and
// streams (and is what gets bundled).
import { parseArgs } from 'node:util';
import { echo } from '../core/limits';
import { findCommand } from './find-command';
import { importCommand } from './import-command';
import { outFile, overwrittenInput, reason, writeOutput } from './output';
import { publishCommand } from './publish-command';
import { renderAllCommand } from './render-all-command';
import { renderBackup } from './render-backup';
import { renderRepoCommand } from './render-repo-command';

export const USAGE = `Usage: gleaner render BACKUP.json [--issue ID] [--out FILE]
       gleaner render BACKUP.json --all --out-dir DIR        every issue under its Jekyll file name
       gleaner render --repo URL [--branch gleaner-data] [--issue ID] …   (gleaner render --repo x --help)
       gleaner import FILE_OR_DIR... --out BACKUP.json [--into BACKUP.json]   (gleaner import --help)
       gleaner import --repo URL [--branch B] --out BACKUP.json …
       gleaner find URL BACKUP.json                          the published issues that link to URL
       gleaner publish BACKUP.json --repo URL [--issue ID] [--new-branch] …   (gleaner publish --help)

Prints the Markdown of an issue of a Gleaner backup, exactly as the options page exports it.

Options:
  --issue ID   the issue to render (default: the most recently updated draft)
  --out FILE   write the Markdown to FILE instead of standard output ("-": standard output)
  -h, --help   show this help
`;

/** What the command touches, so tests can run it without a process. */
export interface CliIo {
  readFile(path: string): Promise<Uint8Array>;
  /** Every file under the folder `path` (its subfolders too), by path, sorted; null when `path` is not a folder. */
  listFiles(path: string): Promise<string[] | null>;
  /** Creates the folder `path` and its parents, if missing. */
  makeDir(path: string): Promise<void>;
  /** Whether both paths name one file (symlinks followed); false when either does not exist. */
  sameFile(a: string, b: string): Promise<boolean>;
  writeFile(path: string, text: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit codes: 0 done, 1 the file or issue is the problem, 2 the command line is. */
export async function main(argv: readonly string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // Commands with options of their own parse their own arguments.
  if (argv[0] === 'publish') return publishCommand(argv.slice(1), io, env);
  if (argv[0] === 'import') return importCommand(argv.slice(1), io, env);
  if (argv[0] === 'find') return findCommand(argv.slice(1), io);
  const has = (option: string): boolean => argv.some((arg) => arg === option || arg.startsWith(`${option}=`));
  if (argv[0] === 'render' && has('--repo')) return renderRepoCommand(argv.slice(1), io, env);
  if (argv[0] === 'render' && (has('--all') || has('--out-dir'))) return renderAllCommand(argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { issue: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.stderr(`gleaner: ${reason(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const [command, backupPath, ...extra] = positionals;
  if (command !== 'render' || backupPath === undefined || extra.length > 0) {
    const problem = command === undefined ? 'no command given'
      : command !== 'render' ? `unknown command "${echo(command)}"`
      : backupPath === undefined ? 'render needs the path of a backup file' : `unexpected argument "${echo(extra[0] ?? '')}"`;
    io.stderr(`gleaner: ${problem}\n\n${USAGE}`);
    return 2;
  }
  const shownPath = echo(backupPath);
  const out = outFile(values.out);
  if (out !== undefined && await overwrittenInput(io, out, [backupPath]) !== undefined) {
    io.stderr(`gleaner: --out ${echo(out)} is the backup file itself: choose another file\n`);
    return 2;
  }

  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(backupPath);
  } catch (error) {
    io.stderr(`gleaner: cannot read ${shownPath}: ${reason(error)}\n`);
    return 1;
  }
  const result = renderBackup(bytes, values.issue);
  if (!result.ok) {
    io.stderr(`gleaner: ${shownPath}: ${result.message}\n`);
    return 1;
  }
  return writeOutput(io, out, result.markdown);
}
