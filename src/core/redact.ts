// One redaction for every text that may reach a person or a log (issue 8). An error from isomorphic-git,
// fetch or node:http can carry the repository URL with credentials in it (https://user:TOKEN@host, a
// `?access_token=`), or the request's headers (Authorization). Pure: the secrets a context knows (the stored
// token) are handed in by its caller (platform/log, git/auth); the shapes below are hidden whoever's they are.

export const HIDDEN = '•••';

/** Longest text kept (a 5 MB message is not read by anyone, and would flood a log or the page). */
export const MAX_SHOWN_CHARS = 2_000;

// Every pattern is linear in the text (no nested or unbounded overlapping repetition): a message may be megabytes.
const USERINFO = /\b([a-z][a-z0-9+.-]{0,31}:\/\/)[^\s/?#@'"<>]+@/gi;
const HEADER = /\b(authorization|proxy-authorization|private-token|x-api-key|cookie)(["']?\s*[:=]\s*["']?)(?:(basic|bearer|token)\s+)?[^\s"',;}]+/gi;
const SCHEME = /\b(basic|bearer)\s+[A-Za-z0-9+/=._~-]{8,}/gi;
const QUERY = /([?&](?:access_token|private_token|token|password|key)=)[^&\s#'"]+/gi;
// GitHub, GitLab and Bitbucket tokens are recognisable by their prefix, whatever the sentence around them.
const KNOWN_TOKEN = /\b(?:gh[pousr]_[A-Za-z0-9]{16,}|github_pat_[A-Za-z0-9_]{16,}|glpat-[A-Za-z0-9_-]{16,}|ATBB[A-Za-z0-9]{16,})/g;

/** `text` without the given secrets (as typed and URL-encoded) nor anything shaped like a credential. */
export function redactSecrets(text: string, secrets: Iterable<string> = []): string {
  let shown = text;
  for (const secret of secrets) {
    if (secret === '') continue;
    shown = shown.split(secret).join(HIDDEN);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) shown = shown.split(encoded).join(HIDDEN);
  }
  return shown
    .replace(USERINFO, `$1${HIDDEN}@`)
    .replace(HEADER, (_match, name: string, separator: string, scheme: string | undefined) => `${name}${separator}${scheme ? `${scheme} ` : ''}${HIDDEN}`)
    .replace(SCHEME, `$1 ${HIDDEN}`)
    .replace(QUERY, `$1${HIDDEN}`)
    .replace(KNOWN_TOKEN, HIDDEN);
}

function shorten(text: string): string {
  return text.length <= MAX_SHOWN_CHARS ? text : `${text.slice(0, MAX_SHOWN_CHARS)}… (${text.length} characters)`;
}

function textOf(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** What an error says, for a person: its message (not redacted: see `errorMessage`). */
function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : textOf(error);
}

/** The message of an error, redacted and bounded: what a page may show. */
export function errorMessage(error: unknown, secrets?: Iterable<string>): string {
  // Redacted whole, then shortened: cut first, a token split at the cut would no longer be recognised.
  return shorten(redactSecrets(messageOf(error), secrets));
}

/** Everything a log needs to know about an error (stack, causes), redacted and bounded. */
export function errorReport(error: unknown, secrets?: Iterable<string>): string {
  const parts: string[] = [];
  let current: unknown = error;
  // Causes can loop (a.cause = b, b.cause = a): a few levels say enough.
  for (let depth = 0; depth < 4 && current !== undefined && current !== null; depth += 1) {
    parts.push(current instanceof Error ? (current.stack ?? `${current.name}: ${current.message}`) : textOf(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return shorten(redactSecrets(parts.join('\ncaused by: '), secrets));
}
