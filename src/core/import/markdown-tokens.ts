// The one Markdown parser of the importer: markdown-it as the preview configures it (raw HTML allowed, as
// kramdown passes it through; no linkify: kramdown does not link bare URLs).
import MarkdownIt from 'markdown-it';

export type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

const parser = new MarkdownIt({ html: true, linkify: false });

/** Block tokens (with line maps) and, inside `inline` tokens, their children. */
export function parseMarkdown(body: string): Token[] {
  return parser.parse(body, {});
}
