import { normalizeForSearch, searchTokens } from './text.js';

/** Number of MinHash values in a signature. */
export const SIGNATURE_SIZE = 64;

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

export function estimateSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
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

// ── Locality-sensitive hashing ────────────────────────────────────────────────────────────────────────

/** A pair at the threshold must become a candidate with at least this probability. */
const MIN_RECALL = 0.98;
/** Margin under the threshold for the signature estimate (≈ 4 standard deviations at 64 values). */
const ESTIMATE_MARGIN = 0.25;

/** How the signature is cut into bands: `bands` × `rows` values (the rest unused). */
export interface LshPlan {
  bands: number;
  rows: number;
}

/**
 * The banding for a threshold: the most rows per band (the steepest S-curve, fewest chance candidates)
 * such that a pair exactly at the threshold still shares a band with probability ≥ 98 %
 * (1 − (1 − tʳ)ᵇ). 0.8 → 12 bands × 5 rows (0.8: 99.2 %, 0.5: 32 %, 0.3: 3 %); 0.7 → 16 × 4;
 * 0.6 → 21 × 3; 0.5 → 32 × 2. (8 × 8 would find only 77 % of the pairs at 0.8.)
 */
export function lshPlan(threshold: number): LshPlan {
  for (let rows = 8; rows > 1; rows--) {
    const bands = Math.floor(SIGNATURE_SIZE / rows);
    if (1 - (1 - threshold ** rows) ** bands >= MIN_RECALL) return { bands, rows };
  }
  return { bands: SIGNATURE_SIZE, rows: 1 };
}

export interface DuplicateLimits {
  /**
   * A band bucket with more members than this is boilerplate (a template shared by many stems): instead of
   * pairing all its members it is split by the following bands (its members must then agree on more
   * values), down to identical signatures, which are chained (each with its `IDENTICAL_WINDOW` predecessors).
   */
  maxBucket?: number;
  /** Distinct candidate pairs verified at most; beyond this the result is partial (`capped`). */
  maxCandidates?: number;
}

export const DEFAULT_MAX_BUCKET = 100;
export const DEFAULT_MAX_CANDIDATES = 1_000_000;
/** Members of a group of identical signatures larger than maxBucket are paired with this many predecessors. */
const IDENTICAL_WINDOW = 8;
/** Index limit of the sort key (hash × 2²¹ + index must stay an exact double). */
const MAX_ITEMS = 2 ** 21;

export interface DuplicateStats {
  plan: LshPlan;
  /** Distinct candidate pairs (sharing a band), each checked once. */
  candidates: number;
  /** Band buckets over maxBucket that were split rather than paired exhaustively. */
  oversizedBuckets: number;
  /** True when maxCandidates was reached: some pairs were not checked. */
  capped: boolean;
}

/** Every value of the signature of an empty text (0xffffffff as int32): nothing to compare. */
const EMPTY = -1;

/** Signatures packed one after another (SIGNATURE_SIZE values each). */
export type Signatures = Int32Array;

export function packSignatures(sigs: readonly ArrayLike<number>[]): Signatures {
  const out = new Int32Array(sigs.length * SIGNATURE_SIZE);
  for (const [i, sig] of sigs.entries()) {
    if (sig.length !== SIGNATURE_SIZE) throw new RangeError(`signature ${i} has ${sig.length} values`);
    out.set(sig, i * SIGNATURE_SIZE);
  }
  return out;
}

function bandKey(sigs: Signatures, item: number, band: number, rows: number): number {
  let h = 0x2545f491 ^ band;
  const base = item * SIGNATURE_SIZE + band * rows;
  for (let k = 0; k < rows; k++) h = fmix(Math.imul(h ^ sigs[base + k]!, 0x01000193));
  return h;
}

/**
 * Candidate pairs (i < j, `canPair(i, j)`) of items whose signatures share a band: each distinct pair is
 * passed to `visit` once. Memory is the signatures, one sort key per item and the set of pairs seen
 * (bounded by maxCandidates); oversized buckets never pair all their members.
 */
