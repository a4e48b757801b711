// Draws Gleaner's toolbar icon (an ear of wheat on a rounded green square) as PNGs for public/icons.
// Run once with `node scripts/make-icons.js`; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (const byte of buf) {
    c = (crc ^ byte) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel((x + 0.5) / size, (y + 0.5) / size), 1 + x * 4);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0)),
  ]);
}
function icon(u, v) {
  const r = 0.2, dx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0), dy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
  if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
  // stem
  if (Math.abs(u - 0.5) < 0.035 && v > 0.25 && v < 0.88) return [255, 244, 214, 255];
  // grains: ellipses alternating left and right of the stem
  for (let i = 0; i < 4; i++) {
    const cy = 0.28 + i * 0.13;
    for (const side of [-1, 1]) {
      const cx = 0.5 + side * 0.1, ex = (u - cx) / 0.085, ey = (v - cy + side * 0.02) / 0.06;
      if (ex * ex + ey * ey < 1) return [247, 200, 84, 255];
    }
  }
  if (Math.hypot((u - 0.5) / 0.06, (v - 0.18) / 0.08) < 1) return [247, 200, 84, 255];
  return [46, 125, 90, 255];
}
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, png(size, icon));
