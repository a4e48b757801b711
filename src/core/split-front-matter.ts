// Jekyll's rule: a file whose first line is `---` starts with YAML front matter, closed by the next `---` line.

export interface SplitDocument {
  /** The YAML between the fences, or null when the document has no front matter. */
  frontMatter: string | null;
  body: string;
}

const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(markdown: string): SplitDocument {
  const match = FRONT_MATTER.exec(markdown);
  if (!match) return { frontMatter: null, body: markdown };
  return { frontMatter: match[1] ?? '', body: markdown.slice(match[0].length) };
}
