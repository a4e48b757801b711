import { describe, expect, test } from 'vitest';
import { decodeBackupBytes, parseBackupBytes } from '../../src/core/backup-bytes';

const TEXT = '{"format":"gleaner-backup","version":1,"picks":[],"issues":[],"settings":{"note":"Été 🚀 \uFEFF"}}';
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const utf16le = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf16le').swap16());
const join = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));

describe('decodeBackupBytes', () => {
  test.each([
    ['UTF-8', utf8(TEXT), 'UTF-8'],
    ['UTF-8 with a byte order mark', join(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(TEXT)), 'UTF-8'],
    ['UTF-16LE with a byte order mark', join(new Uint8Array([0xff, 0xfe]), utf16le(TEXT)), 'UTF-16LE'],
    ['UTF-16BE with a byte order mark', join(new Uint8Array([0xfe, 0xff]), utf16be(TEXT)), 'UTF-16BE'],
  ])('reads %s, keeping a U+FEFF that is part of the text', (_name, bytes, encoding) => {
    expect(decodeBackupBytes(bytes)).toEqual({ ok: true, text: TEXT, encoding });
  });
  test.each([
    ['invalid UTF-8', new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]), 'UTF-8'],
    ['UTF-16LE without a byte order mark', utf16le(TEXT), 'UTF-8'],
    ['UTF-16LE cut in the middle of a character', join(new Uint8Array([0xff, 0xfe]), utf16le(TEXT).subarray(0, 9)), 'UTF-16LE'],
    ['Latin-1', new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]), 'UTF-8'],
  ])('refuses %s', (_name, bytes, encoding) => {
    expect(decodeBackupBytes(bytes)).toEqual({ ok: false, problem: { kind: 'not-text', encoding } });
  });
  test('refuses a file over the limit before decoding it', () => {
    expect(decodeBackupBytes(utf8(TEXT), 10)).toEqual({ ok: false, problem: { kind: 'too-large', bytes: utf8(TEXT).length, limit: 10 } });
  });
});

test('parseBackupBytes validates what it decoded', () => {
  const parsed = parseBackupBytes(join(new Uint8Array([0xff, 0xfe]), utf16le(TEXT)));
  expect(parsed.ok && parsed.file.settings.note).toBe('Été 🚀 \uFEFF');
});
