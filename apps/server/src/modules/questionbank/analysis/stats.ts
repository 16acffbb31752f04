/**
 * Classical item analysis — pure, no I/O.
 *
 * The work is split at sufficient statistics: per item, a handful of sums (ItemAggregate) from which every
 * index follows. The sums come either from SQL (one GROUP BY over the exam's responses, see analysis.service)
 * or from `aggregateResponses` below, which does the same in typed arrays (tests, and any caller holding the
 * responses in memory). Either way no object is created per response.
 */

export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
/** The share of candidates in each of the upper and lower groups. */
export const GROUP_SHARE = 0.27;

export const THRESHOLDS = {
  tooEasy: 0.9,
  tooHard: 0.2,
  lowDiscrimination: 0.1,
} as const;

export type ItemFlag =
  /** facility > 0.9 */
  | 'too_easy'
  /** facility < 0.2 */
  | 'too_hard'
  /** corrected point-biserial < 0.1 */
  | 'low_discrimination'
  /** corrected point-biserial < 0 */
  | 'negative_discrimination'
  /** the upper group chose a distractor more often than the key: the key may be wrong */
  | 'possible_wrong_key'
  /** a distractor nobody chose */
  | 'unused_distractor';

/** Sufficient statistics of one item: x = the item score, T = the candidate's total over the exam. */
export interface ItemAggregate {
  n: number;
  sumX: number;
  sumXX: number;
  sumT: number;
  sumTT: number;
  sumXT: number;
  maxScore: number;
  upperN: number;
  upperSumX: number;
  lowerN: number;
  lowerSumX: number;
  /** Choice items: how many chose option i (A = 0 …), overall and in the upper group. */
  chosen: number[];
  chosenUpper: number[];
}

/** What the statistics need to know about an item's key: for choice items, the options and the keyed ones. */
export interface ItemKey {
  /** Number of options (0 for items without options). */
  optionCount: number;
  /** Keyed options as bits (A = 1, B = 2, C = 4 …); 0 for items without options. */
  keyMask: number;
}

export interface ItemStats {
  n: number;
  /** Mean score / max score, 0..1 (null without responses). */
  facility: number | null;
  /** Pearson correlation of the item score with the total of the other items (corrected point-biserial). */
  pointBiserial: number | null;
  /** (mean of the upper 27 % − mean of the lower 27 %) / max score. */
  upperLower27: number | null;
  /** Choice items: option letter → share of respondents who chose it. */
  distractors: Record<string, number> | null;
  flags: ItemFlag[];
}

export const emptyAggregate = (): ItemAggregate => ({
  n: 0,
  sumX: 0,
  sumXX: 0,
  sumT: 0,
  sumTT: 0,
  sumXT: 0,
  maxScore: 0,
  upperN: 0,
  upperSumX: 0,
  lowerN: 0,
  lowerSumX: 0,
  chosen: new Array(8).fill(0),
  chosenUpper: new Array(8).fill(0),
});

/** Size of each of the upper and lower groups for a number of candidates. */
export const groupSize = (candidates: number) =>
  candidates < 2 ? 0 : Math.max(1, Math.round(candidates * GROUP_SHARE));

const round = (v: number, digits = 4) => Math.round(v * 10 ** digits) / 10 ** digits;

/** The indices and flags of one item from its sums. */
export function finishItem(a: ItemAggregate, key: ItemKey): ItemStats {
  const flags: ItemFlag[] = [];
  if (a.n === 0) return { n: 0, facility: null, pointBiserial: null, upperLower27: null, distractors: null, flags };
  const n = a.n;
  const facility = a.maxScore > 0 ? a.sumX / n / a.maxScore : null;

  // Item-rest correlation: R = T − x.
  const sumR = a.sumT - a.sumX;
  const sumRR = a.sumTT - 2 * a.sumXT + a.sumXX;
  const sumXR = a.sumXT - a.sumXX;
  const varX = n * a.sumXX - a.sumX * a.sumX;
  const varR = n * sumRR - sumR * sumR;
  // Relative tolerance: sums of squares of ~10^6 terms lose a few digits to cancellation.
  const pointBiserial =
    varX > 1e-9 * n * a.sumXX && varR > 1e-9 * n * sumRR ? (n * sumXR - a.sumX * sumR) / Math.sqrt(varX * varR) : null;

  const upperLower27 =
    a.upperN > 0 && a.lowerN > 0 && a.maxScore > 0
      ? (a.upperSumX / a.upperN - a.lowerSumX / a.lowerN) / a.maxScore
      : null;

  let distractors: Record<string, number> | null = null;
  if (key.optionCount > 0) {
    distractors = {};
    let maxDistractorUpper = -1;
    let minKeyUpper = Number.POSITIVE_INFINITY;
    let unused = false;
    for (let i = 0; i < key.optionCount; i++) {
      distractors[OPTION_LETTERS[i]!] = round(a.chosen[i]! / n);
      const upperRate = a.upperN > 0 ? a.chosenUpper[i]! / a.upperN : 0;
      if (key.keyMask & (1 << i)) minKeyUpper = Math.min(minKeyUpper, upperRate);
      else {
        maxDistractorUpper = Math.max(maxDistractorUpper, upperRate);
        if (a.chosen[i] === 0) unused = true;
      }
    }
    if (a.upperN > 0 && maxDistractorUpper > minKeyUpper) flags.push('possible_wrong_key');
    if (unused) flags.push('unused_distractor');
  }
  if (facility !== null && facility > THRESHOLDS.tooEasy) flags.push('too_easy');
  if (facility !== null && facility < THRESHOLDS.tooHard) flags.push('too_hard');
  if (pointBiserial !== null && pointBiserial < THRESHOLDS.lowDiscrimination) flags.push('low_discrimination');
  if (pointBiserial !== null && pointBiserial < 0) flags.push('negative_discrimination');
  return {
    n,
    facility: facility === null ? null : round(facility),
    pointBiserial: pointBiserial === null ? null : round(pointBiserial),
    upperLower27: upperLower27 === null ? null : round(upperLower27),
    distractors,
    flags: sortFlags(flags),
  };
}

