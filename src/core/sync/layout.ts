// Where each record lives on the data branch (docs/sync.md): one small JSON file per record, so that two
// devices that changed different records never touch the same file.

/** The record kinds that sync, named after their folders (and the database tables). */
export type SyncKind = 'picks' | 'issues' | 'blocks' | 'settings';
export const SYNC_KINDS: readonly SyncKind[] = ['picks', 'issues', 'blocks', 'settings'];

/** A record's identity across devices: its kind and its id (a setting's key). */
export interface RecordRef {
  kind: SyncKind;
  id: string;
}

export const TOMBSTONE_FOLDER = 'tombstones';

// Kept as they are: letters, digits, `-` and `_` (every id Gleaner generates is a UUID). Anything else,
// `.` included (no `..` or hidden files), is written `%XX` per UTF-8 byte, so a file name is always safe
// and maps back to exactly one id.
const SAFE = /^[A-Za-z0-9_-]$/;

/** The file name (without `.json`) that stands for `id`. */
export function encodeId(id: string): string {
  let name = '';
  for (const char of id) {
    if (SAFE.test(char)) {
      name += char;
      continue;
    }
    for (const byte of new TextEncoder().encode(char)) name += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return name;
}

export function decodeId(name: string): string {
  return decodeURIComponent(name);
}

/** `picks/ID.json`: where a live record is stored. */
export function recordPath(ref: RecordRef): string {
  return `${ref.kind}/${encodeId(ref.id)}.json`;
}

/** `tombstones/picks/ID.json`: where the record's deletion is stored instead. */
export function tombstonePath(ref: RecordRef): string {
  return `${TOMBSTONE_FOLDER}/${recordPath(ref)}`;
}

/** One string per record, live or deleted: the key of maps that hold both. */
export function refKey(ref: RecordRef): string {
  return recordPath(ref);
}

export interface ParsedPath extends RecordRef {
  tombstone: boolean;
}

function isKind(value: string | undefined): value is SyncKind {
  return (SYNC_KINDS as readonly (string | undefined)[]).includes(value);
}

/** The record a data-branch path stands for, or null for any other file (a README, a stray file). */
export function parsePath(path: string): ParsedPath | null {
  const parts = path.split('/');
  const tombstone = parts[0] === TOMBSTONE_FOLDER;
  const [kind, file, ...rest] = tombstone ? parts.slice(1) : parts;
  if (!isKind(kind) || file === undefined || rest.length > 0 || !file.endsWith('.json')) return null;
  const name = file.slice(0, -'.json'.length);
  let id: string;
  try {
    id = decodeId(name);
  } catch {
    return null;
  }
  // Only the one spelling encodeId writes: `a%2Eb.json` and `a.b.json` must not both claim one record.
  if (id === '' || encodeId(id) !== name) return null;
  return { kind, id, tombstone };
}
