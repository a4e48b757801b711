// The token goes up front in a Basic Authorization header. Waiting for a 401 (isomorphic-git's onAuth)
// costs a round trip, and in an extension page a 401 with `WWW-Authenticate: Basic` opens a login prompt
// that never settles headless and hangs every later request (shared/notes/git-server.md §3).

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

/** Removes the token (and its Basic encoding) from text that may reach a person or a log. */
export function redact(text: string, token: string): string {
  if (token === '') return text;
  const encoded = authHeaders(token).Authorization!.slice('Basic '.length);
  return text.split(token).join('•••').split(encoded).join('•••');
}
