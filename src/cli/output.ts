// Where a command's result goes, the same way for every command: `--out FILE`, or standard output when
// there is no `--out` or it is `-` (as for most command line tools: not a file named "-").
import { echo } from '../core/limits';
import { errorMessage } from '../core/redact';
import type { CliIo } from './main';

/** The file `--out` names, or undefined for standard output. */
export function outFile(value: string | undefined): string | undefined {
  return value === '-' ? undefined : value;
}

/** An error's message on one short line, redacted: a message never echoes megabytes of a path or a file, nor a credential. */
export function reason(error: unknown): string {
  return echo(errorMessage(error).replace(/\s+/g, ' '), 200);
}

/** The first of `inputs` that `out` would overwrite, or undefined: a command never writes onto what it reads. */
export async function overwrittenInput(io: CliIo, out: string | undefined, inputs: readonly string[]): Promise<string | undefined> {
  if (out === undefined) return undefined;
  for (const input of inputs) if (await io.sameFile(out, input)) return input;
  return undefined;
}

/** Writes `text` to `out` (standard output when undefined); 0 when done, else 1 after saying why. */
export async function writeOutput(io: CliIo, out: string | undefined, text: string): Promise<number> {
  if (out === undefined) {
    io.stdout(text);
    return 0;
  }
  try {
    await io.writeFile(out, text);
    return 0;
  } catch (error) {
    io.stderr(`gleaner: cannot write ${echo(out)}: ${reason(error)}\n`);
    return 1;
  }
}
