// An imported file's front matter: its exact text (exported as it is while unedited, see core/issue-source)
// and the values Gleaner's front matter form edits. Read as YAML 1.1, as Jekyll's Psych reads it.
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { splitFrontMatter } from '../split-front-matter';
import type { FrontMatter, FrontMatterValue } from '../types';
import { problem, type ImportProblem } from './problems';

export interface SourceFrontMatter {
  kind: 'front-matter';
  /** The `---` block as written, or null when the file has none. */
  text: string | null;
  values: FrontMatter;
  /** The Markdown after it. */
  body: string;
}

/** A scalar as Gleaner can hold it; a date or anything exotic keeps the text it was written with. */
function scalarValue(node: Node | null): string | number | boolean | null {
  if (!isScalar(node)) return node === null ? null : String(node);
  const { value } = node;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return node.source ?? String(value);
}

/**
 * A value the form can edit. Lists become lists of strings; a nested mapping becomes its YAML text (it is
 * exported as written until the front matter is edited: docs/import.md).
 */
function formValue(node: Node | null): FrontMatterValue {
  if (isSeq(node)) {
    return node.items.map((item) => {
      const value = scalarValue(item as Node | null);
      return typeof value === 'string' ? value : isScalar(item) ? (item.source ?? String(value)) : String(item);
    });
  }
  if (isMap(node)) return node.toString().trim();
  return scalarValue(node);
}

/** Splits and reads the front matter; broken YAML or a front matter that is not a mapping is a problem. */
export function readFrontMatter(markdown: string): SourceFrontMatter | ImportProblem {
  const { frontMatter, body } = splitFrontMatter(markdown);
  if (frontMatter === null) return { kind: 'front-matter', text: null, values: {}, body };
  const text = markdown.slice(0, markdown.length - body.length);
  // Psych lets a later duplicate key win; so does Jekyll, so the file is not refused for it.
  const doc = parseDocument(frontMatter, { version: '1.1', uniqueKeys: false });
  const error = doc.errors[0];
  if (error) return problem('bad-front-matter', error.message.split('\n')[0] ?? '');
  const values: FrontMatter = {};
  if (doc.contents === null) return { kind: 'front-matter', text, values, body };
  if (!isMap(doc.contents)) return problem('bad-front-matter', 'it is not a list of `key: value` lines');
  for (const pair of doc.contents.items) {
    // The key as written: YAML 1.1 would read a key `y` or `on` as a boolean.
    const key = isScalar(pair.key) ? (pair.key.source ?? String(pair.key.value)) : String(pair.key);
    // JavaScript objects cannot hold it as an ordinary key (and a backup refuses it).
    if (key === '__proto__') return problem('bad-front-matter', 'a key named "__proto__" cannot be kept');
    values[key] = formValue(pair.value as Node | null);
  }
  return { kind: 'front-matter', text, values, body };
}
