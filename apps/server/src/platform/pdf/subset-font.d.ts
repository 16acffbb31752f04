declare module 'subset-font' {
  /** Subsets an SFNT font (TTF/OTF/WOFF/WOFF2) to the glyphs of `text` (harfbuzz). */
  export default function subsetFont(
    font: Buffer | Uint8Array,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2'; preserveNameIds?: number[] },
  ): Promise<Buffer>;
}
