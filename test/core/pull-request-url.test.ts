import { describe, expect, it } from 'vitest';
import { detectHost, publishBranchName, publishMessage, pullRequestUrl, repositoryWebUrl } from '../../src/core/pull-request-url';

describe('pullRequestUrl', () => {
  const head = 'gleaner/2025-11-12-newsletter';
  it('GitHub: a compare page that opens the form', () => {
    expect(pullRequestUrl('https://github.com/rudeops/blog.git', 'main', head))
      .toBe('https://github.com/rudeops/blog/compare/main...gleaner/2025-11-12-newsletter?expand=1');
  });
  it('GitLab, including a self-hosted one and subgroups', () => {
    expect(pullRequestUrl('https://gitlab.com/group/sub/blog.git', 'main', head)).toBe(
      'https://gitlab.com/group/sub/blog/-/merge_requests/new?merge_request%5Bsource_branch%5D=gleaner%2F2025-11-12-newsletter&merge_request%5Btarget_branch%5D=main');
    expect(pullRequestUrl('https://gitlab.example.org/blog', 'main', head)).toMatch(/^https:\/\/gitlab\.example\.org\/blog\/-\/merge_requests\/new\?/);
  });
  it('Gitea, Forgejo and Codeberg', () => {
    expect(pullRequestUrl('https://codeberg.org/me/blog.git', 'pages', head)).toBe('https://codeberg.org/me/blog/compare/pages...gleaner/2025-11-12-newsletter');
    expect(pullRequestUrl('https://forgejo.example.net/me/blog.git', 'main', head)).toBe('https://forgejo.example.net/me/blog/compare/main...gleaner/2025-11-12-newsletter');
  });
  it('Bitbucket', () => {
    expect(pullRequestUrl('https://bitbucket.org/team/blog.git', 'main', head))
      .toBe('https://bitbucket.org/team/blog/pull-requests/new?source=gleaner%2F2025-11-12-newsletter&dest=main');
  });
  it('no link for an unknown host or a URL that is not one', () => {
    expect(pullRequestUrl('https://git.example.org/blog.git', 'main', head)).toBeNull();
    expect(pullRequestUrl('not a url', 'main', head)).toBeNull();
    expect(repositoryWebUrl('ssh://git@github.com/o/r.git')).toBeNull();
    expect(detectHost('notgitlab.com')).toBeNull();
  });
  it('escapes odd characters in branch names but keeps slashes', () => {
    expect(pullRequestUrl('https://github.com/o/r', 'main', 'gleaner/a#b')).toBe('https://github.com/o/r/compare/main...gleaner/a%23b?expand=1');
  });
});

describe('publishBranchName', () => {
  it('is the file name without its extension under gleaner/', () => {
    expect(publishBranchName('2025-11-12-newsletter-du-12-novembre-2025.md')).toBe('gleaner/2025-11-12-newsletter-du-12-novembre-2025');
  });
});

describe('publishMessage', () => {
  it('names the issue by its title, or by its file without one', () => {
    expect(publishMessage('Newsletter du 12 Novembre 2025', '2025-11-12-newsletter.md')).toBe('Publish Newsletter du 12 Novembre 2025');
    expect(publishMessage('', '2025-11-12-newsletter.md')).toBe('Publish 2025-11-12-newsletter.md');
  });
});
