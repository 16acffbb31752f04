import { OPTION_KEYS, type QuestionType } from '@crossskill/contracts';
import { allocateDifficulties, allocateRowTypes, fitTargets } from './allocate.js';
import type { Blueprint } from './blueprint.js';
import { DIFFICULTIES, type Difficulty, SECTION_ORDER } from './constants.js';
import { bucketOf, indexPool, type PoolIndex, type PoolItem, TYPE_COUNT, typeIndex } from './pool.js';
import { type Rng, rngFor, type Seed, shuffleInPlace } from './prng.js';

export interface AssembleOptions {
  /** Same seed (and same pool, blueprint and exposure) → same paper. */
  seed: Seed;
  /**
   * Seed of the item and option order only; default `seed`. A fixed paper shuffled per candidate: the same
   * `seed` for everyone, the candidate's own `shuffleSeed` (or `reorderPaper`).
   */
  shuffleSeed?: Seed;
  /** Uses per pool position (e.g. `createExposureLedger`); default each item's `exposure`. */
  exposure?: ArrayLike<number>;
  /** Default true: shuffle items within their type section. */
  shuffleItems?: boolean;
  /** Default true: shuffle the options of items that allow it (`shuffleOptions`). */
  shuffleOptions?: boolean;
}

export interface PaperItem {
  /** Position in the pool (for `recordExposure`). */
  poolIndex: number;
  id: string;
  revisionId: string;
  /** 1-based position on the paper. */
  order: number;
  type: QuestionType;
  /** Blueprint row index and its weight-table item. */
  row: number;
  item: string;
  difficulty: Difficulty;
  /** What the item scores on this paper: the blueprint's points for its type. */
  points: number;
  /**
   * The bank's option keys in display order: the option shown as A is `optionOrder[0]`, as B
   * `optionOrder[1]`, … ([] for items without options). The caller remaps answer keys (`displayedKey`).
   */
  optionOrder: string[];
}

export type Shortfall = {
  kind: 'cell';
  row: number;
  item: string;
  type: QuestionType;
  difficulty: Difficulty;
  /** Items the allocation needs in this cell, and the items the pool has there. */
  needed: number;
  available: number;
};

export interface AssembledPaper {
  /** Empty when there are shortfalls. */
  items: PaperItem[];
  shortfalls: Shortfall[];
  /** Items per difficulty (targets ± 1). */
  difficultyCounts: Record<Difficulty, number>;
}

const ORDER_SALT = 0x5bd1e995;

/**
 * Assembles one paper from an indexed pool (see the module documentation).
 * @param pool `indexPool(items)` — or the items themselves (indexed on every call: slow for big pools)
 */
