// Tags offered while typing in a comma-separated tags box: the existing tags that start with (then contain)
// what is being typed in its last segment, case and accents aside, minus those already in the box.
import { parseTags } from './capture';
import { foldText } from './fold';

/** The segment being typed: what follows the last comma, trimmed. */
export function typedTag(text: string): string {
  return (text.split(',').pop() ?? '').trim();
}

/** At most `limit` of `known` (most used first) that match the last segment of `text`. */
export function suggestTags(known: readonly string[], text: string, limit = 6): string[] {
  const typed = foldText(typedTag(text));
  if (!typed) return [];
  const present = new Set(parseTags(text).slice(0, -1).map(foldText));
  const candidates = known.filter((tag) => !present.has(foldText(tag)) && foldText(tag) !== typed);
  const starting = candidates.filter((tag) => foldText(tag).startsWith(typed));
  const containing = candidates.filter((tag) => !foldText(tag).startsWith(typed) && foldText(tag).includes(typed));
  return [...starting, ...containing].slice(0, limit);
}

/** `text` with its last segment replaced by `tag`, ready for the next one. */
export function acceptTag(text: string, tag: string): string {
  const before = text.includes(',') ? text.slice(0, text.lastIndexOf(',') + 1) : '';
  return `${before}${before ? ' ' : ''}${tag}, `;
}
