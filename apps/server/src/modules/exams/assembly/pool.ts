import type { QuestionType } from '@crossskill/contracts';
import { SECTION_ORDER } from './constants.js';

/** One candidate item for papers, compact: what assembly needs and nothing else (no stems, no answers). */
export interface PoolItem {
  id: string;
  revisionId: string;
  /** Index of the blueprint row (weight-table row) the item counts toward (see `rowResolver`); -1 = none. */
  row: number;
  type: QuestionType;
  difficulty: number;
  /** The item's own points in the bank (informational; the paper awards the blueprint's points per type). */
  points: number;
  /** Option keys in the bank's order ([] for types without options). */
  optionKeys: readonly string[];
  shuffleOptions: boolean;
  /** Times the item has been used in earlier papers/sittings. */
  exposure: number;
}

export const TYPE_COUNT = SECTION_ORDER.length;
export const typeIndex: Readonly<Record<QuestionType, number>> = Object.fromEntries(
  SECTION_ORDER.map((t, i) => [t, i]),
) as Record<QuestionType, number>;

/** The pool bucketed by row × type × difficulty, built once and reused for every paper. */
export interface PoolIndex {
  readonly items: readonly PoolItem[];
  readonly rowCount: number;
  /** Bucket b = (row × TYPE_COUNT + typeIndex) × 5 + (difficulty − 1): pool positions in [start[b], start[b+1]). */
  readonly start: Int32Array;
  readonly positions: Int32Array;
  /** Items left out (row < 0, unknown type, difficulty not 1–5). */
  readonly skipped: number;
}

export const bucketOf = (row: number, type: number, difficulty: number) =>
  (row * TYPE_COUNT + type) * 5 + difficulty - 1;

/** Buckets the pool (counting sort, O(n)). Pool positions are the indexes into `pool`. */
export function indexPool(pool: readonly PoolItem[]): PoolIndex {
  let rowCount = 0;
  for (const it of pool) if (it.row >= rowCount) rowCount = it.row + 1;
  const buckets = rowCount * TYPE_COUNT * 5;
  const start = new Int32Array(buckets + 1);
  const key = new Int32Array(pool.length);
  let skipped = 0;
  for (let i = 0; i < pool.length; i++) {
    const it = pool[i]!;
    const t = typeIndex[it.type];
    if (it.row < 0 || !Number.isInteger(it.row) || t === undefined || !(it.difficulty >= 1 && it.difficulty <= 5)) {
      key[i] = -1;
      skipped++;
      continue;
    }
    const b = bucketOf(it.row, t, Math.round(it.difficulty));
    key[i] = b;
    start[b + 1]!++;
  }
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
  const fill = start.slice(0, buckets);
  const positions = new Int32Array(pool.length - skipped);
  for (let i = 0; i < pool.length; i++) {
    const b = key[i]!;
    if (b >= 0) positions[fill[b]!++] = i;
  }
  return { items: pool, rowCount, start, positions, skipped };
}

/** Items in a bucket (0 for a row the pool never mentions). */
export function bucketSize(index: PoolIndex, row: number, type: number, difficulty: number): number {
  if (row >= index.rowCount) return 0;
  const b = bucketOf(row, type, difficulty);
  return index.start[b + 1]! - index.start[b]!;
}

/**
 * A running exposure count per pool position, starting from the items' `exposure`: pass it to
 * `assemblePaper` and `recordExposure` after each paper so that later candidates of the sitting get
 * less-used items.
 */
export function createExposureLedger(index: PoolIndex): Uint32Array {
  const ledger = new Uint32Array(index.items.length);
  for (let i = 0; i < ledger.length; i++) ledger[i] = Math.max(0, Math.floor(index.items[i]!.exposure));
  return ledger;
}

/** Adds one use to each item of a paper. */
export function recordExposure(ledger: Uint32Array, paper: { items: readonly { poolIndex: number }[] }): void {
  for (const it of paper.items) ledger[it.poolIndex]!++;
}
