/**
 * The pixel size of a PNG, JPEG or WebP image read from its header, or null when the header
 * cannot be read (a damaged or truncated file). Only the header is read: the image itself is
 * never decoded on the server.
 */
export function imageSize(
  bytes: Uint8Array,
  mimeType: string,
): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = (width: number, height: number) =>
    width > 0 && height > 0 ? { width, height } : null;
  try {
    switch (mimeType) {
      case 'image/png':
        // Signature (8 bytes), then the IHDR chunk: length, "IHDR", width, height.
        if (ascii(bytes, 12, 4) !== 'IHDR') return null;
        return size(view.getUint32(16), view.getUint32(20));
      case 'image/jpeg':
        return jpegSize(bytes, view);
      case 'image/webp':
        return webpSize(bytes, view, size);
      default:
        return null;
    }
  } catch {
    // A header cut short (DataView's RangeError).
    return null;
  }
}

function ascii(bytes: Uint8Array, offset: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}

/** Walks the JPEG markers to the first start-of-frame segment, which holds the size. */
function jpegSize(bytes: Uint8Array, view: DataView): { width: number; height: number } | null {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = view.getUint8(offset + 1);
    // Fill bytes before a marker.
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const length = view.getUint16(offset + 2);
    const startOfFrame =
      marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (startOfFrame) {
      const height = view.getUint16(offset + 5);
      const width = view.getUint16(offset + 7);
      return width > 0 && height > 0 ? { width, height } : null;
    }
    if (length < 2) return null;
    offset += 2 + length;
  }
  return null;
}

/** The canvas size from a WebP's first chunk: lossy (VP8), lossless (VP8L) or extended (VP8X). */
function webpSize(
  bytes: Uint8Array,
  view: DataView,
  size: (w: number, h: number) => { width: number; height: number } | null,
): { width: number; height: number } | null {
  if (ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 4) !== 'WEBP') return null;
  switch (ascii(bytes, 12, 4)) {
    case 'VP8 ':
      // Frame tag (3 bytes), start code 9d 01 2a, then 14-bit width and height.
      if (bytes[23] !== 0x9d || bytes[24] !== 0x01 || bytes[25] !== 0x2a) return null;
      return size(view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff);
    case 'VP8L': {
      if (bytes[20] !== 0x2f) return null;
      const bits = view.getUint32(21, true);
      return size((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
    }
    case 'VP8X': {
      // 24-bit little-endian sizes minus one; a missing byte counts as 0 (as `|` takes it).
      const byte = (at: number) => bytes[at] ?? 0;
      const width = 1 + (byte(24) | (byte(25) << 8) | (byte(26) << 16));
      const height = 1 + (byte(27) | (byte(28) << 8) | (byte(29) << 16));
      return size(width, height);
    }
    default:
      return null;
  }
}
