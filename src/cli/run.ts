// The command line's contact with Node: files, standard streams, and the process-wide safety nets that
// keep a closed pipe or an unexpected error from ending in a stack trace. Bundled by src/cli/vite.config.ts
// into dist/cli/gleaner.js, run by bin/gleaner.js.
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { echo } from '../core/limits';
import { main, type CliIo } from './main';
import { reason } from './output';

async function identity(path: string): Promise<string | null> {
  try {
    // stat follows symlinks; device + inode also catches hard links and case-insensitive spellings.
    const { dev, ino } = await stat(path);
    return `${dev}:${ino}`;
  } catch {
    return null;
  }
}

/** The files under a folder, or null when `path` is not one (or does not exist: reading it will say so). */
async function listFiles(path: string): Promise<string[] | null> {
  const isFolder = await stat(path).then((info) => info.isDirectory(), () => false);
  if (!isFolder) return null;
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  // A symbolic link is read as what it points to; one to a folder is then refused as unreadable.
  return entries
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export const nodeIo: CliIo = {
  readFile: (path) => readFile(path),
  listFiles,
  makeDir: async (path) => { await mkdir(path, { recursive: true }); },
  sameFile: async (a, b) => {
    const [first, second] = await Promise.all([identity(a), identity(b)]);
    return first !== null && first === second;
  },
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/**
 * A reader that stops early (`gleaner render x.json | head -1`) closes the pipe: that is not an error,
 * so the command ends quietly (exit 0). Any other stream error ends it with one line and exit 1.
 */
function onStreamError(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`gleaner: ${echo(error.message, 200)}\n`);
  process.exit(1);
}

/** What bin/gleaner.js runs: `main` with Node's files and streams, never a stack trace. */
export async function runCli(argv: readonly string[]): Promise<number> {
  process.stdout.on('error', onStreamError);
  process.stderr.on('error', () => process.exit(1));
  try {
    return await main(argv, nodeIo);
  } catch (error) {
    process.stderr.write(`gleaner: unexpected error: ${reason(error)}\n`);
    return 1;
  }
}
