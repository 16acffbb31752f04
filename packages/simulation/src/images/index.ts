// Public surface of images/. Names exported here must be unique across the package.
export { analyzeImagePixels, type ImagePixelAnalysis, MAX_SAMPLED_PIXELS, WHITE_CHANNEL_MIN } from './analyze.js';
export { type DecodedImage, measureImage } from './meta.js';
export { type ImageSize, readImageSize } from './size.js';
export { sniffImageFormat } from './sniff.js';
