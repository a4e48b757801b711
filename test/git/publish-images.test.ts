// "Publish to repository" with the issue's images (issue 11): fetched from a local HTTP server, committed
// under the images folder of git's own HTTP server's repository, the post pointing at them.
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONNECTION, type GitConnection } from '../../src/git/connection';
import { nodeGitDeps } from '../../src/git/node-deps';
import { publishFiles } from '../../src/git/publish';
import { withIssueImages } from '../../src/git/publish-images';
import { cloneBranch, headOf } from '../git-server/fixture';
import { HUGE_BYTES, PNG, startImageServer, SVG, type ImageServer } from '../git-server/image-server';
import { problemOf, serveBlogRepo } from '../git-server/served';

// Each test talks to git's own server (a CGI process per request): seconds, not milliseconds, on a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

const TOKEN = 'ghp_test-token-images';
const served = serveBlogRepo({ token: TOKEN });
const deps = nodeGitDeps(TOKEN);
let images: ImageServer;
let connection: GitConnection;
beforeAll(async () => {
  images = await startImageServer();
  connection = { ...DEFAULT_CONNECTION, url: served.url };
});
afterAll(() => images?.close());

const POST = '2025-12-08-avec-images.md';
const issue = (image: string, banner: string): string =>
  `---\nlayout: post\ntitle: Avec images\nimage: ${image}\n---\n\n## Featured\n\n![](${banner})\n\nA [link](${images.origin}/img/not-fetched.png).\n`;

describe('publishing the issue with its images', () => {
  it('commits each image once under the images folder and the post pointing at them', async () => {
    const markdown = issue(`${images.origin}/img/og.png`, `${images.origin}/banner.svg`);
    const { markdown: local, images: files } = await withIssueImages(markdown, POST, connection.imagesFolder, { fetch });
    expect(files.map((file) => file.path)).toEqual(['assets/img/2025-12-08-avec-images-1.png', 'assets/img/2025-12-08-avec-images-2.svg']);
    expect(local).toBe(markdown
      .replace(`image: ${images.origin}/img/og.png`, 'image: /assets/img/2025-12-08-avec-images-1.png')
      .replace(`![](${images.origin}/banner.svg)`, "![]({{ '/assets/img/2025-12-08-avec-images-2.svg' | relative_url }})"));
    expect(images.sent('/img/not-fetched.png')).toBe(0);

    const result = await publishFiles(deps, connection, {
      files: [{ path: `_posts/${POST}`, bytes: new TextEncoder().encode(local) }, ...files], message: 'Publish', newBranch: 'gleaner/images',
    });
    const clone = cloneBranch(served.repo, result.branch);
    expect(readFileSync(join(clone, '_posts', POST), 'utf8')).toBe(local);
    expect(readFileSync(join(clone, 'assets/img/2025-12-08-avec-images-1.png'))).toEqual(PNG);
    expect(readFileSync(join(clone, 'assets/img/2025-12-08-avec-images-2.svg'))).toEqual(SVG);
    rmSync(dirname(clone), { recursive: true, force: true });
  });

  it('a 50 MB image is refused after the first 10 MB read: a clear message, nothing pushed', async () => {
    const before = headOf(served.repo, 'main');
    const publishing = withIssueImages(issue(`${images.origin}/img/og.png`, `${images.origin}/huge.jpg`), POST, 'assets/img', { fetch });
    const error = await publishing.catch((failure: unknown) => failure as Error);
    expect(String(error)).toContain(`${images.origin}/huge.jpg is larger than 10 MB; it was not published`);
    expect(images.sent('/huge.jpg')).toBeLessThan(HUGE_BYTES / 2);
    expect(headOf(served.repo, 'main')).toBe(before);
  });

  it('a missing image or a page that is not one names the image', async () => {
    expect(await problemOf(withIssueImages(issue(`${images.origin}/gone.png`, `${images.origin}/banner.svg`), POST, 'assets/img', { fetch }))).toBe('image-unavailable');
    const error = await withIssueImages(issue(`${images.origin}/page.html`, `${images.origin}/banner.svg`), POST, 'assets/img', { fetch }).catch((failure: unknown) => failure as Error);
    expect(String(error)).toContain(`the image ${images.origin}/page.html could not be fetched (not an image: text/html)`);
    expect(await problemOf(withIssueImages(issue('http://127.0.0.1:9/x.png', `${images.origin}/banner.svg`), POST, 'assets/img', { fetch }))).toBe('image-unavailable');
  });
});
