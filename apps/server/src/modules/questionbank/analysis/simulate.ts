import type { ResponseColumns } from './stats.js';

/**
 * Synthetic exam responses for demonstrations, tests and benchmarks: a seeded three-parameter logistic model.
 * Each candidate has an ability θ ~ N(0, 1); each item a difficulty b from its 1–5 grade (plus noise), a
 * discrimination a and, for choice items, a guessing floor. A few items are deliberately faulty (a negative
 * discrimination — as with a wrong key) and some distractors unattractive, so the analysis has something to flag.
 */

export interface SimItem {
  type: 'single' | 'multiple' | 'true_false' | 'fill_blank' | 'short_answer' | 'case_analysis';
  /** Choice items: the number of options and the keyed ones as bits. */
  optionCount: number;
  keyMask: number;
  points: number;
  /** 1 (易) … 5 (难) */
  difficulty: number;
  /** Fill-blank items: number of blanks. */
  blanks?: number;
}

export interface SimResponses extends ResponseColumns {
  /** The response as stored JSON for row i (null for subjective items). */
  responseJson(i: number): string | null;
}

/** mulberry32: a small, fast, seedable PRNG. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

const LETTERS = 'ABCDEFGH';
const lettersOf = (mask: number) => [...LETTERS].filter((_, i) => mask & (1 << i));

/** Responses of `candidates` candidates to every item. Deterministic for a seed. */
export function simulateResponses(items: readonly SimItem[], candidates: number, seed: number): SimResponses {
  const rand = rng(seed);
  const total = items.length * candidates;
  const candidate = new Uint32Array(total);
  const item = new Uint32Array(total);
  const score = new Float64Array(total);
  const choiceMask = new Uint16Array(total);
  const extra = new Float64Array(total); // fill-blank: blanks right; true/false: the answer given (1/0)

  const params = items.map((it) => {
    const faulty = rand() < 0.06;
    const a = faulty ? -(0.4 + rand() * 0.8) : 0.5 + rand() * 1.5;
    const b = (it.difficulty - 3) * 0.9 + normal(rand) * 0.4;
    const c =
      it.type === 'single'
        ? 1 / Math.max(2, it.optionCount)
        : it.type === 'true_false'
          ? 0.5
          : it.type === 'multiple'
            ? 0.05
            : 0;
    // Attractiveness of each distractor; one in four items has a distractor almost nobody picks.
    const weights = Array.from({ length: it.optionCount }, () => 0.2 + rand());
    if (it.optionCount > 2 && rand() < 0.25) {
      const distractors = [...Array(it.optionCount).keys()].filter((o) => !(it.keyMask & (1 << o)));
      const dead = distractors[Math.floor(rand() * distractors.length)];
      if (dead !== undefined) weights[dead] = 0;
    }
    return { a, b, c, weights };
  });

  let row = 0;
  for (let cand = 0; cand < candidates; cand++) {
    const theta = normal(rand);
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      const p = params[i]!;
      const prob = p.c + (1 - p.c) / (1 + Math.exp(-1.7 * p.a * (theta - p.b)));
      candidate[row] = cand;
      item[row] = i;
      switch (it.type) {
        case 'single': {
          if (rand() < prob) choiceMask[row] = it.keyMask;
          else {
            let sum = 0;
            for (let o = 0; o < it.optionCount; o++) if (!(it.keyMask & (1 << o))) sum += p.weights[o]!;
            let pick = rand() * sum;
            let chosen = -1;
            for (let o = 0; o < it.optionCount; o++) {
              if (it.keyMask & (1 << o)) continue;
              chosen = o;
              pick -= p.weights[o]!;
              if (pick <= 0 && p.weights[o]! > 0) break;
            }
            choiceMask[row] = chosen >= 0 ? 1 << chosen : it.keyMask;
          }
          score[row] = choiceMask[row] === it.keyMask ? it.points : 0;
          break;
        }
        case 'multiple': {
          if (rand() < prob) choiceMask[row] = it.keyMask;
          else {
            // A near miss: drop a key or add an attractive distractor.
            let mask = it.keyMask;
            for (let o = 0; o < it.optionCount; o++) {
              const isKey = (it.keyMask & (1 << o)) !== 0;
              if (isKey && rand() < 0.45) mask &= ~(1 << o);
              if (!isKey && rand() < 0.35 * p.weights[o]!) mask |= 1 << o;
            }
            if (mask === it.keyMask) mask &= ~(it.keyMask & -it.keyMask);
            choiceMask[row] = mask;
          }
          score[row] = choiceMask[row] === it.keyMask ? it.points : 0;
          break;
        }
        case 'true_false': {
          const right = rand() < prob;
          extra[row] = right ? 1 : 0;
          score[row] = right ? it.points : 0;
          break;
        }
        case 'fill_blank': {
          const blanks = Math.max(1, it.blanks ?? 1);
          let ok = 0;
          for (let k = 0; k < blanks; k++) if (rand() < prob) ok += 1;
          extra[row] = ok;
          score[row] = Math.round((it.points * ok * 100) / blanks) / 100;
          break;
        }
        default: {
          // Marked in half points around the expected share.
          const share = Math.min(1, Math.max(0, prob + normal(rand) * 0.12));
          score[row] = Math.round(share * it.points * 2) / 2;
        }
      }
      row += 1;
    }
  }

  return {
    length: total,
    candidate,
    item,
    score,
    choiceMask,
    responseJson(i: number) {
      const it = items[item[i]!]!;
      switch (it.type) {
        case 'single':
          return `{"key":"${lettersOf(choiceMask[i]!)[0] ?? ''}"}`;
        case 'multiple':
          return JSON.stringify({ keys: lettersOf(choiceMask[i]!) });
        case 'true_false': {
          // keyMask bit 0 = the statement is true.
          const key = (it.keyMask & 1) === 1;
          return `{"value":${extra[i] === 1 ? key : !key}}`;
        }
        case 'fill_blank': {
          const blanks = Math.max(1, it.blanks ?? 1);
          return JSON.stringify({ blanksCorrect: extra[i], blanks });
        }
        default:
          return null;
      }
    },
  };
}
