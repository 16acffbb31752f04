import { htmlToText } from './sanitize.js';

/**
 * Plain text for searching: HTML stripped, NFKC (full-width letters, digits and punctuation become
 * half-width), lower case, whitespace collapsed.
 */
export function normalizeForSearch(htmlOrText: string): string {
  return htmlToText(htmlOrText).normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Normalises a search query the same way (it is plain text: no HTML stripping). */
export function normalizeQuery(q: string): string {
  return q.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{N}]/u;

/** Runs of CJK characters and runs of other letters/digits, in order. */
function runs(text: string): { cjk: boolean; chars: string[] }[] {
  const out: { cjk: boolean; chars: string[] }[] = [];
  let current: { cjk: boolean; chars: string[] } | null = null;
  for (const ch of text) {
    const cjk = CJK.test(ch);
    if (!cjk && !WORD.test(ch)) {
      current = null;
      continue;
    }
    if (!current || current.cjk !== cjk) {
      current = { cjk, chars: [] };
      out.push(current);
    }
    current.chars.push(ch);
  }
  return out;
}

/** n-grams of a run: bigrams for CJK, trigrams for Latin/digits; a run shorter than n gives none. */
function grams(run: { cjk: boolean; chars: string[] }, into: Set<string>) {
  const n = run.cjk ? 2 : 3;
  for (let i = 0; i + n <= run.chars.length; i++) into.add(run.chars.slice(i, i + n).join(''));
}

/**
 * The index tokens of normalised text: every CJK character bigram and every Latin/digit trigram. A
 * substring query whose own tokens are all present is then verified on the text (strpos).
 */
export function searchTokens(normalised: string): string[] {
  const set = new Set<string>();
  for (const run of runs(normalised)) grams(run, set);
  return [...set];
}

/**
 * The tokens a query needs (the union over its words). Runs too short to have a token (one CJK
 * character, one or two Latin letters) add none and are only checked on the text.
 */
export function queryTokens(normalisedQuery: string): string[] {
  return searchTokens(normalisedQuery);
}
