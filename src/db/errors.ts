// What a storage failure means for the curator. Dexie wraps the browser's DOMExceptions (sometimes twice,
// e.g. an AbortError whose inner error is the QuotaExceededError), so the whole chain is inspected.

/**
 * - `unavailable`: no IndexedDB at all (Firefox "never remember history", w3c/webextensions#534) or it
 *   cannot be opened;
 * - `full`: the disk or the browser's quota refused the write;
 * - `other`: anything else (shown with its message).
 */
export type StorageFailure = 'unavailable' | 'full' | 'other';

const UNAVAILABLE = new Set(['MissingAPIError', 'OpenFailedError', 'InvalidStateError', 'DatabaseClosedError', 'UnknownError']);

function namesOf(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  // Bounded: a malformed error could point at itself.
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const { name, inner } = current as { name?: unknown; inner?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner;
  }
  return names;
}

export function storageFailureOf(error: unknown): StorageFailure {
  const names = namesOf(error);
  if (names.includes('QuotaExceededError')) return 'full';
  if (names.some((name) => UNAVAILABLE.has(name))) return 'unavailable';
  return 'other';
}
