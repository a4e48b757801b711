// Just enough PNG decoding to look at a screenshot: 8-bit RGB or RGBA, not interlaced (what Chromium writes).
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

export interface Png {
  width: number;
  height: number;
  /** Mean relative luminance of the pixels, 0 (black) to 1 (white). */
  meanLuminance: number;
}

/** The filter's predictor (PNG spec, 9.2): a left, b up, c up-left. */
function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function readPng(path: string): Png {
  const file = readFileSync(path);
  const width = file.readUInt32BE(16), height = file.readUInt32BE(20);
  const [depth, colourType, , , interlace] = file.subarray(24, 29);
  if (depth !== 8 || (colourType !== 2 && colourType !== 6) || interlace !== 0) {
    throw new Error(`${path}: only 8-bit RGB(A) non-interlaced PNGs are read here`);
  }
  const chunks: Buffer[] = [];
  for (let at = 8; at < file.length; at += 12 + file.readUInt32BE(at)) {
    if (file.toString('latin1', at + 4, at + 8) === 'IDAT') chunks.push(file.subarray(at + 8, at + 8 + file.readUInt32BE(at)));
  }
  const data = inflateSync(Buffer.concat(chunks));
  const channels = colourType === 6 ? 4 : 3, stride = width * channels;
  let previous = new Uint8Array(stride), total = 0;
  for (let y = 0; y < height; y += 1) {
    const filter = data[y * (stride + 1)], row = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const line = new Uint8Array(stride);
    for (let x = 0; x < stride; x += 1) {
      const a = x >= channels ? line[x - channels]! : 0, b = previous[x]!, c = x >= channels ? previous[x - channels]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter!] ?? 0;
      line[x] = (row[x]! + predictor) & 0xff;
    }
    for (let x = 0; x < stride; x += channels) total += (0.2126 * line[x]! + 0.7152 * line[x + 1]! + 0.0722 * line[x + 2]!) / 255;
    previous = line;
  }
  return { width, height, meanLuminance: total / (width * height) };
}
