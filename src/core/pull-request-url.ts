// Where to open a pull (merge) request for a pushed branch, on the hosts whose URL patterns are known.
// Pure: a repository URL and two branch names in, a web URL (or null for an unknown host) out.

export type GitHost = 'github' | 'gitlab' | 'gitea' | 'bitbucket';

/** Known by host name; self-hosted GitLab / Gitea / Forgejo usually carry their name in it. */
export function detectHost(hostname: string): GitHost | null {
  const host = hostname.toLowerCase();
  if (host === 'github.com' || host.startsWith('github.')) return 'github';
  if (host === 'bitbucket.org') return 'bitbucket';
  if (host === 'gitlab.com' || host.split('.').some((part) => part === 'gitlab')) return 'gitlab';
  if (host === 'codeberg.org' || host.split('.').some((part) => part === 'gitea' || part === 'forgejo')) return 'gitea';
  return null;
}

/** Slashes in a branch name stay slashes; everything else is escaped. */
function branchPath(branch: string): string {
  return branch.split('/').map(encodeURIComponent).join('/');
}

/** `https://github.com/o/r.git` → `https://github.com/o/r`, or null if it is not an http(s) URL. */
export function repositoryWebUrl(repoUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(repoUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const path = url.pathname.replace(/\/+$/, '').replace(/\.git$/, '');
  return `${url.protocol}//${url.host}${path}`;
}

export function pullRequestUrl(repoUrl: string, base: string, head: string): string | null {
  const web = repositoryWebUrl(repoUrl);
  const host = web === null ? null : detectHost(new URL(web).hostname);
  if (web === null || host === null) return null;
  const q = encodeURIComponent;
  switch (host) {
    case 'github':
      return `${web}/compare/${branchPath(base)}...${branchPath(head)}?expand=1`;
    case 'gitea':
      return `${web}/compare/${branchPath(base)}...${branchPath(head)}`;
    case 'gitlab':
      return `${web}/-/merge_requests/new?merge_request%5Bsource_branch%5D=${q(head)}&merge_request%5Btarget_branch%5D=${q(base)}`;
    case 'bitbucket':
      return `${web}/pull-requests/new?source=${q(head)}&dest=${q(base)}`;
  }
}

/** The message of the commit that publishes an issue: `Publish <title>`, or its file's name when it has no title. */
export function publishMessage(title: string, fileName: string): string {
  return `Publish ${title === '' ? fileName : title}`;
}

/** The branch a draft is published to in "new branch" mode: `gleaner/2025-11-12-slug`. */
export function publishBranchName(fileName: string): string {
  return `gleaner/${fileName.replace(/\.(md|markdown)$/i, '')}`;
}
