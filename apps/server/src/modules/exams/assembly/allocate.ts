import type { Blueprint } from './blueprint.js';
import { DIFFICULTIES, SECTION_ORDER } from './constants.js';
import { type Rng, shuffleInPlace } from './prng.js';

/**
 * The two allocation steps of assembly, on counts only (no items yet):
 *
 * 1. `allocateRowTypes`: items per row × type such that every row gets exactly its points and every type
 *    exactly its count — a small integer search (types by descending points, randomised rounding of the
 *    proportional target count × rowPoints / totalPoints, repaired to the exact count, backtracking).
 * 2. `allocateDifficulties`: items per row × type × difficulty such that the paper's difficulty counts hit
 *    the targets (greedy by remaining demand × bucket weight, then repaired by moving items along paths
 *    between difficulties), within the buckets' sizes.
 */

const TYPES = SECTION_ORDER.length;

/** The smallest scale that makes every points value an integer (≤ 100), or null. */
export function pointUnit(points: readonly number[]): number | null {
  for (const s of [1, 2, 4, 5, 10, 20, 25, 50, 100]) {
    if (points.every((p) => Math.abs(p * s - Math.round(p * s)) < 1e-9)) return s;
  }
  return null;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * Items per row × type (`n[row * 6 + typeIndex]`), or null when no allocation was found.
 * @param caps items available per row × type (hard limits), or null for an unlimited pool
 * @param soft with caps: treat them as preferences (used to name shortfalls when no exact allocation exists)
 */
export function allocateRowTypes(
  bp: Blueprint,
  caps: Int32Array | null,
  rng: Rng,
  opts: { soft?: boolean; budget?: number; targets?: Float64Array } = {},
): Int32Array | null {
  const R = bp.rows.length;
  const hard = caps !== null && !opts.soft;
  const unit = pointUnit(Object.values(bp.typeCounts).map((s) => s.points)) ?? 1;
  const types = SECTION_ORDER.map((t, i) => ({ i, spec: bp.typeCounts[t] }))
    .filter((x): x is { i: number; spec: { count: number; points: number } } => x.spec !== undefined)
    .sort((a, b) => b.spec.points - a.spec.points || b.spec.count - a.spec.count || a.i - b.i);
  const K = types.length;
  const p = types.map((x) => Math.round(x.spec.points * unit));
  const c = types.map((x) => x.spec.count);
  const rowUnits = bp.rows.map((r) => Math.round(r.points * unit));
  const totalUnits = bp.totalPoints * unit;
  const cap = (r: number, k: number) => (caps ? caps[r * TYPES + types[k]!.i]! : Number.POSITIVE_INFINITY);
  const gcdLater = p.map((_, k) => p.slice(k + 1).reduce((g, x) => gcd(g, x), 0));
  // Points the later types could still place in a row (hard caps only).
  const laterCap = types.map((_, k) =>
    bp.rows.map((_r, r) => {
      if (!hard) return Number.POSITIVE_INFINITY;
      let s = 0;
      for (let u = k + 1; u < K; u++) s += cap(r, u) * p[u]!;
      return s;
    }),
  );
  const n = new Int32Array(R * TYPES);
  let nodes = 0;
  const budget = opts.budget ?? 3000;

  const solve = (k: number, rem: readonly number[]): boolean => {
    if (++nodes > budget) return false;
    const ti = types[k]!.i;
    const pk = p[k]!;
    const ck = c[k]!;
    if (k === K - 1) {
      for (let r = 0; r < R; r++) {
        const v = rem[r]! / pk;
        if (!Number.isInteger(v) || v < 0 || (hard && v > cap(r, k))) return false;
      }
      for (let r = 0; r < R; r++) n[r * TYPES + ti] = rem[r]! / pk;
      return true;
    }
    const g = gcdLater[k]!;
    const allowed: number[][] = [];
    let minSum = 0;
    let maxSum = 0;
    for (let r = 0; r < R; r++) {
      const hi = Math.min(Math.floor(rem[r]! / pk), ck, hard ? cap(r, k) : Number.POSITIVE_INFINITY);
      const lo = Math.max(0, Math.ceil((rem[r]! - laterCap[k]![r]!) / pk));
      const vals: number[] = [];
      for (let v = lo; v <= hi; v++) if ((rem[r]! - v * pk) % g === 0) vals.push(v);
      if (vals.length === 0) return false;
      allowed.push(vals);
      minSum += vals[0]!;
      maxSum += vals[vals.length - 1]!;
    }
    if (ck < minSum || ck > maxSum) return false;
    const target = rowUnits.map((u, r) => {
      const x = opts.targets ? opts.targets[r * TYPES + ti]! : (ck * u) / totalUnits;
      return caps && !hard ? Math.min(x, cap(r, k)) : x;
    });
    const pos = new Int32Array(R);
    const attempts = k === 0 ? 24 : 6;
    for (let a = 0; a < attempts; a++) {
      let sum = 0;
      for (let r = 0; r < R; r++) {
        const x = target[r]!;
        const y = Math.floor(x) + (rng() < x - Math.floor(x) ? 1 : 0);
        const vals = allowed[r]!;
        let best = 0;
        for (let j = 1; j < vals.length; j++) if (Math.abs(vals[j]! - y) < Math.abs(vals[best]! - y)) best = j;
        pos[r] = best;
        sum += vals[best]!;
      }
      let diff = ck - sum;
      for (let guard = 0; diff !== 0 && guard < 4 * ck + 4 * R; guard++) {
        const up = diff > 0;
        let total = 0;
        const w = new Float64Array(R);
        for (let r = 0; r < R; r++) {
          const vals = allowed[r]!;
          const j = pos[r]! + (up ? 1 : -1);
          if (j < 0 || j >= vals.length) continue;
          const step = Math.abs(vals[j]! - vals[pos[r]!]!);
          if (step > Math.abs(diff)) continue;
          const dev = up ? target[r]! - vals[pos[r]!]! : vals[pos[r]!]! - target[r]!;
          let wr = Math.max(dev + 1, 0.05);
          if (caps && !hard && up && vals[j]! > cap(r, k)) wr *= 1e-4;
          w[r] = wr;
          total += wr;
        }
        if (total === 0) break;
        let u = rng() * total;
        let r = 0;
        for (; r < R - 1; r++) {
          u -= w[r]!;
          if (u < 0 && w[r]! > 0) break;
        }
        while (w[r] === 0) r--;
        const before = allowed[r]![pos[r]!]!;
        pos[r] = pos[r]! + (up ? 1 : -1);
        diff -= allowed[r]![pos[r]!]! - before;
      }
      if (diff !== 0) continue;
      const next = rem.slice();
      for (let r = 0; r < R; r++) {
        const v = allowed[r]![pos[r]!]!;
        n[r * TYPES + ti] = v;
        next[r] = rem[r]! - v * pk;
      }
      if (solve(k + 1, next)) return true;
      if (nodes > budget) return false;
    }
    return false;
  };
  return solve(0, rowUnits) ? n : null;
}

/**
 * Items per row × type × difficulty (`m[(row * 6 + type) * 5 + d − 1]`) for the row × type counts `n`.
 * @param avail bucket sizes (same layout as m)
 * @param weight bucket weights (Σ 1 / (1 + exposure)), to prefer less-used buckets
 * @returns m, and the paper's count per difficulty; `overflow` when some row × type had no items left
 *   (those are placed anyway, at the most-needed difficulty, to name the shortfall)
 */
export function allocateDifficulties(
  bp: Blueprint,
  n: Int32Array,
  avail: Int32Array,
  weight: Float64Array,
  rng: Rng,
): { m: Int32Array; counts: number[]; overflow: boolean } {
  const R = bp.rows.length;
  const D = DIFFICULTIES.map((d) => bp.difficultyTargets[d]);
  const counts = [0, 0, 0, 0, 0];
  const m = new Int32Array(R * TYPES * 5);
  let overflow = false;
  const cells: number[] = [];
  for (let c = 0; c < R * TYPES; c++) if (n[c]! > 0) cells.push(c);
  shuffleInPlace(rng, cells);
  const w = new Float64Array(5);
  for (const c of cells) {
    for (let j = 0; j < n[c]!; j++) {
      let total = 0;
      let anyCap = false;
      for (let d = 0; d < 5; d++) {
        const b = c * 5 + d;
        w[d] = 0;
        if (m[b]! >= avail[b]!) continue;
        anyCap = true;
        const need = D[d]! - counts[d]!;
        w[d] = need > 0 ? need * (weight[b]! + 1e-9) : 0;
        total += w[d]!;
      }
      let pick = -1;
      if (!anyCap) {
        overflow = true;
        let best = -Infinity;
        for (let d = 0; d < 5; d++) {
          const need = D[d]! - counts[d]! + rng() * 0.5;
          if (need > best) {
            best = need;
            pick = d;
          }
        }
      } else {
        if (total === 0) {
          for (let d = 0; d < 5; d++) {
            const b = c * 5 + d;
            w[d] = m[b]! < avail[b]! ? weight[b]! + 1e-9 : 0;
            total += w[d]!;
          }
        }
        let u = rng() * total;
        for (let d = 0; d < 5; d++) {
          if (w[d]! <= 0) continue;
          pick = d;
          u -= w[d]!;
          if (u < 0) break;
        }
      }
      m[c * 5 + pick]!++;
      counts[pick]!++;
    }
  }
  // Repair: move items between difficulties (within a row × type) along shortest paths over → under.
  for (let guard = 0; guard < 4 * bp.itemCount; guard++) {
    const over = [0, 1, 2, 3, 4].filter((d) => counts[d]! > D[d]!);
    if (over.length === 0) break;
    let moved = false;
    for (const from of over) {
      // BFS over the 5 difficulties; edge a → b via a cell with an item at a and room at b.
      const prev = [-1, -1, -1, -1, -1];
      const via = [-1, -1, -1, -1, -1];
      const seen = [false, false, false, false, false];
      seen[from] = true;
      const queue = [from];
      let end = -1;
      while (queue.length > 0 && end < 0) {
        const a = queue.shift()!;
        for (let b = 0; b < 5 && end < 0; b++) {
          if (seen[b]) continue;
          for (const c of cells) {
            if (m[c * 5 + a]! > 0 && m[c * 5 + b]! < avail[c * 5 + b]!) {
              seen[b] = true;
              prev[b] = a;
              via[b] = c;
              if (counts[b]! < D[b]!) end = b;
              else queue.push(b);
              break;
            }
          }
        }
      }
      if (end < 0) continue;
      for (let b = end; b !== from; b = prev[b]!) {
        const a = prev[b]!;
        const c = via[b]!;
        m[c * 5 + a]!--;
        m[c * 5 + b]!++;
      }
      counts[from]!--;
      counts[end]!++;
      moved = true;
      break;
    }
    if (!moved) break;
  }
  return { m, counts, overflow };
}

/**
 * Fractional items per row × type proportional to `seed` (e.g. the buckets' Σ 1 / (1 + exposure)) and
 * scaled (iterative proportional fitting) so that rows get their points and types their counts: the
 * targets `allocateRowTypes` rounds, so that less-used parts of the pool are drawn more.
 */
export function fitTargets(bp: Blueprint, seed: Float64Array, iterations = 30): Float64Array {
  const R = bp.rows.length;
  const x = Float64Array.from(seed);
  const types = SECTION_ORDER.map((t, i) => ({ i, spec: bp.typeCounts[t] })).filter((t) => t.spec !== undefined);
  for (let it = 0; it < iterations; it++) {
    for (let r = 0; r < R; r++) {
      let pts = 0;
      for (const t of types) pts += x[r * TYPES + t.i]! * t.spec!.points;
      if (pts > 0) for (const t of types) x[r * TYPES + t.i]! *= bp.rows[r]!.points / pts;
    }
    for (const t of types) {
      let cnt = 0;
      for (let r = 0; r < R; r++) cnt += x[r * TYPES + t.i]!;
      if (cnt > 0) for (let r = 0; r < R; r++) x[r * TYPES + t.i]! *= t.spec!.count / cnt;
    }
  }
  return x;
}
