// A git packfile (format version 2) and its index (version 2), built in memory from objects whose bytes
// we already hold. isomorphic-git writes each new object as a loose file (deflated once), then push reads
// each one back, checks it and deflates it again into a pack: for a sync sending thousands of small files
// that was most of the time. Here each object is hashed and deflated once, and the same pack is both sent
// to the server and kept in the local copy. Format: git's Documentation/gitformat-pack.txt.
import { zlibSync } from 'fflate';

export type GitObjectType = 'commit' | 'tree' | 'blob';

export interface GitObject {
  type: GitObjectType;
  /** The object's id: SHA-1 of its header and content, in hex. */
  oid: string;
  /** The content, without git's `type size\0` header. */
  content: Uint8Array;
}

export interface Pack {
  /** The .pack file: what a push sends and what the copy keeps. */
  pack: Uint8Array;
  /** The matching .idx file (lets isomorphic-git read objects out of the pack). */
  index: Uint8Array;
  /** The pack's checksum in hex: its file name is `pack-<checksum>.pack`. */
  checksum: string;
}

const TYPE_CODE: Record<GitObjectType, number> = { commit: 1, tree: 2, blob: 3 };

function hex(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte.toString(16).padStart(2, '0');
  return text;
}

function fromHex(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

async function sha1(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-1', bytes as Uint8Array<ArrayBuffer>));
}

/** `parts` end to end, in one array. */
export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The object `content` makes as a `type`, with the id git gives it. */
export async function gitObject(type: GitObjectType, content: Uint8Array): Promise<GitObject> {
  const header = new TextEncoder().encode(`${type} ${content.length}\0`);
  return { type, content, oid: hex(await sha1(concat([header, content]))) };
}

let crcTable: Uint32Array | undefined;

function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** An entry's header: type and inflated size, 4 bits then 7 bits per byte, low bits first. */
function entryHeader(type: GitObjectType, size: number): Uint8Array {
  const bytes: number[] = [];
  let byte = (TYPE_CODE[type] << 4) | (size & 0x0f);
  let rest = Math.floor(size / 16);
  while (rest > 0) {
    bytes.push(byte | 0x80);
    byte = rest & 0x7f;
    rest = Math.floor(rest / 128);
  }
  bytes.push(byte);
  return Uint8Array.from(bytes);
}

function uint32(value: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, value);
  return bytes;
}

/** The pack of `objects` (each stored whole, no deltas) and its index. An object listed twice is packed once. */
export async function buildPack(objects: readonly GitObject[]): Promise<Pack> {
  const unique = [...new Map(objects.map((object) => [object.oid, object])).values()];
  const parts: Uint8Array[] = [new TextEncoder().encode('PACK'), uint32(2), uint32(unique.length)];
  const placed: { oid: string; offset: number; crc: number }[] = [];
  let offset = 12;
  for (const object of unique) {
    const entry = concat([entryHeader(object.type, object.content.length), zlibSync(object.content)]);
    placed.push({ oid: object.oid, offset, crc: crc32(entry) });
    parts.push(entry);
    offset += entry.length;
  }
  // Offsets of 2 GiB and more need the index's large-offset table; a sync never sends that much.
  if (offset >= 0x80000000) throw new Error('pack too large');
  const body = concat(parts);
  const trailer = await sha1(body);
  placed.sort((a, b) => (a.oid < b.oid ? -1 : a.oid > b.oid ? 1 : 0));
  const fanout = new Uint32Array(256);
  for (const { oid } of placed) fanout[Number.parseInt(oid.slice(0, 2), 16)]!++;
  for (let i = 1; i < 256; i++) fanout[i]! += fanout[i - 1]!;
  const indexBody = concat([
    Uint8Array.from([0xff, 0x74, 0x4f, 0x63]), uint32(2),
    ...[...fanout].map(uint32),
    ...placed.map(({ oid }) => fromHex(oid)),
    ...placed.map(({ crc }) => uint32(crc)),
    ...placed.map(({ offset: at }) => uint32(at)),
    trailer,
  ]);
  return { pack: concat([body, trailer]), index: concat([indexBody, await sha1(indexBody)]), checksum: hex(trailer) };
}
