/** Everything the listing rules need to know about an uploaded image, measured from the file and its pixels. */
import type { ImageMeta } from '../core/state.js';
import { analyzeImagePixels } from './analyze.js';
import { sniffImageFormat } from './sniff.js';

export interface DecodedImage {
  width: number;
  height: number;
  /** RGBA, row-major, 4 bytes per pixel. */
  rgba: Uint8Array | Uint8ClampedArray;
}

/**
 * The `ImageMeta` of an upload: format from the file's magic number, size in bytes of the file, pixel size and
 * background/fill from the decoded pixels. Null when the file is not an image.
 */
export function measureImage(id: string, file: Uint8Array, decoded: DecodedImage): ImageMeta | null {
  const format = sniffImageFormat(file);
  if (format === null) return null;
  const { borderWhiteRatio, productFillRatio } = analyzeImagePixels(decoded.rgba, decoded.width, decoded.height);
  return {
    id,
    format,
    width: decoded.width,
    height: decoded.height,
    bytes: file.length,
    borderWhiteRatio,
    productFillRatio,
  };
}
