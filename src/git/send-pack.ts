// Pushes a pack we built (src/git/pack.ts) with git's smart-HTTP receive-pack request: one ref update
// (from the commit the server showed us to ours) and the pack, then the server's report. isomorphic-git's
// push would list, read and pack the objects again from the copy; its protocol is the same. The server
// itself refuses an update whose old commit is not the ref's current one: the branch moved, fetch again.
import { authHeaders } from './auth';
import type { GitDeps } from './connection';
import { concat } from './pack';
import { GitProblemError, toProblem } from './problems';

const ZERO = '0'.repeat(40);

export interface RefUpdate {
  url: string;
  /** `refs/heads/…` */
  ref: string;
  /** The commit the server had (null: the ref does not exist yet). */
  from: string | null;
  to: string;
  /** The server's capabilities, from its advertisement (RemoteBranches.capabilities). */
  capabilities: ReadonlySet<string>;
}

function pktLine(text: string): Uint8Array {
  const payload = new TextEncoder().encode(text);
  return new Uint8Array([...new TextEncoder().encode((payload.length + 4).toString(16).padStart(4, '0')), ...payload]);
}

/** The pkt-lines of `bytes` (a flush packet ends nothing here: the report ends with the body). */
function pktLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let at = 0;
  while (at + 4 <= bytes.length) {
    const length = Number.parseInt(new TextDecoder().decode(bytes.subarray(at, at + 4)), 16);
    if (Number.isNaN(length)) break;
    if (length > 4) lines.push(bytes.subarray(at + 4, at + length));
    at += Math.max(length, 4);
  }
  return lines;
}

// The HTTP clients take the body as an async iterator (both collect it before sending).
async function* chunks(parts: readonly Uint8Array[]): AsyncIterableIterator<Uint8Array> {
  yield* parts;
}

async function collect(body: AsyncIterable<Uint8Array> | undefined): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of body ?? []) chunks.push(chunk);
  return concat(chunks);
}

/** The report-status lines and the server's messages (side band 2 and 3) out of a response. */
function readResponse(bytes: Uint8Array, sideBand: boolean): { report: string[]; said: string[] } {
  if (!sideBand) return { report: pktLines(bytes).map((line) => new TextDecoder().decode(line).trimEnd()), said: [] };
  const report: Uint8Array[] = [];
  const said: string[] = [];
  for (const line of pktLines(bytes)) {
    if (line[0] === 1) report.push(line.subarray(1));
    else said.push(...new TextDecoder().decode(line.subarray(1)).split(/[\r\n]+/));
  }
  const inner = concat(report);
  return { report: readResponse(inner, false).report, said };
}

/**
 * Sends `pack` and moves the ref. 'moved': the server's ref is no longer `from` (someone pushed);
 * anything else that goes wrong is a GitProblemError in the curator's words.
 */
export async function sendPack(deps: GitDeps, update: RefUpdate, pack: Uint8Array): Promise<'pushed' | 'moved'> {
  // Only what the server offers (some servers refuse a push that names an unknown capability).
  const wanted = ['report-status', 'side-band-64k'].filter((name) => update.capabilities.has(name));
  const sideBand = wanted.includes('side-band-64k');
  const command = pktLine(`${update.from ?? ZERO} ${update.to} ${update.ref}\0${wanted.join(' ')}\n`);
  const said: string[] = [];
  try {
    const response = await deps.http.request({
      url: `${update.url}/git-receive-pack`, method: 'POST',
      headers: { ...authHeaders(deps.token), 'content-type': 'application/x-git-receive-pack-request', accept: 'application/x-git-receive-pack-result' },
      body: chunks([command, new TextEncoder().encode('0000'), pack]),
    });
    const bytes = await collect(response.body);
    if (response.statusCode !== 200) throw Object.assign(new Error(`HTTP ${response.statusCode}`), { code: 'HttpError', data: { statusCode: response.statusCode } });
    if (!wanted.includes('report-status')) return 'pushed';
    const { report, said: lines } = readResponse(bytes, sideBand);
    said.push(...lines);
    const unpack = report.find((line) => line.startsWith('unpack '));
    const refLine = report.find((line) => line.startsWith(`ok ${update.ref}`) || line.startsWith(`ng ${update.ref}`));
    if (unpack === 'unpack ok' && refLine?.startsWith('ok ')) return 'pushed';
    const error = refLine?.startsWith('ng ') ? refLine.slice(`ng ${update.ref} `.length) : (unpack ?? 'no report from the server');
    throw Object.assign(new Error(error), { code: 'GitPushError', data: { result: { refs: { [update.ref]: { ok: false, error } } } } });
  } catch (error) {
    const problem = toProblem(error, deps.token, true, said);
    if (problem.kind === 'moved') return 'moved';
    throw new GitProblemError(problem);
  }
}
