// The images an issue shows (og:image of featured picks, sponsor banners, the front matter's `image`), found
// in the rendered file itself, so whatever the templates did with them is what gets published: "Publish to
// repository" can fetch them once, commit them under the images folder and point the Markdown at them.
import { splitFrontMatter } from './split-front-matter';

/** `![alt](URL)` or `![alt](<URL> "title")`, as the templates and the curator's text write an image. */
const MARKDOWN_IMAGE = /(!\[[^\]\n]*\]\(\s*<?)(https?:\/\/[^\s)>]+)/g;
/** A front matter line `image: URL` (also `og_image`, `featured_image`, …), the URL quoted or not. */
const FRONT_MATTER_IMAGE = /^([\w-]*image[\w-]*:[ \t]*["']?)(https?:\/\/[^\s"']+)/gim;

/** Every image URL of the file, once each, in order of appearance. */
export function issueImageUrls(markdown: string): string[] {
  const { frontMatter, body } = splitFrontMatter(markdown);
  const urls = new Set<string>();
  for (const match of (frontMatter ?? '').matchAll(FRONT_MATTER_IMAGE)) urls.add(match[2]!);
  for (const match of body.matchAll(MARKDOWN_IMAGE)) urls.add(match[2]!);
  return [...urls];
}

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp', 'image/avif': 'avif', 'image/svg+xml': 'svg',
};

/**
 * The file an image is committed as: `FOLDER/POST-N.EXT`, after the post's file name (`2025-11-12-slug`),
 * so that publishing the issue again writes the same paths. The extension follows the type the server sent.
 */
export function imagePath(folder: string, postName: string, index: number, contentType: string): string {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  const extension = EXTENSIONS[type] ?? (type.replace(/^image\//, '').replace(/[^a-z0-9]/g, '') || 'img');
  const name = `${postName.replace(/\.md$/, '')}-${index + 1}.${extension}`;
  return folder === '' ? name : `${folder}/${name}`;
}

/**
 * The file with each image URL of `paths` replaced by its path in the site: in the body through Jekyll's
 * `relative_url` (right under a project site's base URL too), in the front matter as `/path` (front matter
 * is not run through Liquid; themes and jekyll-seo-tag resolve it). Links and text elsewhere are untouched.
 */
export function withLocalImages(markdown: string, paths: ReadonlyMap<string, string>): string {
  const { frontMatter, body } = splitFrontMatter(markdown);
  const newBody = body.replace(MARKDOWN_IMAGE, (whole, before: string, url: string) => {
    const path = paths.get(url);
    return path === undefined ? whole : `${before}{{ '/${path}' | relative_url }}`;
  });
  if (frontMatter === null || frontMatter === '') return markdown.slice(0, markdown.length - body.length) + newBody;
  const newFrontMatter = frontMatter.replace(FRONT_MATTER_IMAGE, (whole, before: string, url: string) => {
    const path = paths.get(url);
    return path === undefined ? whole : `${before}/${path}`;
  });
  return markdown.slice(0, markdown.length - body.length).replace(frontMatter, () => newFrontMatter) + newBody;
}
