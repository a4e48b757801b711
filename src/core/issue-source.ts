// The front matter an issue exports: an imported issue keeps its file's own text (formatting, comments, key
// order, values Gleaner's form cannot hold) for as long as its front matter is not edited.
import { renderFrontMatter } from './front-matter';
import type { FrontMatter, FrontMatterValue, Issue } from './types';

function sameValue(a: FrontMatterValue | undefined, b: FrontMatterValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  return Object.is(a, b);
}

/** Same keys in the same order with the same values. */
export function sameFrontMatter(a: FrontMatter, b: FrontMatter): boolean {
  const keys = Object.keys(a);
  const otherKeys = Object.keys(b);
  return keys.length === otherKeys.length && keys.every((key, i) => key === otherKeys[i] && sameValue(a[key], b[key]));
}

/**
 * The `---` block to export, or null for an imported file that had none and still has no keys. Throws
 * FrontMatterError (see renderFrontMatter) when edited values would not read back.
 */
export function exportedFrontMatter(issue: Issue): string | null {
  const source = issue.source;
  if (source && sameFrontMatter(issue.frontMatter, source.frontMatter)) return source.frontMatterText;
  return renderFrontMatter(issue.frontMatter);
}
