// What the git layer needs to reach the blog's repository. The fs and the HTTP client are injected: the
// options page passes LightningFS in memory and isomorphic-git's fetch client, Node passes memfs and
// its node:http client (see browser-deps.ts and node-deps.ts).
import type { FsClient, HttpClient } from 'isomorphic-git';

/** The repository the curator connected, as saved in Settings (everything but the token). */
export interface GitConnection {
  /** HTTPS clone URL, e.g. https://github.com/rudeops/blog.git */
  url: string;
  /** Branch to read and publish to; '' means the remote's default branch. */
  branch: string;
  /** Where the posts live, e.g. `_posts` (no leading or trailing slash). */
  postsFolder: string;
  /** Where published images go, e.g. `assets/img`. */
  imagesFolder: string;
  authorName: string;
  authorEmail: string;
}

export const DEFAULT_CONNECTION: GitConnection = {
  url: '',
  branch: '',
  postsFolder: '_posts',
  imagesFolder: 'assets/img',
  authorName: '',
  authorEmail: '',
};

export interface GitDeps {
  http: HttpClient;
  /** A fresh, empty file system for one operation: nothing of the repository is kept between two. */
  newFs(): FsClient;
  /** The access token; only ever sent in the Authorization header, never logged or shown. */
  token: string;
}

/** `a/b/` and `/a//b` → `a/b`: folder settings as typed by a person. */
export function cleanFolder(folder: string): string {
  return folder.split('/').filter((part) => part !== '' && part !== '.').join('/');
}

/** Only http(s) URLs; plain http only for this machine (tests, a local server). */
export function isAllowedRepoUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.username !== '' || parsed.password !== '') return false;
    if (parsed.protocol === 'https:') return true;
    return parsed.protocol === 'http:' && (parsed.hostname === '127.0.0.1' || parsed.hostname === 'localhost');
  } catch {
    return false;
  }
}
