// Markdown → sanitised HTML plus reading stats, from one parse. Runs only in a page (DOMPurify needs a DOM).
import DOMPurify from 'dompurify';
import MarkdownIt from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import { countWords, readingMinutes, visibleText } from '../../core/preview-stats';
import { isSafeImageSrc, isSafeLinkHref, PREVIEW_SANITIZE } from '../../core/sanitize-config';
import { splitFrontMatter } from '../../core/split-front-matter';

export interface FrontMatterRow {
  key: string;
  value: string;
}

export interface RenderedPreview {
  /** null when the issue has no front matter; `rows` null with `raw` set when the YAML does not parse. */
  frontMatter: { rows: FrontMatterRow[] | null; raw: string } | null;
  html: string;
  words: number;
  minutes: number;
}

// html: true because Jekyll's kramdown passes raw HTML through: the preview shows what the blog will show,
// and DOMPurify below decides what of it is safe.
const markdownIt = new MarkdownIt({ html: true, linkify: false });

// A private instance, so these hooks never affect another DOMPurify user in the page.
const purifier = DOMPurify(window);
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node instanceof HTMLAnchorElement) {
    const href = node.getAttribute('href');
    if (href !== null && !isSafeLinkHref(href)) node.removeAttribute('href');
    // Never navigate the options page itself, and give the opened page no handle on it.
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  } else if (node instanceof HTMLImageElement) {
    const src = node.getAttribute('src');
    if (src !== null && !isSafeImageSrc(src)) node.removeAttribute('src');
  }
});

function displayValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(displayValue).join(', ');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function frontMatterRows(yaml: string): FrontMatterRow[] | null {
  try {
    const data: unknown = parseYaml(yaml);
    if (data === null || data === undefined) return [];
    if (typeof data !== 'object' || Array.isArray(data)) return null;
    return Object.entries(data).map(([key, value]) => ({ key, value: displayValue(value) }));
  } catch {
    return null;
  }
}

export function renderPreview(markdown: string): RenderedPreview {
  const { frontMatter, body } = splitFrontMatter(markdown);
  const tokens = markdownIt.parse(body, {});
  const html = purifier.sanitize(markdownIt.renderer.render(tokens, markdownIt.options, {}), PREVIEW_SANITIZE);
  const words = countWords(visibleText(tokens));
  return {
    frontMatter: frontMatter === null ? null : { rows: frontMatterRows(frontMatter), raw: frontMatter },
    html,
    words,
    minutes: readingMinutes(words),
  };
}
