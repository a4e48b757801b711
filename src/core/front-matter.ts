// Jekyll front matter, written by the `yaml` library and never by hand (STYLE: "All YAML goes through
// one library call"). Jekyll reads it with Psych, a YAML 1.1 parser, where `yes`, `on`, `~` or
// `2025-11-12` are not strings: the document is written in YAML 1.1 so such strings get quoted, and the
// result is read back under both 1.1 and 1.2 rules before anyone may use it.
import { Document, parseDocument, visit } from 'yaml';
import { isJekyllDate } from './dates';
import type { FrontMatter, FrontMatterValue } from './types';

/** The produced front matter would not read back as what was entered. */
export class FrontMatterError extends Error {
  readonly key: string;

  constructor(key: string, detail: string) {
    super(`Front matter key "${key}" ${detail}`);
    this.name = 'FrontMatterError';
    this.key = key;
  }
}

function sameValue(a: unknown, b: FrontMatterValue): boolean {
  if (Array.isArray(b)) {
    return Array.isArray(a) && a.length === b.length && b.every((item, i) => a[i] === item);
  }
  // `===` but NaN equals NaN; -0 and 0 are one number to a reader.
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

function checkRoundTrip(fm: FrontMatter, body: string, version: '1.1' | '1.2'): void {
  const parsed = parseDocument(body, { version, uniqueKeys: true });
  if (parsed.errors.length > 0) {
    throw new FrontMatterError(Object.keys(fm)[0] ?? '', `is not valid YAML: ${parsed.errors[0]?.message ?? ''}`);
  }
  const back: unknown = parsed.toJS({ mapAsMap: true });
  if (!(back instanceof Map) && Object.keys(fm).length > 0) {
    throw new FrontMatterError(Object.keys(fm)[0] ?? '', 'does not read back as a mapping');
  }
  const entries = back instanceof Map ? [...back.entries()] : [];
  const keys = Object.keys(fm);
  keys.forEach((key, i) => {
    const [readKey, readValue] = entries[i] ?? [];
    if (readKey !== key) throw new FrontMatterError(key, `reads back as key ${JSON.stringify(readKey)}`);
    const value = fm[key] as FrontMatterValue;
    if (!sameValue(readValue, value)) {
      throw new FrontMatterError(
        key,
        `reads back (YAML ${version}) as ${JSON.stringify(readValue)} instead of ${JSON.stringify(value)}`,
      );
    }
  });
  if (entries.length !== keys.length) {
    throw new FrontMatterError(String(entries[keys.length]?.[0] ?? ''), 'appears but was never entered');
  }
}

/**
 * Characters that the `yaml` library writes raw but Psych reads differently or not at all: NEL, LINE and
 * PARAGRAPH SEPARATOR are line breaks in YAML 1.1, DEL, C1 controls and U+FFFE/U+FFFF are not allowed
 * raw, and a lone surrogate is not Unicode. None of them can be typed on purpose.
 */
const UNPORTABLE_CHARACTER =
  /[\u007F-\u009F\u2028\u2029\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Plain scalars that Psych (Jekyll's YAML reader) resolves to something other than a string while the
 * `yaml` library sees a string: Ruby symbols (`:name`, which Jekyll's safe loader even rejects) and
 * numbers written with commas (`1,000`) or a bare dot.
 */
const PSYCH_NOT_A_STRING = /^:|^[-+]?[0-9_,]*\.?[0-9_,]*$|^[-+]?0[bxo]/i;

/** Why Jekyll would not read `value` back as entered, or null. */
function unportable(value: FrontMatterValue | string): string | null {
  if (typeof value === 'number' && /e/i.test(String(value))) {
    // `1e+21` is a string to Psych: its floats need a dot.
    return `holds a number (${String(value)}) too large or too small to write without an exponent`;
  }
  const strings = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
  const bad = strings.map((text) => UNPORTABLE_CHARACTER.exec(text)?.[0]).find((match) => match !== undefined);
  if (bad === undefined) return null;
  const code = (bad.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return `contains an invisible character (U+${code}) that Jekyll would not read back: remove it`;
}

/** Jekyll moves the post to another day, or stops the build (core/dates `isJekyllDate`). */
const NOT_A_JEKYLL_DATE = 'is not a date Jekyll reads as written: write YYYY-MM-DD with a day the calendar has, optionally followed by HH:MM:SS and a zone such as +0100';

/**
 * The `---` block of a Jekyll post: keys in the given order, string lists as flow lists
 * (`[devops, Restic]`), values quoted only where YAML needs it. Throws `FrontMatterError` if the text
 * would not parse back to exactly `fm`.
 */
export function renderFrontMatter(fm: FrontMatter): string {
  const doc = new Document(fm, { version: '1.1' });
  visit(doc, {
    Scalar(_key, node) {
      // Multi-line values go on one double-quoted line with `\n` escapes: the library's block and
      // folded forms do not always read back (`":\n!"` in a list; a tab opening a line, for Psych).
      const text = node.value;
      if (typeof text === 'string' && (PSYCH_NOT_A_STRING.test(text) || /[\r\n]/.test(text))) {
        node.type = 'QUOTE_DOUBLE';
      }
    },
    Seq(_key, node) {
      node.flow = true;
    },
  });
  if (Object.keys(fm).length === 0) return '---\n---\n';
  for (const [key, value] of Object.entries(fm)) {
    // A `<<` key is YAML 1.1's merge key, and the library writes it unquoted whatever we ask.
    const problem =
      key === '<<' ? "is YAML's merge key: Jekyll would merge it away; rename it"
        : key === 'date' && !isJekyllDate(value) ? NOT_A_JEKYLL_DATE
          : unportable(key) ?? unportable(value);
    if (problem !== null) throw new FrontMatterError(key, problem);
  }
  const body = doc.toString({
    lineWidth: 0,
    minContentWidth: 0,
    flowCollectionPadding: false,
    doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
  });
  checkRoundTrip(fm, body, '1.1');
  checkRoundTrip(fm, body, '1.2');
  return `---\n${body}---\n`;
}
