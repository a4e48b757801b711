// The options page parses an import's files in a Web Worker, a chunk at a time; should the worker not start
// or stop halfway, the page parses what is left itself: the same results, in the same order, either way.
import { describe, expect, test } from 'vitest';
import { batchParser, type IssueFileInput } from '../../src/core/import/import-report';
import { parseChunksHere, type ParseResult } from '../../src/core/import/parse-chunks';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { parseChunksInWorker, type FromParser, type ToParser } from '../../src/options/archive/parse-in-worker';
import { ALL_FILES } from '../core/import/fixtures';

const SETTINGS = { templates: DEFAULT_SETTINGS.templates, language: DEFAULT_SETTINGS.language };
const FILES: IssueFileInput[] = [
  ...ALL_FILES,
  { name: '2025-01-01-broken.md', text: '---\ntitle: [unclosed\n---\nBody' },
  { name: 'notes.txt', text: 'not an issue' },
];

/** What the import needs of a result (ids are random). */
function outline(result: ParseResult): unknown {
  return result.kind === 'problem' ? result : { fileName: result.issue.fileName, blocks: result.blocks.length, links: result.links.map((link) => link.urlKey) };
}

async function collect(chunks: AsyncIterable<ParseResult[]>): Promise<ParseResult[][]> {
  const all: ParseResult[][] = [];
  for await (const chunk of chunks) all.push(chunk);
  return all;
}

/** A stand-in for the worker: parses in this thread, answering asynchronously as a worker does. */
class FakeWorker {
  onmessage: ((event: { data: FromParser }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  terminated = false;
  constructor(private readonly failAfterChunks = Infinity) {}

  postMessage(message: ToParser): void {
    setTimeout(() => {
      const parse = batchParser(message.settings, { now: message.now });
      for (let start = 0, sent = 0; start < message.files.length; start += message.chunkSize, sent += 1) {
        if (sent === this.failAfterChunks) {
          this.onerror?.({ preventDefault: () => {} });
          return;
        }
        this.onmessage?.({ data: { kind: 'chunk', results: message.files.slice(start, start + message.chunkSize).map(parse) } });
      }
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

const OPTIONS = { now: 0, chunkSize: 3 };
const expected = async (): Promise<unknown[][]> => (await collect(parseChunksHere(FILES, SETTINGS, OPTIONS))).map((chunk) => chunk.map(outline));

describe('parsing in a worker', () => {
  test('gives the results of parsing here, chunk by chunk, and ends the worker', async () => {
    const worker = new FakeWorker();
    const chunks = await collect(parseChunksInWorker(() => worker as unknown as Worker)(FILES, SETTINGS, OPTIONS));
    expect(chunks.map((chunk) => chunk.map(outline))).toEqual(await expected());
    expect(chunks.flat().filter((result) => result.kind === 'problem').map((result) => result.kind === 'problem' && result.code)).toEqual(['bad-front-matter', 'not-markdown']);
    expect(worker.terminated).toBe(true);
  });

  test('a worker that stops halfway: the page parses the files it had not', async () => {
    const worker = new FakeWorker(1);
    const chunks = await collect(parseChunksInWorker(() => worker as unknown as Worker)(FILES, SETTINGS, OPTIONS));
    expect(chunks.flat().map(outline)).toEqual((await expected()).flat());
    expect(worker.terminated).toBe(true);
  });

  test('a worker that cannot start: the page parses every file', async () => {
    const chunks = await collect(parseChunksInWorker(() => { throw new Error('no workers here'); })(FILES, SETTINGS, OPTIONS));
    expect(chunks.map((chunk) => chunk.map(outline))).toEqual(await expected());
  });
});
