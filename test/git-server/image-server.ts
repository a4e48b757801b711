// Images on 127.0.0.1 for "Publish to repository" with images: a few small pictures, a 50 MB one (sent
// in 1 MB chunks with no length, so only a reader that stops in time is safe), a page that is not an
// image, and a missing one. Counts the bytes it actually sent.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ImageServer {
  origin: string;
  /** Bytes written for `path` so far (all requests). */
  sent(path: string): number;
  close(): Promise<void>;
}

/** A real 1 × 1 PNG. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
export const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"><rect width="120" height="80" fill="#2f6f4e"/></svg>');
export const HUGE_BYTES = 50_000_000;

export function startImageServer(): Promise<ImageServer> {
  const sent = new Map<string, number>();
  const count = (path: string, bytes: number): void => void sent.set(path, (sent.get(path) ?? 0) + bytes);
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    // The extension page fetches across origins: allowed for any origin, as most image CDNs do.
    response.setHeader('access-control-allow-origin', '*');
    if (path.endsWith('.png') && path.startsWith('/img/')) {
      response.writeHead(200, { 'content-type': 'image/png', 'content-length': PNG.length });
      response.end(PNG);
      count(path, PNG.length);
    } else if (path.endsWith('.svg')) {
      response.writeHead(200, { 'content-type': 'image/svg+xml' });
      response.end(SVG);
      count(path, SVG.length);
    } else if (path === '/huge.jpg') {
      response.writeHead(200, { 'content-type': 'image/jpeg' });
      const chunk = Buffer.alloc(1_000_000, 0xab);
      let left = HUGE_BYTES;
      const more = (): void => {
        while (left > 0) {
          left -= chunk.length;
          count(path, chunk.length);
          if (!response.write(chunk)) return void response.once('drain', more);
        }
        response.end();
      };
      response.on('close', () => { left = 0; });
      more();
    } else if (path === '/page.html') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<p>not an image</p>');
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('gone');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sent: (path) => sent.get(path) ?? 0,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  })));
}
