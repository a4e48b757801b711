// `gleaner render BACKUP.json [--issue ID] [--out FILE]`: prints an issue of a backup as Markdown, for a
// blog's own CI. Pure of Node's process: run.ts gives it files and streams (and is what gets bundled).
import { parseArgs } from 'node:util';
import { echo } from '../core/limits';
import { publishCommand } from './publish-command';
import { renderBackup } from './render-backup';
import { renderRepoCommand } from './render-repo-command';

export const USAGE = `Usage: gleaner render BACKUP.json [--issue ID] [--out FILE]
       gleaner render --repo URL [--branch gleaner-data] [--issue ID] …   (gleaner render --repo x --help)
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
  /** Whether both paths name one file (symlinks followed); false when either does not exist. */
  sameFile(a: string, b: string): Promise<boolean>;
  writeFile(path: string, text: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** An error's message on one short line: a message never echoes megabytes of a path or a file. */
function reason(error: unknown): string {
  return echo((error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' '), 200);
}

/** Exit codes: 0 done, 1 the file or issue is the problem, 2 the command line is. */
export async function main(argv: readonly string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // Commands with options of their own parse their own arguments.
  if (argv[0] === 'publish') return publishCommand(argv.slice(1), io, env);
  if (argv[0] === 'render' && argv.some((arg) => arg === '--repo' || arg.startsWith('--repo='))) return renderRepoCommand(argv.slice(1), io, env);
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
  // `--out -` is standard output, as for most command line tools (not a file named "-").
  const out = values.out === '-' ? undefined : values.out;
  if (out !== undefined && await io.sameFile(out, backupPath)) {
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
  if (out === undefined) {
    io.stdout(result.markdown);
    return 0;
  }
  try {
    await io.writeFile(out, result.markdown);
  } catch (error) {
    io.stderr(`gleaner: cannot write ${echo(out)}: ${reason(error)}\n`);
    return 1;
  }
  return 0;
}
