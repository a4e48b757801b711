// Parses an import's files in a module Web Worker (import-worker.ts), a chunk at a time: the page only writes
// (IndexedDB) and paints, and the next chunk is parsed while this one is written. Should the worker not
// start or fail, the files it has not parsed are parsed on the page as before: an import never depends on it.
import type { BatchSettings, IssueFileInput } from '../../core/import/import-report';
import { parseChunksHere, type ChunkOptions, type ParseChunks, type ParseResult } from '../../core/import/parse-chunks';

export interface ToParser {
  files: readonly IssueFileInput[];
  settings: BatchSettings;
  now: number;
  chunkSize: number;
}

export type FromParser = { kind: 'chunk'; results: ParseResult[] } | { kind: 'failed'; message: string };

function importWorker(): Worker {
  return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'gleaner-import' });
}

/** A `ParseChunks` that parses in a new worker (`start`), ended once the files are parsed. */
export function parseChunksInWorker(start: () => Worker = importWorker): ParseChunks {
  return async function* parseChunks(files: readonly IssueFileInput[], settings: BatchSettings, options: ChunkOptions): AsyncGenerator<ParseResult[]> {
    let worker: Worker;
    try {
      worker = start();
    } catch {
      yield* parseChunksHere(files, settings, options);
      return;
    }
    const ready: ParseResult[][] = [];
    let failed = false;
    let wake = (): void => {};
    worker.onmessage = ({ data }: MessageEvent<FromParser>): void => {
      if (data.kind === 'chunk') ready.push(data.results);
      else failed = true;
      wake();
    };
    worker.onmessageerror = (): void => {
      failed = true;
      wake();
    };
    worker.onerror = (event): void => {
      // The worker could not load or threw: the page takes over (the error is not the curator's to see).
      event.preventDefault();
      failed = true;
      wake();
    };
    const message: ToParser = { files, settings, now: options.now, chunkSize: options.chunkSize };
    try {
      worker.postMessage(message);
      let parsed = 0;
      while (parsed < files.length) {
        if (ready.length === 0 && !failed) await new Promise<void>((resolve) => { wake = resolve; });
        const chunk = ready.shift();
        if (chunk) {
          parsed += chunk.length;
          yield chunk;
        } else if (failed) {
          yield* parseChunksHere(files.slice(parsed), settings, options);
          return;
        }
      }
    } finally {
      worker.terminate();
    }
  };
}
