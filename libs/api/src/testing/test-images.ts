import { deflateSync } from 'node:zlib';
import { crc32 } from 'node:zlib';

// Small real images for tests, built byte by byte (no image library): a PNG that any decoder
// opens, and the headers of a JPEG and a WebP that the content sniffer and the size reader take.

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A valid PNG of the given size in one colour (`seed` changes the colour, and so the bytes and
 * their hash): RGB, or RGBA with `alpha` (a transparent emblem, which the PDF library decodes).
 * `filter` sets every scanline's filter byte: anything above 4 makes a damaged file.
 */
export function testPng(
  width = 8,
  height = 6,
  options: { readonly seed?: number; readonly alpha?: boolean; readonly filter?: number } = {},
): Buffer {
  const { seed = 0 } = options;
  const channels = options.alpha ? 4 : 3;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = options.alpha ? 6 : 2; // colour type: RGBA or RGB
  const row = Buffer.alloc(1 + width * channels);
  row[0] = options.filter ?? 0;
  const colour = [(40 + seed) % 256, 90, 160, 200].slice(0, channels);
  for (let x = 0; x < width; x += 1) row.set(colour, 1 + x * channels);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** The start of a JPEG: SOI, a JFIF APP0 segment and a baseline frame header of the given size. */
export function testJpegHeader(width: number, height: number): Buffer {
  const app0 = Buffer.from([
    0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01,
    0x00, 0x00,
  ]);
  const sof = Buffer.from([0xff, 0xc0, 0x00, 0x0b, 0x08, 0, 0, 0, 0, 0x01, 0x01, 0x11, 0x00]);
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof, Buffer.from([0xff, 0xd9])]);
}

/** The start of a lossless WebP (RIFF, VP8L) of the given size. */
export function testWebpHeader(width: number, height: number): Buffer {
  const bytes = Buffer.alloc(30);
  bytes.write('RIFF', 0, 'ascii');
  bytes.writeUInt32LE(22, 4);
  bytes.write('WEBP', 8, 'ascii');
  bytes.write('VP8L', 12, 'ascii');
  bytes.writeUInt32LE(10, 16);
  bytes[20] = 0x2f;
  bytes.writeUInt32LE(((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14), 21);
  return bytes;
}

/** A small SVG (text: it must be refused however it is named). */
export const testSvg = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">' +
    '<script>alert(1)</script><rect width="10" height="10"/></svg>',
);
