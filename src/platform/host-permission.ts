// The one origin of the blog's repository, asked for when the curator connects (optional_host_permissions):
// the shipped manifest has no host permission. The permissions API is injected so the logic is unit-tested;
// a headless browser can never answer the prompt (shared/notes/git-server.md §3).
import { browser } from './browser';

export interface PermissionsApi {
  contains(permissions: { origins: string[] }): Promise<boolean>;
  request(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
}

/** `https://github.com/me/blog.git` → `https://github.com/*` (ports are not part of a match pattern). */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

export function hasOrigin(url: string, api: PermissionsApi = browser.permissions): Promise<boolean> {
  return api.contains({ origins: [originPattern(url)] });
}

/**
 * Asks for the origin. Call it straight from the click handler (no await before it): the browser only
 * shows the prompt during a user gesture. Resolves false when the curator declines.
 */
export async function requestOrigin(url: string, api: PermissionsApi = browser.permissions): Promise<boolean> {
  try {
    return await api.request({ origins: [originPattern(url)] });
  } catch {
    // Not in a gesture, or an origin the manifest does not list as optional: the same as declined.
    return false;
  }
}

/** Gives the origin back; a permission the manifest grants at install cannot be removed (false). */
export async function forgetOrigin(url: string, api: PermissionsApi = browser.permissions): Promise<boolean> {
  try {
    return await api.remove({ origins: [originPattern(url)] });
  } catch {
    return false;
  }
}

/** Asks for the origins of `urls` at once (a click's one prompt); true when all are granted. Same rules as requestOrigin. */
export async function requestOrigins(urls: readonly string[], api: PermissionsApi = browser.permissions): Promise<boolean> {
  const origins = [...new Set(urls.map(originPattern))];
  if (origins.length === 0) return true;
  try {
    return await api.request({ origins });
  } catch {
    return false;
  }
}
