// How big anything Gleaner reads may be (docs/backup-format.md, "Limits"). Each limit is far above real
// use; it exists so that a hostile or broken file is refused with a one-line message instead of hanging a
// page or overflowing the stack.

/** Ids of picks, issues and blocks (Gleaner's own are 36-character UUIDs). */
export const MAX_ID_LENGTH = 256;
/** Any text field: a blurb, a text block's Markdown, a title, a URL, a front matter value, a tag… */
export const MAX_TEXT_LENGTH = 1_000_000;
/** One block template. */
export const MAX_TEMPLATE_LENGTH = 100_000;
/** A whole backup file, in bytes. */
export const MAX_BACKUP_BYTES = 200_000_000;
/** One image "Publish to repository" fetches and commits (git hosts warn from 50 MB, refuse from 100). */
export const MAX_IMAGE_BYTES = 10_000_000;
/** Objects and arrays inside one another. A Gleaner backup itself needs 6 levels. */
export const MAX_JSON_DEPTH = 64;
/** How much of a value a message echoes: enough to recognise it, never megabytes. */
export const MAX_ECHO_LENGTH = 80;

/** `value`, cut to `MAX_ECHO_LENGTH` characters with an ellipsis, for messages. */
export function echo(value: string, max: number = MAX_ECHO_LENGTH): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

/** `1,234,567`: a count a curator can read. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** `6.2 MB`, `840 KB`, `12 bytes` (decimal units, as file managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  const [value, unit] = bytes < 1e6 ? [bytes / 1e3, 'KB'] : bytes < 1e9 ? [bytes / 1e6, 'MB'] : [bytes / 1e9, 'GB'];
  return `${Number(value.toFixed(1))} ${unit}`;
}

/** The message for a text over its limit, e.g. `the text is 1,200,000 characters long; the limit is 1,000,000`. */
export function tooLongMessage(what: string, length: number, limit: number): string {
  return `${what} is ${formatCount(length)} characters long; the limit is ${formatCount(limit)}`;
}