export function assemblePaper(
  pool: PoolIndex | readonly PoolItem[],
  bp: Blueprint,
  opts: AssembleOptions,
): AssembledPaper {
  const index = Array.isArray(pool) ? indexPool(pool as readonly PoolItem[]) : (pool as PoolIndex);
  const R = bp.rows.length;
  const items = index.items;
  const exp = opts.exposure;
  const usedTypes = SECTION_ORDER.map((t, i) => (bp.typeCounts[t] ? i : -1)).filter((i) => i >= 0);

  // Bucket sizes, row × type capacities and exposure weights (Σ 1 / (1 + exposure)).
  const avail = new Int32Array(R * TYPE_COUNT * 5);
  const weight = new Float64Array(R * TYPE_COUNT * 5);
  const caps = new Int32Array(R * TYPE_COUNT);
  const minExposure = new Float64Array(R * TYPE_COUNT * 5);
  for (let r = 0; r < Math.min(R, index.rowCount); r++) {
    for (const t of usedTypes) {
      for (let d = 1; d <= 5; d++) {
        const b = bucketOf(r, t, d);
        const from = index.start[b]!;
        const to = index.start[b + 1]!;
        let w = 0;
        let min = Number.POSITIVE_INFINITY;
        for (let j = from; j < to; j++) {
          const i = index.positions[j]!;
          const e = exp ? exp[i]! : items[i]!.exposure;
          w += 1 / (1 + e);
          if (e < min) min = e;
        }
        avail[b] = to - from;
        weight[b] = w;
        minExposure[b] = min;
        caps[r * TYPE_COUNT + t]! += to - from;
      }
    }
  }

  const rng = rngFor(opts.seed);
  const rowTypeWeight = new Float64Array(R * TYPE_COUNT);
  for (let c = 0; c < R * TYPE_COUNT; c++) {
    for (let d = 0; d < 5; d++) rowTypeWeight[c]! += weight[c * 5 + d]!;
  }
  const targets = fitTargets(bp, rowTypeWeight);
  const n =
    allocateRowTypes(bp, caps, rng, { targets }) ??
    allocateRowTypes(bp, caps, rng, { soft: true }) ??
    allocateRowTypes(bp, null, rng, { budget: 100_000 });
  if (!n) throw new Error('blueprint rows cannot be filled — build blueprints with blueprintFromWeightTable');
  const { m, counts } = allocateDifficulties(bp, n, avail, weight, rng);

  // Difficulty mix out of reach: force the targets, so that the cells lacking items are named.
  if (DIFFICULTIES.some((d) => Math.abs(counts[d - 1]! - bp.difficultyTargets[d]) > 1)) {
    forceDifficulties(bp, m, avail, counts);
  }
  const difficultyCounts = Object.fromEntries(DIFFICULTIES.map((d, i) => [d, counts[i]!])) as Record<
    Difficulty,
    number
  >;
  const shortfalls: Shortfall[] = [];
  for (let r = 0; r < R; r++) {
    for (const t of usedTypes) {
      for (let d = 1; d <= 5; d++) {
        const b = bucketOf(r, t, d);
        if (m[b]! > avail[b]!) {
          shortfalls.push({
            kind: 'cell',
            row: r,
            item: bp.rows[r]!.item,
            type: SECTION_ORDER[t]!,
            difficulty: d as Difficulty,
            needed: m[b]!,
            available: avail[b]!,
          });
        }
      }
    }
  }
  if (shortfalls.length > 0) return { items: [], shortfalls, difficultyCounts };

  // Draw the items of every cell, preferring less-exposed ones.
  const picked: PaperItem[] = [];
  const chosen: number[] = [];
  for (let r = 0; r < R; r++) {
    for (const t of usedTypes) {
      const type = SECTION_ORDER[t]!;
      const points = bp.typeCounts[type]!.points;
      for (let d = 1; d <= 5; d++) {
        const b = bucketOf(r, t, d);
        const k = m[b]!;
        if (k === 0) continue;
        chosen.length = 0;
        drawWeighted(index, b, k, exp, minExposure[b]!, rng, chosen);
        for (const i of chosen) {
          const it = items[i]!;
          picked.push({
            poolIndex: i,
            id: it.id,
            revisionId: it.revisionId,
            order: 0,
            type,
            row: r,
            item: bp.rows[r]!.item,
            difficulty: d as Difficulty,
            points,
            optionOrder: it.optionKeys.slice(),
          });
        }
      }
    }
  }
  return {
    items: orderItems(index, picked, rngFor(opts.shuffleSeed ?? opts.seed, ORDER_SALT), opts),
    shortfalls,
    difficultyCounts,
  };
}

/**
 * Moves items from over-represented to under-represented difficulties (within a row × type, preferring the
 * cells with most items left at the target difficulty) until every difficulty hits its target, even past
 * the buckets' sizes: the cells then over their size are the shortfalls.
 */
function forceDifficulties(bp: Blueprint, m: Int32Array, avail: Int32Array, counts: number[]): void {
  const cells = m.length / 5;
  for (let guard = 0; guard < 4 * bp.itemCount; guard++) {
    const under = DIFFICULTIES.findIndex((d) => counts[d - 1]! < bp.difficultyTargets[d]);
    if (under < 0) return;
    let over = -1;
    for (let d = 0; d < 5; d++) {
      const excess = counts[d]! - bp.difficultyTargets[(d + 1) as Difficulty];
      if (excess > 0 && (over < 0 || excess > counts[over]! - bp.difficultyTargets[(over + 1) as Difficulty])) over = d;
    }
    if (over < 0) return;
    let best = -1;
    for (let c = 0; c < cells; c++) {
      if (m[c * 5 + over]! === 0) continue;
      if (best < 0 || avail[c * 5 + under]! - m[c * 5 + under]! > avail[best * 5 + under]! - m[best * 5 + under]!)
        best = c;
    }
    if (best < 0) return;
    m[best * 5 + over]!--;
    m[best * 5 + under]!++;
    counts[over]!--;
    counts[under]!++;
  }
}

