// Order keys for blocks: strings that sort, so that a block moved between two others takes a key
// between theirs and no other row is rewritten.
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/** A key sorting strictly between `before` and `after` (either may be null: the list's end). */
export function keyBetween(before: string | null, after: string | null): string {
  return generateKeyBetween(before, after);
}

/** `count` ascending keys between `before` and `after`, for inserting several blocks at once. */
export function keysBetween(before: string | null, after: string | null, count: number): string[] {
  return generateNKeysBetween(before, after, count);
}

/** Compare two order keys the way IndexedDB sorts them (code unit order, not locale order). */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when `key` is a key fractional-indexing can place other keys around. */
export function isOrderKey(key: string): boolean {
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}
