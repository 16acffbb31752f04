import { normalizeForSearch, searchTokens } from './text.js';

/** Number of MinHash values in a signature. */
export const SIGNATURE_SIZE = 64;
/** Signature split into bands of 2 rows for locality-sensitive hashing (candidates from ~0.3 similarity). */
const ROWS_PER_BAND = 2;

/**
 * The shingles of a stem: the search tokens of its normalised text (CJK character bigrams, Latin/digit
 * trigrams — punctuation and spacing ignored); a text too short for any is its own single shingle.
 */
export function shingles(normalised: string): Set<string> {
  const set = new Set(searchTokens(normalised));
  if (set.size === 0) {
    const compact = normalised.replace(/[^\p{L}\p{N}]/gu, '');
    if (compact) set.add(compact);
  }
  return set;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: a good 32-bit mix. */
function fmix(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => fmix(0x9e3779b9 * (i + 1)));

/** MinHash signature of a set of shingles (signed 32-bit values, as stored in an int4[] column). */
export function minHash(set: Set<string>): number[] {
  const sig = new Array<number>(SIGNATURE_SIZE);
  const mins = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const sh of set) {
    const h = fnv1a(sh);
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = fmix(h ^ SEEDS[i]!);
      if (v < mins[i]!) mins[i] = v;
    }
  }
  for (let i = 0; i < SIGNATURE_SIZE; i++) sig[i] = mins[i]! | 0;
  return sig;
}

/** The stored fingerprint of a stem (HTML or text). */
export function stemFingerprint(stemHtml: string): number[] {
  return minHash(shingles(normalizeForSearch(stemHtml)));
}

export function estimateSimilarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** A stem to compare; its shingles are computed only when it becomes a candidate (or has no fingerprint). */
interface Subject {
  sig: readonly number[];
  stem: string;
  shingles?: Set<string>;
}

function subject(stem: string, fingerprint?: readonly number[]): Subject {
  if (fingerprint && fingerprint.length === SIGNATURE_SIZE) return { sig: fingerprint, stem };
  const sh = shingles(normalizeForSearch(stem));
  return { sig: minHash(sh), stem, shingles: sh };
}

function shinglesOf(s: Subject): Set<string> {
  s.shingles ??= shingles(normalizeForSearch(s.stem));
  return s.shingles;
}

/** Every value of the signature of an empty text (0xffffffff as int32): nothing to compare. */
const EMPTY = -1;

/**
 * Pairs of subjects whose signatures share a band (LSH), then verified with the exact Jaccard similarity
 * of their shingles.
 */
function similarPairs(
  subjects: Subject[],
  canPair: (i: number, j: number) => boolean,
  threshold: number,
): { i: number; j: number; similarity: number }[] {
  const seen = new Set<string>();
  const out: { i: number; j: number; similarity: number }[] = [];
  const bands = SIGNATURE_SIZE / ROWS_PER_BAND;
  for (let b = 0; b < bands; b++) {
    const buckets = new Map<string, number[]>();
    for (const [idx, s] of subjects.entries()) {
      if (s.sig[0] === EMPTY && s.sig[1] === EMPTY) continue;
      const key = s.sig.slice(b * ROWS_PER_BAND, (b + 1) * ROWS_PER_BAND).join(',');
      const list = buckets.get(key);
      if (list) list.push(idx);
      else buckets.set(key, [idx]);
    }
    for (const list of buckets.values()) {
      if (list.length < 2) continue;
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const i = list[x]!;
          const j = list[y]!;
          if (!canPair(i, j)) continue;
          const key = `${i}:${j}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const similarity = jaccard(shinglesOf(subjects[i]!), shinglesOf(subjects[j]!));
          if (similarity >= threshold) out.push({ i, j, similarity: Math.round(similarity * 1000) / 1000 });
        }
      }
    }
  }
  return out.sort((p, q) => q.similarity - p.similarity || p.i - q.i || p.j - q.j);
}

export interface ExistingStem {
  id: string;
  /** Stem HTML or text. */
  stem: string;
  /** The stored stem_fingerprint, when at hand (saves recomputing it). */
  fingerprint?: readonly number[];
}

export interface NearDuplicate {
  /** Index of the incoming stem. */
  index: number;
  /** The existing item it resembles, or null when it resembles another incoming stem. */
  existingId: string | null;
  /** The other incoming stem it resembles (a lower index), or null. */
  otherIndex: number | null;
  /** Jaccard similarity of the stems' shingles (CJK bigrams, Latin trigrams), 0..1 (rounded to 3 decimals). */
  similarity: number;
}

/**
 * Near-duplicate stems among incoming drafts (or stems) and against existing items: pure, no I/O. Each
 * incoming stem is reported against every existing item and every earlier incoming stem at or above the
 * threshold (default 0.8), most similar first. Stems are compared after HTML stripping and normalisation,
 * ignoring punctuation and spaces.
 */
export function findNearDuplicates(
  incoming: readonly (string | { stem: string })[],
  existing: readonly ExistingStem[],
  opts: { threshold?: number } = {},
): NearDuplicate[] {
  const threshold = opts.threshold ?? 0.8;
  const n = incoming.length;
  const subjects = [
    ...incoming.map((d) => subject(typeof d === 'string' ? d : d.stem)),
    ...existing.map((e) => subject(e.stem, e.fingerprint)),
  ];
  // Pairs with at least one incoming stem; existing-with-existing is not this function's question.
  const pairs = similarPairs(subjects, (i, j) => i < n || j < n, threshold);
  return pairs.map(({ i, j, similarity }) => {
    // i < j always: i is incoming.
    if (j < n) return { index: j, existingId: null, otherIndex: i, similarity };
    return { index: i, existingId: existing[j - n]!.id, otherIndex: null, similarity };
  });
}

/** Near-duplicate pairs within one set of items (the on-demand check of a bank). */
export function findDuplicatePairs(
  items: readonly ExistingStem[],
  threshold: number,
): { a: string; b: string; similarity: number }[] {
  const subjects = items.map((e) => subject(e.stem, e.fingerprint));
  return similarPairs(subjects, () => true, threshold).map(({ i, j, similarity }) => ({
    a: items[i]!.id,
    b: items[j]!.id,
    similarity,
  }));
}
