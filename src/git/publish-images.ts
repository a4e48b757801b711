// The issue's images for "Publish to repository" (issue 11): each fetched once, with a size limit, to be
// committed under the images folder beside the post, the post pointing at them (core/issue-images). Any
// image that cannot be had stops the publish before anything is pushed: the draft stays as it was.
import { imagePath, issueImageUrls, withLocalImages } from '../core/issue-images';
import { echo, MAX_IMAGE_BYTES } from '../core/limits';
import type { FileToPublish } from './publish';
import { GitProblemError } from './problems';

export interface ImageFetch {
  /** The page's or Node's fetch. */
  fetch: typeof globalThis.fetch;
  maxBytes?: number;
}

export interface IssueWithImages {
  markdown: string;
  images: FileToPublish[];
}

function unavailable(url: string, detail: string): GitProblemError {
  return new GitProblemError({ kind: 'image-unavailable', url: echo(url, 120), detail });
}

/** The body of `response`, read chunk by chunk and dropped as soon as it passes `maxBytes`. */
async function boundedBytes(url: string, response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = (): GitProblemError =>
    new GitProblemError({ kind: 'too-large', name: echo(url, 120), limitMb: Math.round(maxBytes / 1_000_000) });
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

async function fetchImage(url: string, options: ImageFetch): Promise<{ bytes: Uint8Array; contentType: string }> {
  let response: Response;
  try {
    response = await options.fetch(url, { redirect: 'follow', credentials: 'omit' });
  } catch {
    throw unavailable(url, 'unreachable');
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw unavailable(url, `HTTP ${response.status}`);
  }
  const contentType = response.headers.get('content-type') ?? '';
  if (!/^image\//i.test(contentType)) {
    await response.body?.cancel();
    throw unavailable(url, `not an image: ${echo(contentType || 'no type', 40)}`);
  }
  return { bytes: await boundedBytes(url, response, options.maxBytes ?? MAX_IMAGE_BYTES), contentType };
}

/** Fetches the images of `markdown` (one after another: a newsletter has a handful) and points it at them. */
export async function withIssueImages(markdown: string, postName: string, imagesFolder: string, options: ImageFetch): Promise<IssueWithImages> {
  const paths = new Map<string, string>();
  const images: FileToPublish[] = [];
  for (const [index, url] of issueImageUrls(markdown).entries()) {
    const { bytes, contentType } = await fetchImage(url, options);
    const path = imagePath(imagesFolder, postName, index, contentType);
    paths.set(url, path);
    images.push({ path, bytes });
  }
  return { markdown: withLocalImages(markdown, paths), images };
}