export function lshCandidates(
  sigs: Signatures,
  threshold: number,
  canPair: (i: number, j: number) => boolean,
  visit: (i: number, j: number) => void,
  limits: DuplicateLimits = {},
): DuplicateStats {
  const count = sigs.length / SIGNATURE_SIZE;
  if (count > MAX_ITEMS) throw new RangeError(`at most ${MAX_ITEMS} items`);
  const plan = lshPlan(threshold);
  const maxBucket = Math.max(2, limits.maxBucket ?? DEFAULT_MAX_BUCKET);
  const maxCandidates = limits.maxCandidates ?? DEFAULT_MAX_CANDIDATES;
  const stats: DuplicateStats = { plan, candidates: 0, oversizedBuckets: 0, capped: false };
  const seen = new Set<number>();

  const active: number[] = [];
  for (let i = 0; i < count; i++) {
    if (!(sigs[i * SIGNATURE_SIZE] === EMPTY && sigs[i * SIGNATURE_SIZE + 1] === EMPTY)) active.push(i);
  }

  /** false once the cap is reached. */
  const pair = (a: number, b: number): boolean => {
    const [i, j] = a < b ? [a, b] : [b, a];
    if (i === j || !canPair(i, j)) return true;
    const key = i * count + j;
    if (seen.has(key)) return true;
    if (stats.candidates >= maxCandidates) {
      stats.capped = true;
      return false;
    }
    seen.add(key);
    stats.candidates++;
    visit(i, j);
    return true;
  };

  /** Pairs the members of a bucket of `band` (0-based depth of splitting below the bucket's own band). */
  const bucket = (members: number[], band: number, depth: number): boolean => {
    if (members.length <= maxBucket) {
      for (let x = 0; x < members.length; x++)
        for (let y = x + 1; y < members.length; y++) if (!pair(members[x]!, members[y]!)) return false;
      return true;
    }
    if (depth === 0) stats.oversizedBuckets++;
    if (depth + 1 >= plan.bands) {
      // Identical on every band: chain them rather than pair them all.
      const sorted = [...members].sort((a, b) => a - b);
      for (let x = 1; x < sorted.length; x++)
        for (let y = Math.max(0, x - IDENTICAL_WINDOW); y < x; y++) if (!pair(sorted[y]!, sorted[x]!)) return false;
      return true;
    }
    const next = (band + 1) % plan.bands;
    const groups = new Map<number, number[]>();
    for (const m of members) {
      const key = bandKey(sigs, m, next, plan.rows);
      const g = groups.get(key);
      if (g) g.push(m);
      else groups.set(key, [m]);
    }
    for (const g of groups.values()) if (g.length > 1 && !bucket(g, next, depth + 1)) return false;
    return true;
  };

  const keys = new Float64Array(active.length);
  for (let band = 0; band < plan.bands; band++) {
    // Sort items by (band hash, index): a bucket is a run of equal hashes.
    for (const [k, i] of active.entries()) keys[k] = bandKey(sigs, i, band, plan.rows) * MAX_ITEMS + i;
    keys.sort();
    let start = 0;
    while (start < keys.length) {
      const hash = Math.floor(keys[start]! / MAX_ITEMS);
      let end = start + 1;
      while (end < keys.length && Math.floor(keys[end]! / MAX_ITEMS) === hash) end++;
      if (end - start > 1) {
        const members: number[] = [];
        for (let k = start; k < end; k++) members.push(keys[k]! - hash * MAX_ITEMS);
        if (!bucket(members, band, 0)) return stats;
      }
      start = end;
    }
  }
  return stats;
}

/**
 * LSH candidates whose signature estimate is within a margin of the threshold (cheap: no text), as a flat
 * list [i0, j0, i1, j1, …] — the pairs worth an exact check.
 */