const FLAG_ORDER: ItemFlag[] = [
  'too_easy',
  'too_hard',
  'low_discrimination',
  'negative_discrimination',
  'possible_wrong_key',
  'unused_distractor',
];
const sortFlags = (flags: ItemFlag[]) => FLAG_ORDER.filter((f) => flags.includes(f));

/** Responses as parallel columns, one entry per (candidate, item) response. */
export interface ResponseColumns {
  length: number;
  /** Candidate index 0..candidates-1; ties in the ranking are broken by this index. */
  candidate: Uint32Array;
  /** Item index 0..items-1. */
  item: Uint32Array;
  score: Float64Array;
  /** Chosen options as bits (0 = none / not a choice item). */
  choiceMask: Uint16Array;
}

/**
 * The sums of every item in two passes over typed arrays: totals per candidate, the upper/lower groups by
 * total (descending; ties by candidate index), then the per-item sums. `maxScore[i]` is item i's maximum.
 */
export function aggregateResponses(
  r: ResponseColumns,
  candidates: number,
  maxScore: ArrayLike<number>,
): ItemAggregate[] {
  const items = maxScore.length;
  const total = new Float64Array(candidates);
  const present = new Uint8Array(candidates);
  for (let i = 0; i < r.length; i++) {
    total[r.candidate[i]!]! += r.score[i]!;
    present[r.candidate[i]!] = 1;
  }
  // Rank the candidates who responded at all.
  const ranked: number[] = [];
  for (let c = 0; c < candidates; c++) if (present[c]) ranked.push(c);
  ranked.sort((a, b) => total[b]! - total[a]! || a - b);
  const k = groupSize(ranked.length);
  const group = new Int8Array(candidates);
  for (let i = 0; i < k; i++) {
    group[ranked[i]!] = 1;
    group[ranked[ranked.length - 1 - i]!] = -1;
  }

  const n = new Float64Array(items);
  const sx = new Float64Array(items);
  const sxx = new Float64Array(items);
  const st = new Float64Array(items);
  const stt = new Float64Array(items);
  const sxt = new Float64Array(items);
  const un = new Float64Array(items);
  const us = new Float64Array(items);
  const ln = new Float64Array(items);
  const ls = new Float64Array(items);
  const chosen = new Float64Array(items * 8);
  const chosenUpper = new Float64Array(items * 8);
  for (let i = 0; i < r.length; i++) {
    const it = r.item[i]!;
    const c = r.candidate[i]!;
    const x = r.score[i]!;
    const t = total[c]!;
    n[it]! += 1;
    sx[it]! += x;
    sxx[it]! += x * x;
    st[it]! += t;
    stt[it]! += t * t;
    sxt[it]! += x * t;
    const g = group[c]!;
    if (g === 1) {
      un[it]! += 1;
      us[it]! += x;
    } else if (g === -1) {
      ln[it]! += 1;
      ls[it]! += x;
    }
    let mask = r.choiceMask[i]!;
    for (let o = 0; mask !== 0; o++, mask >>= 1) {
      if (mask & 1) {
        chosen[it * 8 + o]! += 1;
        if (g === 1) chosenUpper[it * 8 + o]! += 1;
      }
    }
  }
  const out: ItemAggregate[] = [];
  for (let it = 0; it < items; it++) {
    out.push({
      n: n[it]!,
      sumX: sx[it]!,
      sumXX: sxx[it]!,
      sumT: st[it]!,
      sumTT: stt[it]!,
      sumXT: sxt[it]!,
      maxScore: maxScore[it]!,
      upperN: un[it]!,
      upperSumX: us[it]!,
      lowerN: ln[it]!,
      lowerSumX: ls[it]!,
      chosen: Array.from(chosen.subarray(it * 8, it * 8 + 8)),
      chosenUpper: Array.from(chosenUpper.subarray(it * 8, it * 8 + 8)),
    });
  }
  return out;
}

/** Bits of option letters: ['A', 'C'] → 5. */
export const maskOf = (keys: readonly string[]) =>
  keys.reduce((m, k) => m | (1 << OPTION_LETTERS.indexOf(k as (typeof OPTION_LETTERS)[number])), 0);
