import { inflateSync } from 'node:zlib';
import { crc32 } from 'node:zlib';

/** The bit depths each PNG colour type allows (PNG specification, table 11.1). */
const bitDepths: Readonly<Record<number, readonly number[]>> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

/** Channels per pixel by colour type, as the PDF library counts them (palette: one index). */
const channels: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/**
 * True when a PNG decodes completely, checked the way the PDF library (pdfkit's png-js) will
 * decode it. That library throws from inside a zlib callback on bad data — an uncaught
 * exception that would end the server — whenever it must decode pixels (alpha, transparency,
 * interlacing). So a PNG is embedded or accepted only when every chunk's CRC is right, the
 * header is a valid combination, the image data inflates, and the walk over its scanlines that
 * the library makes (the same passes, the same filter bytes) meets only known filters.
 * `maxSide` bounds the width and height (the library allocates width × height pixels).
 */
export function pngDecodes(bytes: Uint8Array, maxSide: number): boolean {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 8 || signature.some((b, i) => bytes[i] !== b)) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let header: {
    width: number;
    height: number;
    bits: number;
    colour: number;
    interlace: number;
  } | null = null;
  const data: Uint8Array[] = [];
  let ended = false;
  for (let pos = 8; pos + 12 <= bytes.length && !ended;) {
    const length = view.getUint32(pos);
    const end = pos + 12 + length;
    if (end > bytes.length) return false;
    const type = String.fromCharCode(...bytes.subarray(pos + 4, pos + 8));
    const body = bytes.subarray(pos + 8, pos + 8 + length);
    if (crc32(bytes.subarray(pos + 4, pos + 8 + length)) !== view.getUint32(pos + 8 + length)) {
      return false;
    }
    if (type === 'IHDR') {
      if (length !== 13 || header) return false;
      header = {
        width: view.getUint32(pos + 8),
        height: view.getUint32(pos + 12),
        // The body lies inside `bytes` (checked above), so these reads are in range.
        bits: view.getUint8(pos + 16),
        colour: view.getUint8(pos + 17),
        interlace: view.getUint8(pos + 20),
      };
      if (body[10] !== 0 || body[11] !== 0 || header.interlace > 1) return false;
    } else if (type === 'IDAT') {
      data.push(body);
    } else if (type === 'IEND') {
      ended = true;
    }
    pos = end;
  }
  if (!header || !ended || data.length === 0) return false;
  const { width, height, bits, colour, interlace } = header;
  if (!bitDepths[colour]?.includes(bits)) return false;
  if (width < 1 || height < 1 || width > maxSide || height > maxSide) return false;
  let pixels: Buffer;
  try {
    // No valid image of this size inflates to more than this (filter bytes and 16-bit RGBA).
    pixels = inflateSync(Buffer.concat(data), { maxOutputLength: (width * 8 + 1) * height * 2 });
  } catch {
    return false;
  }
  const channelCount = channels[colour];
  if (channelCount === undefined) return false;
  const pixelBytes = (bits * channelCount) / 8;
  let pos = 0;
  // The library's walk: per pass, rows while data lasts; a filter byte, then the scanline.
  const pass = (step: {
    readonly x0: number;
    readonly y0: number;
    readonly dx: number;
    readonly dy: number;
  }): boolean => {
    const { x0, y0, dx, dy } = step;
    const w = Math.ceil((width - x0) / dx);
    const h = Math.ceil((height - y0) / dy);
    const scanline = Math.max(0, Math.ceil(pixelBytes * w));
    for (let row = 0; row < h && pos < pixels.length; row += 1) {
      if (pixels.readUInt8(pos) > 4) return false;
      pos += 1 + scanline;
    }
    return true;
  };
  if (interlace === 0) return pass({ x0: 0, y0: 0, dx: 1, dy: 1 });
  const adam7 = [
    [0, 0, 8, 8],
    [4, 0, 8, 8],
    [0, 4, 4, 8],
    [2, 0, 4, 4],
    [0, 2, 2, 4],
    [1, 0, 2, 2],
    [0, 1, 1, 2],
  ] as const;
  return adam7.every(([x0, y0, dx, dy]) => pass({ x0, y0, dx, dy }));
}
