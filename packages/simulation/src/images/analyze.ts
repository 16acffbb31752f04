/**
 * Measures a decoded image (RGBA, row-major) the way a marketplace checks a main image: how white its border is and
 * how much of the frame the product fills. Pure and synchronous; the server decodes the upload and calls this.
 */

export interface ImagePixelAnalysis {
  /** Share of sampled pixels in the outer 2 % ring that are pure white (all channels ≥ 250, opaque). */
  borderWhiteRatio: number;
  /** Area of the bounding box of the product (non-background pixels) ÷ frame area. */
  productFillRatio: number;
}

/** Channel value from which a pixel counts as white (JPEG compression rarely leaves exact 255). */
export const WHITE_CHANNEL_MIN = 250;
/** Most pixels sampled; bigger images are sampled on an even grid. */
export const MAX_SAMPLED_PIXELS = 1_000_000;
const BORDER_SHARE = 0.02;
/** Below this alpha a pixel is see-through: not white, but not product either. */
const TRANSPARENT_ALPHA_MAX = 10;

const round4 = (x: number): number => Math.round(x * 10000) / 10000;

export function analyzeImagePixels(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
): ImagePixelAnalysis {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new RangeError(`Bad image size ${width}×${height}`);
  }
  if (rgba.length < width * height * 4) throw new RangeError('Pixel buffer shorter than width × height × 4');
  const step = Math.max(1, Math.ceil(Math.sqrt((width * height) / MAX_SAMPLED_PIXELS)));
  const bx = Math.max(1, Math.round(width * BORDER_SHARE));
  const by = Math.max(1, Math.round(height * BORDER_SHARE));
  let borderTotal = 0;
  let borderWhite = 0;
  let minX = width;
  let minY = height;
  let maxX = -1;
  let maxY = -1;
  // Sample the last row and column too, so a product touching the right or bottom edge is seen.
  const xs = sampleAxis(width, step);
  const ys = sampleAxis(height, step);
  for (const y of ys) {
    const rowBorder = y < by || y >= height - by;
    const row = y * width * 4;
    for (const x of xs) {
      const i = row + x * 4;
      const r = rgba[i] ?? 0;
      const g = rgba[i + 1] ?? 0;
      const b = rgba[i + 2] ?? 0;
      const a = rgba[i + 3] ?? 0;
      const white =
        r >= WHITE_CHANNEL_MIN && g >= WHITE_CHANNEL_MIN && b >= WHITE_CHANNEL_MIN && a >= WHITE_CHANNEL_MIN;
      if (rowBorder || x < bx || x >= width - bx) {
        borderTotal++;
        if (white) borderWhite++;
      }
      if (!white && a > TRANSPARENT_ALPHA_MAX) {
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
  }
  const fill = maxX < 0 ? 0 : (boxSpan(minX, maxX, step, width) * boxSpan(minY, maxY, step, height)) / (width * height);
  return {
    borderWhiteRatio: borderTotal === 0 ? 0 : round4(borderWhite / borderTotal),
    productFillRatio: round4(Math.min(1, fill)),
  };
}

function sampleAxis(length: number, step: number): number[] {
  const points: number[] = [];
  for (let p = 0; p < length; p += step) points.push(p);
  if (points[points.length - 1] !== length - 1) points.push(length - 1);
  return points;
}

/** Extent of a sampled box: each sample stands for the cell of `step` pixels it starts (exact when step is 1). */
function boxSpan(min: number, max: number, step: number, length: number): number {
  return Math.min(length, max + step) - min;
}
