// A backup file's bytes as text, the same way in the browser and on the command line: UTF-8 with or
// without a byte order mark, or UTF-16 (little or big endian) with one. Anything else is refused with a
// clear message instead of being read as garbage and failing later as "not valid JSON".
import { parseBackup, type BackupParseResult, type BackupProblem, type TextEncodingName } from './backup-format';
import { MAX_BACKUP_BYTES } from './limits';

export type DecodeResult = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; problem: BackupProblem };

function detect(bytes: Uint8Array): { encoding: TextEncodingName; bom: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'UTF-8', bom: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'UTF-16LE', bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'UTF-16BE', bom: 2 };
  return { encoding: 'UTF-8', bom: 0 };
}

/** Decodes a backup file; `maxBytes` is checked first, before any copy is made. */
export function decodeBackupBytes(bytes: Uint8Array, maxBytes: number = MAX_BACKUP_BYTES): DecodeResult {
  if (bytes.length > maxBytes) return { ok: false, problem: { kind: 'too-large', bytes: bytes.length, limit: maxBytes } };
  const { encoding, bom } = detect(bytes);
  try {
    // ignoreBOM: the mark was found above; any further U+FEFF is the file's own text.
    const decoder = new TextDecoder(encoding.toLowerCase(), { fatal: true, ignoreBOM: true });
    const text = decoder.decode(bytes.subarray(bom));
    // JSON never holds a raw NUL; UTF-16 read without its byte order mark is full of them.
    if (text.includes('\u0000')) return { ok: false, problem: { kind: 'not-text', encoding } };
    return { ok: true, text, encoding };
  } catch {
    return { ok: false, problem: { kind: 'not-text', encoding } };
  }
}

/** Decodes and validates a backup file: what "Restore backup" and `gleaner render` both read. */
export function parseBackupBytes(bytes: Uint8Array): BackupParseResult {
  const decoded = decodeBackupBytes(bytes);
  return decoded.ok ? parseBackup(decoded.text) : decoded;
}
