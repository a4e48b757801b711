// The command line run in process over files held in memory: what each CLI test needs, in one place.
import { main, type CliIo } from '../../src/cli/main';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** What the command wrote, by path. */
  written: Map<string, string>;
}

export type Files = Record<string, string | Uint8Array>;

/** A CliIo over `files`: a folder is any prefix of their paths; what is written lands in `written`. */
export function memoryIo(files: Files, run: Run): CliIo {
  const bytes = (content: string | Uint8Array): Uint8Array => (typeof content === 'string' ? new TextEncoder().encode(content) : content);
  return {
    readFile: async (path) => {
      const content = files[path] ?? run.written.get(path);
      if (content === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return bytes(content);
    },
    listFiles: async (path) => {
      const prefix = `${path.replace(/\/+$/, '')}/`;
      const under = Object.keys(files).filter((name) => name.startsWith(prefix)).sort();
      return under.length > 0 ? under : null;
    },
    makeDir: async () => undefined,
    sameFile: async (a, b) => a === b,
    writeFile: async (path, text) => { run.written.set(path, text); },
    stdout: (text) => { run.stdout += text; },
    stderr: (text) => { run.stderr += text; },
  };
}

/** Runs `gleaner argv…` over `files`. */
export async function gleaner(argv: string[], files: Files = {}, env: Record<string, string | undefined> = {}): Promise<Run> {
  const run: Run = { code: -1, stdout: '', stderr: '', written: new Map() };
  run.code = await main(argv, memoryIo(files, run), env);
  return run;
}
