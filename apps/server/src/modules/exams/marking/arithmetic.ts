/**
 * The arithmetic of marking and results — pure functions, no I/O (unit-tested in arithmetic.test.ts).
 */

/** Rounds to 2 decimals (half away from zero, robust to binary noise such as 1.005). */
export const round2 = (n: number) => (Math.sign(n) * Math.round(Math.abs(n) * 100 + 1e-7)) / 100;

/** A score on the paper's points scaled to the 100-point scale (2 decimals); identity for a 100-point paper. */
export function scaleTo100(raw: number, paperTotal: number): number {
  if (paperTotal <= 0) return 0;
  return round2((raw * 100) / paperTotal);
}

/** A marker's criteria points (rubric scale) turned into the item's score on the paper's points. */
export function markScore(criteria: readonly number[], rubricPoints: number, paperPoints: number): number {
  const raw = criteria.reduce((s, c) => s + c, 0);
  if (rubricPoints <= 0) return 0;
  return round2(rubricPoints === paperPoints ? raw : (raw * paperPoints) / rubricPoints);
}

/**
 * Checks one mark against the rubric: one value per criterion, 0 ≤ x ≤ the criterion's points, in steps of 0.5.
 * Returns the indexes of the bad entries (-1 = wrong count); empty = valid.
 */
export function invalidCriteria(criteria: readonly number[], rubric: readonly { points: number }[]): number[] {
  if (criteria.length !== rubric.length) return [-1];
  const bad: number[] = [];
  criteria.forEach((x, i) => {
    const max = rubric[i]!.points;
    if (!Number.isFinite(x) || x < 0 || x > max + 1e-9 || Math.abs(x * 2 - Math.round(x * 2)) > 1e-9) bad.push(i);
  });
  return bad;
}

export type MarkDecision = { kind: 'final'; score: number } | { kind: 'third' };

/**
 * Blind double marking: the two marks of an item agree when |a − b| ≤ thresholdPct % of the item's points;
 * then the item scores their mean (2 decimals), otherwise a third marker decides.
 */
export function decideDoubleMark(a: number, b: number, itemPoints: number, thresholdPct: number): MarkDecision {
  const limit = (itemPoints * thresholdPct) / 100;
  if (Math.abs(a - b) > limit + 1e-9) return { kind: 'third' };
  return { kind: 'final', score: round2((a + b) / 2) };
}

/**
 * With a third mark the item scores the third mark (第三评定分: the third marker, who sees neither earlier
 * mark, decides — as usual in Chinese 职业技能鉴定 marking).
 */
export const decideThirdMark = (third: number): number => round2(third);

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : round2((s[mid - 1]! + s[mid]!) / 2);
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return round2(values.reduce((s, v) => s + v, 0) / values.length);
}

/** Population standard deviation (2 decimals). */
export function stdDev(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const m = values.reduce((s, v) => s + v, 0) / values.length;
  return round2(Math.sqrt(values.reduce((s, v) => s + (v - m) ** 2, 0) / values.length));
}

/** Ten 10-point bins 0–9, 10–19 … 80–89, 90–100 (100 falls in the last; 9.5 in 0–9). */
export function distribution(totals: readonly number[]) {
  const bins = Array.from({ length: 10 }, (_, i) => ({
    from: i * 10,
    to: i === 9 ? 100 : i * 10 + 9,
    label: i === 9 ? '90–100' : `${i * 10}–${i * 10 + 9}`,
    count: 0,
  }));
  for (const t of totals) {
    const i = Math.min(9, Math.max(0, Math.floor(t / 10)));
    bins[i]!.count += 1;
  }
  return bins;
}