/**
 * k distinct pool positions from bucket b, each draw weighted by 1 / (1 + exposure) (successive sampling
 * without replacement): rejection sampling against the bucket's least exposure, with an exact
 * Efraimidis–Spirakis fallback when acceptance is poor.
 */
function drawWeighted(
  index: PoolIndex,
  b: number,
  k: number,
  exp: ArrayLike<number> | undefined,
  minE: number,
  rng: Rng,
  out: number[],
): void {
  const from = index.start[b]!;
  const size = index.start[b + 1]! - from;
  const pos = index.positions;
  const e = (i: number) => (exp ? exp[i]! : index.items[i]!.exposure);
  if (k >= size) {
    for (let j = 0; j < size; j++) out.push(pos[from + j]!);
    shuffleInPlace(rng, out);
    return;
  }
  const taken = new Set<number>();
  const maxTries = 40 * k + 100;
  for (let tries = 0; taken.size < k && tries < maxTries; tries++) {
    const j = Math.floor(rng() * size);
    if (taken.has(j)) continue;
    const i = pos[from + j]!;
    if (rng() * (1 + e(i)) < 1 + minE) {
      taken.add(j);
      out.push(i);
    }
  }
  if (taken.size < k) {
    const keys: { j: number; key: number }[] = [];
    for (let j = 0; j < size; j++) {
      if (taken.has(j)) continue;
      keys.push({ j, key: -Math.log(1 - rng()) * (1 + e(pos[from + j]!)) });
    }
    keys.sort((a, z) => a.key - z.key);
    for (let q = 0; taken.size < k; q++) {
      taken.add(keys[q]!.j);
      out.push(pos[from + keys[q]!.j]!);
    }
  }
}

function orderItems(
  index: PoolIndex,
  picked: PaperItem[],
  rng: Rng,
  opts: Pick<AssembleOptions, 'shuffleItems' | 'shuffleOptions'>,
): PaperItem[] {
  const sections: PaperItem[][] = SECTION_ORDER.map(() => []);
  for (const it of picked) sections[typeIndex[it.type]]!.push(it);
  const out: PaperItem[] = [];
  for (const section of sections) {
    section.sort((a, z) => a.poolIndex - z.poolIndex);
    if (opts.shuffleItems !== false) shuffleInPlace(rng, section);
    for (const it of section) {
      const src = index.items[it.poolIndex]!;
      const keys = src.optionKeys.slice();
      if (opts.shuffleOptions !== false && src.shuffleOptions && keys.length > 1) shuffleInPlace(rng, keys);
      out.push({ ...it, order: out.length + 1, optionOrder: keys });
    }
  }
  return out;
}

/**
 * The same items in a new order (and option order) for another candidate: for fixed papers.
 * @param pool the index the paper was assembled from
 */
export function reorderPaper(
  pool: PoolIndex,
  paper: AssembledPaper,
  shuffleSeed: Seed,
  opts: Pick<AssembleOptions, 'shuffleItems' | 'shuffleOptions'> = {},
): AssembledPaper {
  return { ...paper, items: orderItems(pool, paper.items, rngFor(shuffleSeed, ORDER_SALT), opts) };
}

/** The letter a candidate sees for the bank's option key (to remap answer keys), or undefined. */
export function displayedKey(optionOrder: readonly string[], bankKey: string): string | undefined {
  const i = optionOrder.indexOf(bankKey);
  return i < 0 ? undefined : OPTION_KEYS[i];
}

/** The bank's option key behind the letter a candidate saw (to score a response), or undefined. */
export function bankKey(optionOrder: readonly string[], shownKey: string): string | undefined {
  const i = (OPTION_KEYS as readonly string[]).indexOf(shownKey);
  return i < 0 ? undefined : optionOrder[i];
}
