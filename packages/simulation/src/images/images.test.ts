import { describe, expect, it } from 'vitest';
import { analyzeImagePixels } from './analyze.js';
import { measureImage } from './meta.js';
import { readImageSize } from './size.js';
import { sniffImageFormat } from './sniff.js';

type Rgba = [number, number, number, number];

/** A synthetic image: background colour with an optional centred rectangle of `share` width and height. */
function picture(width: number, height: number, background: Rgba, product?: { share: number; colour: Rgba }) {
  const px = new Uint8ClampedArray(width * height * 4);
  const pw = product ? Math.round(width * product.share) : 0;
  const ph = product ? Math.round(height * product.share) : 0;
  const x0 = Math.floor((width - pw) / 2);
  const y0 = Math.floor((height - ph) / 2);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inside = product && x >= x0 && x < x0 + pw && y >= y0 && y < y0 + ph;
      px.set(inside ? product.colour : background, (y * width + x) * 4);
    }
  }
  return px;
}

const WHITE: Rgba = [255, 255, 255, 255];
const RED: Rgba = [200, 30, 30, 255];

describe('analyzeImagePixels', () => {
  it('finds a white border and a high fill for a centred product on white', () => {
    const r = analyzeImagePixels(picture(400, 400, WHITE, { share: 0.95, colour: RED }), 400, 400);
    expect(r.borderWhiteRatio).toBe(1);
    expect(r.productFillRatio).toBeCloseTo(0.95 * 0.95, 2);
  });

  it('finds a small product fills little of the frame', () => {
    const r = analyzeImagePixels(picture(300, 200, WHITE, { share: 0.5, colour: RED }), 300, 200);
    expect(r.productFillRatio).toBeCloseTo(0.25, 2);
  });

  it('does not take a light grey background for white', () => {
    const r = analyzeImagePixels(picture(200, 200, [240, 240, 240, 255], { share: 0.6, colour: RED }), 200, 200);
    expect(r.borderWhiteRatio).toBe(0);
  });

  it('counts near-white JPEG noise (≥ 250) as white but a transparent background as not white', () => {
    expect(analyzeImagePixels(picture(100, 100, [252, 251, 250, 255]), 100, 100)).toEqual({
      borderWhiteRatio: 1,
      productFillRatio: 0,
    });
    const clear = analyzeImagePixels(picture(100, 100, [255, 255, 255, 0], { share: 0.5, colour: RED }), 100, 100);
    expect(clear.borderWhiteRatio).toBe(0);
    expect(clear.productFillRatio).toBeCloseTo(0.25, 2);
  });

  it('sees a product touching one edge in the border ratio', () => {
    const px = picture(100, 100, WHITE);
    for (let y = 0; y < 100; y++) px.set(RED, (y * 100 + 99) * 4);
    const r = analyzeImagePixels(px, 100, 100);
    expect(r.borderWhiteRatio).toBeLessThan(1);
    expect(r.productFillRatio).toBeCloseTo(0.01, 3);
  });

  it('samples a large image and still measures it', () => {
    const r = analyzeImagePixels(picture(2400, 2000, WHITE, { share: 0.9, colour: RED }), 2400, 2000);
    expect(r.borderWhiteRatio).toBe(1);
    expect(r.productFillRatio).toBeGreaterThan(0.8);
    expect(r.productFillRatio).toBeLessThan(0.83);
  });

  it('refuses a buffer that does not match the size', () => {
    expect(() => analyzeImagePixels(new Uint8Array(10), 10, 10)).toThrow(RangeError);
  });
});

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

const PNG_HEAD = bytes(
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  [0, 0, 0, 13],
  'IHDR',
  [0, 0, 0x07, 0xd0],
  [0, 0, 0x03, 0xe8],
);

describe('sniffImageFormat and readImageSize', () => {
  it('recognises each format by its magic number', () => {
    expect(sniffImageFormat(PNG_HEAD)).toBe('png');
    expect(sniffImageFormat(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffImageFormat(bytes('GIF89a'))).toBe('gif');
    expect(sniffImageFormat(bytes([0x49, 0x49, 0x2a, 0]))).toBe('tiff');
    expect(sniffImageFormat(bytes([0x4d, 0x4d, 0, 0x2a]))).toBe('tiff');
    expect(sniffImageFormat(bytes('RIFF', [0, 0, 0, 0], 'WEBP'))).toBe('webp');
  });

  it('answers null for text, a PDF and an empty file', () => {
    expect(sniffImageFormat(bytes('hello world'))).toBeNull();
    expect(sniffImageFormat(bytes('%PDF-1.7'))).toBeNull();
    expect(sniffImageFormat(new Uint8Array())).toBeNull();
    expect(sniffImageFormat(bytes('RIFF', [0, 0, 0, 0], 'WAVE'))).toBeNull();
  });

  it('reads PNG, GIF and JPEG sizes from the header', () => {
    expect(readImageSize(PNG_HEAD)).toEqual({ width: 2000, height: 1000 });
    expect(readImageSize(bytes('GIF89a', [0x20, 0x03, 0x58, 0x02]))).toEqual({ width: 800, height: 600 });
    const jpeg = bytes([0xff, 0xd8], [0xff, 0xe0, 0, 4, 0, 0], [0xff, 0xc0, 0, 17, 8, 0x04, 0xb0, 0x06, 0x40, 3, 0, 0]);
    expect(readImageSize(jpeg)).toEqual({ width: 1600, height: 1200 });
    expect(readImageSize(bytes([0xff, 0xd8, 0xff]))).toBeNull();
  });

  it('reads a little-endian TIFF size from its first directory', () => {
    const tiff = bytes(
      [0x49, 0x49, 0x2a, 0],
      [8, 0, 0, 0],
      [2, 0],
      [0, 1, 3, 0, 1, 0, 0, 0, 0xe8, 3, 0, 0],
      [1, 1, 3, 0, 1, 0, 0, 0, 0xf4, 1, 0, 0],
    );
    expect(readImageSize(tiff)).toEqual({ width: 1000, height: 500 });
  });
});

describe('measureImage', () => {
  it('combines the sniffed format, file size and pixel analysis', () => {
    const meta = measureImage('img-1', PNG_HEAD, {
      width: 100,
      height: 100,
      rgba: picture(100, 100, WHITE, { share: 0.9, colour: RED }),
    });
    expect(meta).toMatchObject({
      id: 'img-1',
      format: 'png',
      width: 100,
      height: 100,
      bytes: PNG_HEAD.length,
      borderWhiteRatio: 1,
    });
    expect(meta?.productFillRatio).toBeCloseTo(0.81, 2);
  });

  it('answers null for a file that is not an image', () => {
    expect(measureImage('x', bytes('%PDF-1.7'), { width: 1, height: 1, rgba: new Uint8Array(4) })).toBeNull();
  });
});
