// Git's own smart-HTTP server (`git http-backend`, CGI) behind node:http with Basic auth, on 127.0.0.1:0.
// The tests of the git layer, the CLI and the extension talk to it as they would to GitHub or Gitea.
// See shared/notes/git-server.md §1 for what the CGI needs.
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const BACKEND = process.env.GIT_HTTP_BACKEND ?? '/usr/lib/git-core/git-http-backend';

export interface GitServerOptions {
  /** Folder that holds the bare repositories (`blog.git`). */
  root: string;
  /** The Basic password every request must carry (any user name, as GitHub accepts tokens). */
  token: string;
  /** A token that may read but not push (the server answers 403 on receive-pack). */
  readOnlyToken?: string;
  /** Listen on this port (to start a stopped server again where the devices expect it); default: any free one. */
  port?: number;
  /** Answer CORS preflights and add Access-Control-Allow-Origin (for callers without host permission). */
  cors?: boolean;
}

export interface GitServer {
  /** e.g. http://127.0.0.1:PORT */
  origin: string;
  /** How many requests carried no or a wrong Authorization (a 401 went back). */
  unauthorized(): number;
  /** Bytes received by the last push (its request body as sent, maybe compressed). */
  lastPushBytes(): number;
  /** While true, a push's upload is cut off as if the server went down in the middle of it. */
  breakPushes(broken: boolean): void;
  close(): Promise<void>;
}

function password(req: IncomingMessage): string | null {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Basic ')) return null;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : decoded.slice(colon + 1);
}

function corsHeaders(options: GitServerOptions): Record<string, string> {
  return options.cors
    ? {
        'access-control-allow-origin': '*',
        'access-control-allow-headers': 'Authorization, Content-Type, Accept, Git-Protocol',
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-expose-headers': 'Content-Type',
      }
    : {};
}

/** Runs the CGI for one request and streams its answer back, `Status:` line turned into the status code. */
function runBackend(req: IncomingMessage, res: ServerResponse, options: GitServerOptions, user: string): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const length = req.headers['content-length'];
  const encoding = req.headers['content-encoding'];
  const protocol = req.headers['git-protocol'];
  const cgi = spawn(BACKEND, [], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      GIT_PROJECT_ROOT: options.root,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.slice(1),
      REQUEST_METHOD: req.method ?? 'GET',
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      REMOTE_USER: user,
      REMOTE_ADDR: '127.0.0.1',
      ...(length !== undefined && { CONTENT_LENGTH: length }),
      ...(encoding !== undefined && { HTTP_CONTENT_ENCODING: encoding }),
      ...(typeof protocol === 'string' && { HTTP_GIT_PROTOCOL: protocol }),
    },
  });
  req.pipe(cgi.stdin);
  cgi.stdin.on('error', () => undefined); // the CGI may exit before reading a refused push's body
  let head = Buffer.alloc(0);
  let headersSent = false;
  cgi.stdout.on('data', (chunk: Buffer) => {
    if (headersSent) {
      res.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf('\r\n\r\n');
    if (end < 0) return;
    let status = 200;
    const headers: Record<string, string> = { ...corsHeaders(options) };
    for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
      const colon = line.indexOf(':');
      const key = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (key.toLowerCase() === 'status') status = Number.parseInt(value, 10);
      else headers[key] = value;
    }
    res.writeHead(status, headers);
    headersSent = true;
    res.write(head.subarray(end + 4));
  });
  cgi.on('close', () => {
    if (!headersSent) res.writeHead(502).end();
    else res.end();
  });
}

export function startGitServer(options: GitServerOptions): Promise<GitServer> {
  let refused = 0;
  let broken = false;
  let pushBytes = 0;
  const server = createServer((req, res) => {
    if (req.method === 'POST' && (req.url ?? '').endsWith('/git-receive-pack')) {
      pushBytes = 0;
      req.on('data', (chunk: Buffer) => { pushBytes += chunk.length; });
    }
    if (broken && req.method === 'POST' && (req.url ?? '').includes('git-receive-pack')) {
      req.socket.destroy();
      return;
    }
    if (req.method === 'OPTIONS' && options.cors) {
      res.writeHead(204, corsHeaders(options)).end();
      return;
    }
    const given = password(req);
    const readOnly = given !== null && given === options.readOnlyToken;
    if (given !== options.token && !readOnly) {
      refused += 1;
      res.writeHead(401, { 'www-authenticate': 'Basic realm="git"', ...corsHeaders(options) }).end('Unauthorized');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const pushing = url.searchParams.get('service') === 'git-receive-pack' || url.pathname.endsWith('/git-receive-pack');
    if (readOnly && pushing) {
      res.writeHead(403, corsHeaders(options)).end('Forbidden');
      return;
    }
    runBackend(req, res, options, 'curator');
  });
  // Keep-alive sockets would hold close() open until they time out.
  server.keepAliveTimeout = 1000;
  return new Promise((resolve) => {
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        unauthorized: () => refused,
        breakPushes: (value) => { broken = value; },
        lastPushBytes: () => pushBytes,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
