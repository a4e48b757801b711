// Parsing a batch of past issue files a chunk at a time, in order: the options page writes each chunk in one
// transaction as soon as it is parsed. `ParseChunks` is where the parsing runs: here (the command line,
// tests), or in the options page's Web Worker (options/archive/parse-in-worker), on the other core while
// the page writes the chunk before.
import { batchParser, type BatchSettings, type IssueFileInput } from './import-report';
import type { ImportedIssue } from './parse-issue-file';
import type { ImportProblem } from './problems';

export type ParseResult = ImportedIssue | ImportProblem;

export interface ChunkOptions {
  now: number;
  /** Files per chunk. */
  chunkSize: number;
  newId?: () => string;
}

/** Each chunk's results, in the order of `files`: chunk n holds files n × chunkSize onward. */
export type ParseChunks = (files: readonly IssueFileInput[], settings: BatchSettings, options: ChunkOptions) => AsyncIterable<ParseResult[]>;

/** Parsing here gives the thread back after this many ms, so that a page paints its progress and answers clicks. */
const SLICE_MS = 40;

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Parses on this thread, yielding to other tasks every few ms. */
export async function* parseChunksHere(files: readonly IssueFileInput[], settings: BatchSettings, options: ChunkOptions): AsyncGenerator<ParseResult[]> {
  const parse = batchParser(settings, { now: options.now, ...(options.newId && { newId: options.newId }) });
  let slice = performance.now();
  for (let start = 0; start < files.length; start += options.chunkSize) {
    const chunk: ParseResult[] = [];
    for (const file of files.slice(start, start + options.chunkSize)) {
      chunk.push(parse(file));
      if (performance.now() - slice > SLICE_MS) {
        await nextTask();
        slice = performance.now();
      }
    }
    yield chunk;
  }
}
