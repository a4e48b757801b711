// `gleaner render BACKUP.json [--issue ID] [--out FILE]`: prints an issue of a backup as Markdown, for a
// blog's own CI. Bundled by src/cli/vite.config.ts into dist/cli/gleaner.js, run by bin/gleaner.js.
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { publishCommand } from './publish-command';
import { renderBackup } from './render-backup';
import { renderRepoCommand } from './render-repo-command';

export const USAGE = `Usage: gleaner render BACKUP.json [--issue ID] [--out FILE]
       gleaner render --repo URL [--branch gleaner-data] [--issue ID] …   (gleaner render --repo x --help)
       gleaner publish BACKUP.json --repo URL [--issue ID] [--new-branch] …   (gleaner publish --help)

Prints the Markdown of an issue of a Gleaner backup, exactly as the options page exports it.

Options:
  --issue ID   the issue to render (default: the most recently updated draft)
  --out FILE   write the Markdown to FILE instead of standard output
  -h, --help   show this help
`;

/** What the command touches, so tests can run it without a process. */
export interface CliIo {
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const nodeIo: CliIo = {
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Exit codes: 0 done, 1 the file or issue is the problem, 2 the command line is. */
export async function main(argv: readonly string[], io: CliIo = nodeIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
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
    io.stderr(`gleaner: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
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
      : command !== 'render' ? `unknown command "${command}"`
      : backupPath === undefined ? 'render needs the path of a backup file' : `unexpected argument "${extra[0]}"`;
    io.stderr(`gleaner: ${problem}\n\n${USAGE}`);
    return 2;
  }

  let text: string;
  try {
    text = await io.readFile(backupPath);
  } catch (error) {
    io.stderr(`gleaner: cannot read ${backupPath}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const result = renderBackup(text, values.issue);
  if (!result.ok) {
    io.stderr(`gleaner: ${backupPath}: ${result.message}\n`);
    return 1;
  }
  if (values.out === undefined) {
    io.stdout(result.markdown);
    return 0;
  }
  try {
    await io.writeFile(values.out, result.markdown);
  } catch (error) {
    io.stderr(`gleaner: cannot write ${values.out}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  return 0;
}