export function signatureCandidates(
  sigs: Signatures,
  threshold: number,
  canPair: (i: number, j: number) => boolean,
  limits: DuplicateLimits = {},
): { candidates: number[]; stats: DuplicateStats } {
  const candidates: number[] = [];
  const stats = lshCandidates(
    sigs,
    threshold,
    canPair,
    (i, j) => {
      let same = 0;
      for (let a = i * SIGNATURE_SIZE, b = j * SIGNATURE_SIZE, k = 0; k < SIGNATURE_SIZE; k++)
        if (sigs[a + k] === sigs[b + k]) same++;
      if (same / SIGNATURE_SIZE >= threshold - ESTIMATE_MARGIN) candidates.push(i, j);
    },
    limits,
  );
  return { candidates, stats };
}

/** The candidates whose exact Jaccard similarity (of `shinglesOf`) reaches the threshold, most similar first. */
export function verifyCandidates(
  candidates: readonly number[],
  threshold: number,
  shinglesOf: (i: number) => Set<string>,
): { i: number; j: number; similarity: number }[] {
  const out: { i: number; j: number; similarity: number }[] = [];
  for (let k = 0; k < candidates.length; k += 2) {
    const i = candidates[k]!;
    const j = candidates[k + 1]!;
    const similarity = jaccard(shinglesOf(i), shinglesOf(j));
    if (similarity >= threshold) out.push({ i, j, similarity: Math.round(similarity * 1000) / 1000 });
  }
  return out.sort((p, q) => q.similarity - p.similarity || p.i - q.i || p.j - q.j);
}

/** The shingles of a stem (HTML or text), as compared by the near-duplicate check. */
export function stemShingles(stem: string): Set<string> {
  return shingles(normalizeForSearch(stem));
}

// ── Imports: incoming stems against each other and a bank ───────────────────────────────────────────────

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
 * `findNearDuplicates` with how the search went: candidates checked, oversized (boilerplate) buckets
 * split, and whether the candidate cap cut it short (then `duplicates` is partial).
 */
export function detectNearDuplicates(
  incoming: readonly (string | { stem: string })[],
  existing: readonly ExistingStem[],
  opts: { threshold?: number } & DuplicateLimits = {},
): { duplicates: NearDuplicate[]; stats: DuplicateStats } {
  const threshold = opts.threshold ?? 0.8;
  const n = incoming.length;
  const stems = [...incoming.map((d) => (typeof d === 'string' ? d : d.stem)), ...existing.map((e) => e.stem)];
  const cache = new Map<number, Set<string>>();
  const shinglesOf = (i: number) => {
    let sh = cache.get(i);
    if (!sh) {
      sh = stemShingles(stems[i]!);
      cache.set(i, sh);
    }
    return sh;
  };
  const sigs = packSignatures(
    stems.map((_, i) => {
      const stored = i >= n ? existing[i - n]!.fingerprint : undefined;
      return stored && stored.length === SIGNATURE_SIZE ? stored : minHash(shinglesOf(i));
    }),
  );
  // Pairs with at least one incoming stem; existing-with-existing is not this function's question.
  const { candidates, stats } = signatureCandidates(sigs, threshold, (i, j) => i < n || j < n, opts);
  const pairs = verifyCandidates(candidates, threshold, shinglesOf);
  const duplicates = pairs.map(({ i, j, similarity }) => {
    // i < j always: i is incoming.
    if (j < n) return { index: j, existingId: null, otherIndex: i, similarity };
    return { index: i, existingId: existing[j - n]!.id, otherIndex: null, similarity };
  });
  return { duplicates, stats };
}

/**
 * Near-duplicate stems among incoming drafts (or stems) and against existing items: pure, no I/O. Each
 * incoming stem is reported against the existing items and earlier incoming stems at or above the
 * threshold (default 0.8), most similar first. Stems are compared after HTML stripping and normalisation,
 * ignoring punctuation and spaces. Bounded on any input (templated stems included): see `lshCandidates`;
 * `detectNearDuplicates` also says whether the result is partial.
 */
export function findNearDuplicates(
  incoming: readonly (string | { stem: string })[],
  existing: readonly ExistingStem[],
  opts: { threshold?: number } & DuplicateLimits = {},
): NearDuplicate[] {
  return detectNearDuplicates(incoming, existing, opts).duplicates;
}
