// The token goes up front in a Basic Authorization header. Waiting for a 401 (isomorphic-git's onAuth)
// costs a round trip, and in an extension page a 401 with `WWW-Authenticate: Basic` opens a login prompt
// that never settles headless and hangs every later request (shared/notes/git-server.md §3).

import { redactSecrets } from '../core/redact';

/** GitHub, Gitea and Forgejo take any user name with a token; GitLab and Bitbucket accept this one too. */
const TOKEN_USER = 'x-access-token';

function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function authHeaders(token: string): Record<string, string> {
  return token === '' ? {} : { Authorization: `Basic ${base64(`${TOKEN_USER}:${token}`)}` };
}

/** The token as it may appear in a text: typed, and inside its Basic Authorization value. */
export function tokenForms(token: string): string[] {
  return token === '' ? [] : [token, authHeaders(token).Authorization!.slice('Basic '.length)];
}

/** Removes the token (and its Basic encoding, and anything shaped like a credential) from text that may reach a person or a log. */
export function redact(text: string, token: string): string {
  return redactSecrets(text, tokenForms(token));
}
