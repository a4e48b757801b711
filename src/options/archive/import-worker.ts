// The options page's import parser, in a module Web Worker: past issue files are parsed here (YAML, Markdown,
// template recognition, the byte-for-byte check), on the machine's other core, while the page writes the
// previous chunk to IndexedDB. The same code as on the page and in `gleaner import` (core/import).
import { batchParser } from '../../core/import/import-report';
import type { ParseResult } from '../../core/import/parse-chunks';
import type { FromParser, ToParser } from './parse-in-worker';
import { shownError } from '../../platform/log';

function send(message: FromParser): void {
  self.postMessage(message);
}

self.onmessage = ({ data }: MessageEvent<ToParser>): void => {
  try {
    const parse = batchParser(data.settings, { now: data.now });
    for (let start = 0; start < data.files.length; start += data.chunkSize) {
      const results: ParseResult[] = data.files.slice(start, start + data.chunkSize).map(parse);
      send({ kind: 'chunk', results });
    }
  } catch (error) {
    send({ kind: 'failed', message: shownError(error) });
  }
};
