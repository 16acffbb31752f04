import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import subsetFont from 'subset-font';

/**
 * Chinese text in PDFs needs a CJK font: Noto Sans SC is subset with harfbuzz (`subset-font`) to exactly the
 * characters printed plus ASCII, and embedded whole (`subset: false`) — pdf-lib's own subsetting garbles CJK
 * glyphs. Subsets are cached per character set.
 */

const require = createRequire(import.meta.url);
let fontFile: Buffer | undefined;
const fontPath = () =>
  require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf') as string;

const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const subsetCache = new Map<string, Promise<Buffer>>();
const SUBSET_CACHE_MAX = 64;

/** The font subset to the characters of `text` (+ ASCII), cached per character set. */
export function fontFor(text: string): Promise<Buffer> {
  const chars = [...new Set(`${ASCII}${text}`)].sort().join('');
  let hit = subsetCache.get(chars);
  if (!hit) {
    fontFile ??= fs.readFileSync(fontPath());
    hit = subsetFont(fontFile, chars, { targetFormat: 'truetype' });
    hit.catch(() => subsetCache.delete(chars));
    if (subsetCache.size >= SUBSET_CACHE_MAX) subsetCache.delete(subsetCache.keys().next().value!);
    subsetCache.set(chars, hit);
  }
  return hit;
}

/**
 * Embeds Noto Sans SC subset to the characters of `text` into `doc` (registers fontkit). Everything drawn with
 * the returned font must be among those characters (or ASCII).
 */
export async function embedCjkFont(doc: PDFDocument, text: string): Promise<PDFFont> {
  doc.registerFontkit(fontkit);
  const bytes = await fontFor(text);
  // locl (Latin) swaps digits next to Latin letters for glyphs that have no Unicode mapping (text would not
  // extract); frac/numr/dnom are on by default in fontkit and would turn 1/2 into a fraction; liga would draw
  // "fi" as one glyph that does not extract either. The name carries a subset tag (PDF 32000 §9.6.4: six capital
  // letters and '+'), as readers expect of a subset font.
  return doc.embedFont(bytes, {
    subset: false,
    customName: `${subsetTag(bytes)}+NotoSansSC-Regular`,
    features: { locl: false, frac: false, numr: false, dnom: false, liga: false },
  });
}

/** Six capital letters derived from the subset's bytes (same subset, same tag). */
function subsetTag(bytes: Uint8Array): string {
  const digest = crypto.createHash('sha256').update(bytes).digest();
  return Array.from(digest.subarray(0, 6), (b) => String.fromCharCode(65 + (b % 26))).join('');
}

/** Splits text into lines no wider than `width` (CJK wraps anywhere; Latin runs too, simply). */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    const next = line + ch;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = ch === ' ' ? '' : ch;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
