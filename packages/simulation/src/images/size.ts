/**
 * Width and height from an image file's header, without decoding it — so the server can refuse a huge image (or a
 * decompression bomb) before it spends memory on the pixels.
 */
import { sniffImageFormat } from './sniff.js';

export interface ImageSize {
  width: number;
  height: number;
}

const be16 = (b: Uint8Array, i: number): number => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const le16 = (b: Uint8Array, i: number): number => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const be32 = (b: Uint8Array, i: number): number => be16(b, i) * 65536 + be16(b, i + 2);
const le32 = (b: Uint8Array, i: number): number => le16(b, i) + le16(b, i + 2) * 65536;
const le24 = (b: Uint8Array, i: number): number => le16(b, i) + (b[i + 2] ?? 0) * 65536;

const valid = (width: number, height: number): ImageSize | null => (width > 0 && height > 0 ? { width, height } : null);

function jpegSize(b: Uint8Array): ImageSize | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1] ?? 0;
    if (marker === 0xff) {
      i++;
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return valid(be16(b, i + 7), be16(b, i + 5));
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2;
      continue;
    }
    i += 2 + be16(b, i + 2);
  }
  return null;
}

function webpSize(b: Uint8Array): ImageSize | null {
  const chunk = String.fromCharCode(...b.subarray(12, 16));
  if (chunk === 'VP8 ') return valid(le16(b, 26) & 0x3fff, le16(b, 28) & 0x3fff);
  if (chunk === 'VP8L') {
    const bits = le32(b, 21);
    return valid((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X') return valid(le24(b, 24) + 1, le24(b, 27) + 1);
  return null;
}

function tiffSize(b: Uint8Array): ImageSize | null {
  const little = b[0] === 0x49;
  const u16 = (i: number) => (little ? le16(b, i) : be16(b, i));
  const u32 = (i: number) => (little ? le32(b, i) : be32(b, i));
  const ifd = u32(4);
  const count = u16(ifd);
  let width = 0;
  let height = 0;
  for (let k = 0; k < count && ifd + 2 + k * 12 + 12 <= b.length; k++) {
    const entry = ifd + 2 + k * 12;
    const tag = u16(entry);
    const type = u16(entry + 2);
    const value = type === 3 ? u16(entry + 8) : u32(entry + 8);
    if (tag === 256) width = value;
    if (tag === 257) height = value;
  }
  return valid(width, height);
}

/** Pixel size from the header, or null when the file is not a known image or its header is cut short. */
export function readImageSize(bytes: Uint8Array): ImageSize | null {
  switch (sniffImageFormat(bytes)) {
    case 'png':
      return bytes.length >= 24 ? valid(be32(bytes, 16), be32(bytes, 20)) : null;
    case 'gif':
      return bytes.length >= 10 ? valid(le16(bytes, 6), le16(bytes, 8)) : null;
    case 'jpeg':
      return jpegSize(bytes);
    case 'webp':
      return bytes.length >= 30 ? webpSize(bytes) : null;
    case 'tiff':
      return bytes.length >= 8 ? tiffSize(bytes) : null;
    default:
      return null;
  }
}