/**
 * Splits `total` (2 decimals) over parts proportional to `weights` so the parts (2 decimals) sum to it exactly
 * (largest remainder in hundredths).
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum <= 0 || weights.length === 0) return weights.map(() => 0);
  const cents = Math.round(total * 100);
  const exact = weights.map((w) => (w * cents) / sum);
  const floors = exact.map((e) => Math.floor(e + 1e-9));
  let left = cents - floors.reduce((s, f) => s + f, 0);
  const order = exact
    .map((e, i) => ({ i, r: e - floors[i]! }))
    .sort((x, y) => y.r - x.r || x.i - y.i)
    .map((x) => x.i);
  for (const i of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors.map((c) => c / 100);
}

export interface ScoredEntry {
  rowItem: string;
  points: number;
  /** null = not scored (counts 0). */
  score: number | null;
}

export interface WeightRowRef {
  item: string;
  weight: number;
}

export interface BreakdownRow {
  item: string;
  weight: number | null;
  available: number;
  scored: number;
  rawAvailable: number;
  rawScored: number;
}

/**
 * The per-function breakdown of one result against the weight table: one row per weight-table row (in its
 * order, rows the paper has no item for show 0 / 0), then paper items outside the table. Raw = paper points;
 * `available` and `scored` are on the 100-point scale, apportioned so that Σ available = 100 (when the
 * paper has points) and Σ scored = `scaleTo100(Σ raw scored, paper total)` — the result's total.
 */
export function breakdown(entries: readonly ScoredEntry[], weights: readonly WeightRowRef[]): BreakdownRow[] {
  const items = weights.map((w) => w.item);
  for (const e of entries) if (!items.includes(e.rowItem)) items.push(e.rowItem);
  const rawAvailable = items.map(() => 0);
  const rawScored = items.map(() => 0);
  for (const e of entries) {
    const i = items.indexOf(e.rowItem);
    rawAvailable[i]! += e.points;
    rawScored[i]! += e.score ?? 0;
  }
  const paperTotal = rawAvailable.reduce((s, v) => s + v, 0);
  const totalScored = rawScored.reduce((s, v) => s + v, 0);
  const available = apportion(paperTotal > 0 ? 100 : 0, rawAvailable);
  const scored = apportion(scaleTo100(totalScored, paperTotal), rawScored);
  return items.map((item, i) => ({
    item,
    weight: weights.find((w) => w.item === item)?.weight ?? null,
    available: available[i]!,
    scored: scored[i]!,
    rawAvailable: round2(rawAvailable[i]!),
    rawScored: round2(rawScored[i]!),
  }));
}

export interface ResultTotals {
  objective: number;
  subjective: number;
  paperTotal: number;
  total: number;
  passed: boolean;
}

/** The result of an attempt: raw objective / subjective points, the total on the 100-point scale, pass. */
export function resultTotals(
  entries: readonly { points: number; score: number | null; subjective: boolean }[],
  passMark: number,
): ResultTotals {
  let objective = 0;
  let subjective = 0;
  let paperTotal = 0;
  for (const e of entries) {
    paperTotal += e.points;
    if (e.subjective) subjective += e.score ?? 0;
    else objective += e.score ?? 0;
  }
  const total = scaleTo100(objective + subjective, paperTotal);
  return {
    objective: round2(objective),
    subjective: round2(subjective),
    paperTotal: round2(paperTotal),
    total,
    passed: total >= passMark,
  };
}

/** FNV-1a: a stable hash for tie-breaking between markers with the same workload. */
export function stableHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Picks `count` different markers with the least open work (ties by a stable hash of `seed` + marker id),
 * leaving out `exclude`. Increments the chosen markers' workload in `open`. Returns fewer when too few.
 */
export function pickMarkers(
  markers: readonly string[],
  open: Map<string, number>,
  count: number,
  seed: string,
  exclude: readonly string[] = [],
): string[] {
  const candidates = markers
    .filter((m) => !exclude.includes(m))
    .map((m) => ({ m, load: open.get(m) ?? 0, h: stableHash(`${seed}:${m}`) }))
    .sort((x, y) => x.load - y.load || x.h - y.h || (x.m < y.m ? -1 : 1));
  const chosen = candidates.slice(0, count).map((c) => c.m);
  for (const m of chosen) open.set(m, (open.get(m) ?? 0) + 1);
  return chosen;
}
