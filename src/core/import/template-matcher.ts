// Finds where a block template's output may start and end in an imported file, and what each field held.
// The template is rendered with a marker in each field (or with the field empty: one variant per
// combination), so every rule of the renderer (sections, an empty field taking its spaces, a line left
// empty disappearing) shapes the pattern exactly. A match is only a guess: core/import/recognize renders
// the guessed block again and keeps it only if the bytes are the same.
import { renderTemplate } from '../templates';

export interface TemplatePattern {
  /** Anchored at the start of a paragraph; ends before a blank line or at the end of the text. */
  regex: RegExp;
  /** Field names by capture group name (`f0`, `f1`…). */
  groups: ReadonlyMap<string, string>;
}

const MARK = /\uE000(\d+)\uE001/g;
/** Above this many optional fields, the last ones are always taken as filled (2^6 variants at most). */
const MAX_VARYING_FIELDS = 6;

/** What a field's text may look like: narrow patterns keep a failed match short. */
const FIELD_PATTERNS: Record<string, string> = {
  blurb: String.raw`[\s\S]+?`,
  // An emoji (or jemoji's `:fire:`) holds no letter, digit or bold marker: prose never passes for one.
  emoji: String.raw`(?:[^\n\p{L}\p{N}*]|:[a-z0-9_+-]+:)+?`,
  // Titles are trimmed before rendering: one never starts with a space, so `{{emoji}} {{title}}` splits where
  // the emoji ends (a link without blurb renders so).
  title: String.raw`\S[^\n]*?`,
  titleText: String.raw`\S[^\n]*?`,
  url: String.raw`[^\s<>]+?`,
  image: String.raw`[^\s<>]+?`,
  hashes: '#{1,6}',
  level: '[1-6]',
};
const INLINE_FIELD = String.raw`[^\n]+?`;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function patternOf(rendered: string, fields: readonly string[]): TemplatePattern | null {
  const groups = new Map<string, string>();
  let source = '^';
  let last = 0;
  for (const match of rendered.matchAll(MARK)) {
    source += escapeRegex(rendered.slice(last, match.index));
    last = match.index + match[0].length;
    const name = fields[Number(match[1])] ?? '';
    const group = `f${match[1] ?? ''}`;
    if (groups.has(group)) source += `\\k<${group}>`;
    else {
      groups.set(group, name);
      source += `(?<${group}>${FIELD_PATTERNS[name] ?? INLINE_FIELD})`;
    }
  }
  source += `${escapeRegex(rendered.slice(last))}(?=\\r?\\n[ \\t\\r]*\\n|$)`;
  // A template's own literal text holding a marker character would confuse the pattern: skip it.
  if (/[\uE000\uE001]/.test(rendered.replace(MARK, ''))) return null;
  return groups.size === 0 && rendered.trim() === '' ? null : { regex: new RegExp(source, 'u'), groups };
}

/** The fields a template mentions, in order of appearance. */
function fieldsOf(template: string, allowed: readonly string[]): string[] {
  const names = [...template.matchAll(/\{\{\s*[#^/]?\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g)].map((match) => match[1] ?? '');
  return [...new Set(names)].filter((name) => allowed.includes(name));
}

/** One pattern per combination of filled and empty fields, without repeats. */
export function templatePatterns(template: string, allowed: readonly string[]): TemplatePattern[] {
  const fields = fieldsOf(template, allowed);
  const varying = Math.min(fields.length, MAX_VARYING_FIELDS);
  const patterns = new Map<string, TemplatePattern>();
  for (let mask = 0; mask < 2 ** varying; mask += 1) {
    const values: Record<string, string> = {};
    fields.forEach((name, index) => {
      const empty = index < varying && (mask & (2 ** index)) !== 0;
      values[name] = empty ? '' : `\uE000${index}\uE001`;
    });
    const pattern = patternOf(renderTemplate(template, values), fields);
    if (pattern && !patterns.has(pattern.regex.source)) patterns.set(pattern.regex.source, pattern);
  }
  return [...patterns.values()];
}

export interface PatternMatch {
  /** Length of the matched text, from the start of `text`. */
  length: number;
  fields: Record<string, string>;
}

/** Where `pattern` matches at the start of `text`, and the field values it read. */
export function matchPattern(pattern: TemplatePattern, text: string): PatternMatch | null {
  const match = pattern.regex.exec(text);
  if (!match) return null;
  const fields: Record<string, string> = {};
  for (const [group, name] of pattern.groups) fields[name] = match.groups?.[group] ?? '';
  return { length: match[0].length, fields };
}
