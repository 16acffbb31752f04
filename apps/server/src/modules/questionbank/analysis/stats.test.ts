import { describe, expect, it } from 'vitest';
import { simulateResponses } from './simulate.js';
import { aggregateResponses, emptyAggregate, finishItem, groupSize, maskOf, type ResponseColumns } from './stats.js';

/** Rows of [candidate, item, score, chosen letters]. */
function columns(rows: [number, number, number, string][]): ResponseColumns {
  return {
    length: rows.length,
    candidate: Uint32Array.from(rows.map((r) => r[0])),
    item: Uint32Array.from(rows.map((r) => r[1])),
    score: Float64Array.from(rows.map((r) => r[2])),
    choiceMask: Uint16Array.from(rows.map((r) => maskOf([...r[3]]))),
  };
}

describe('item statistics, hand-computed', () => {
  // Four candidates × three one-point items.
  //            item0 item1 item2  total
  // c0           1     1     1      3
  // c1           1     1     0      2
  // c2           1     0     0      1
  // c3           0     0     1      1
  // item0 is a single choice keyed A (c3 chose B); item2 keyed B (c1 and c2 chose C).
  const r = columns([
    [0, 0, 1, 'A'],
    [0, 1, 1, ''],
    [0, 2, 1, 'B'],
    [1, 0, 1, 'A'],
    [1, 1, 1, ''],
    [1, 2, 0, 'C'],
    [2, 0, 1, 'A'],
    [2, 1, 0, ''],
    [2, 2, 0, 'C'],
    [3, 0, 0, 'B'],
    [3, 1, 0, ''],
    [3, 2, 1, 'B'],
  ]);
  const aggs = aggregateResponses(r, 4, [1, 1, 1]);
  const keys = [
    { optionCount: 4, keyMask: maskOf(['A']) },
    { optionCount: 0, keyMask: 0 },
    { optionCount: 3, keyMask: maskOf(['B']) },
  ];
  const stats = aggs.map((a, i) => finishItem(a, keys[i]!));

  it('facility is the mean score over the maximum', () => {
    expect(stats.map((s) => s.facility)).toEqual([0.75, 0.5, 0.5]);
  });

  it('point-biserial correlates the item with the rest of the test', () => {
    // item0: x = 1,1,1,0; rest = 2,1,0,1 → cov 0 → r = 0.
    // item1: x = 1,1,0,0; rest = 2,1,1,1 → cov .125, var .25 and .1875 → r = 1/√3.
    // item2: x = 1,0,0,1; rest = 2,2,1,0 → cov −.125, var .25 and .6875 → r = −.125/√.171875.
    expect(stats[0]!.pointBiserial).toBe(0);
    expect(stats[1]!.pointBiserial).toBeCloseTo(1 / Math.sqrt(3), 4);
    expect(stats[2]!.pointBiserial).toBeCloseTo(-0.125 / Math.sqrt(0.171875), 4);
  });

  it('upper/lower 27 %: one candidate each (round(4 × .27) = 1); ties broken by candidate order', () => {
    expect(groupSize(4)).toBe(1);
    // upper = c0 (3), lower = c3 (last of the tied 1s)
    expect(stats.map((s) => s.upperLower27)).toEqual([1, 1, 0]);
  });

  it('distractor rates and flags', () => {
    expect(stats[0]!.distractors).toEqual({ A: 0.75, B: 0.25, C: 0, D: 0 });
    expect(stats[0]!.flags).toEqual(['low_discrimination', 'unused_distractor']);
    expect(stats[1]!.distractors).toBeNull();
    expect(stats[1]!.flags).toEqual([]);
    expect(stats[2]!.distractors).toEqual({ A: 0, B: 0.5, C: 0.5 });
    expect(stats[2]!.flags).toEqual(['low_discrimination', 'negative_discrimination', 'unused_distractor']);
  });

  it('flags too easy, too hard and a possibly wrong key', () => {
    const easy = { ...emptyAggregate(), n: 10, sumX: 9.5, sumXX: 9.5, maxScore: 1 };
    expect(finishItem(easy, { optionCount: 0, keyMask: 0 }).flags).toContain('too_easy');
    const hard = { ...emptyAggregate(), n: 10, sumX: 1, sumXX: 1, maxScore: 1 };
    expect(finishItem(hard, { optionCount: 0, keyMask: 0 }).flags).toContain('too_hard');
    const miskeyed = {
      ...emptyAggregate(),
      n: 40,
      sumX: 12,
      sumXX: 12,
      maxScore: 1,
      upperN: 10,
      upperSumX: 2,
      chosen: [12, 4, 20, 4, 0, 0, 0, 0],
      chosenUpper: [2, 0, 8, 0, 0, 0, 0, 0],
    };
    expect(finishItem(miskeyed, { optionCount: 4, keyMask: maskOf(['A']) }).flags).toContain('possible_wrong_key');
    const fine = { ...miskeyed, chosenUpper: [8, 0, 2, 0, 0, 0, 0, 0] };
    expect(finishItem(fine, { optionCount: 4, keyMask: maskOf(['A']) }).flags).not.toContain('possible_wrong_key');
  });

  it('an item nobody answered, and one everybody scored the same on, have no correlation', () => {
    expect(finishItem(emptyAggregate(), { optionCount: 0, keyMask: 0 })).toMatchObject({
      n: 0,
      facility: null,
      pointBiserial: null,
    });
    const flat = columns([
      [0, 0, 1, ''],
      [0, 1, 1, ''],
      [1, 0, 1, ''],
      [1, 1, 0, ''],
    ]);
    expect(
      finishItem(aggregateResponses(flat, 2, [1, 1])[0]!, { optionCount: 0, keyMask: 0 }).pointBiserial,
    ).toBeNull();
  });
});

describe('aggregateResponses against a direct computation', () => {
  it('matches Pearson’s r of item and rest score on simulated polytomous data', () => {
    const items = [
      { type: 'single' as const, optionCount: 4, keyMask: 2, points: 2, difficulty: 2 },
      { type: 'short_answer' as const, optionCount: 0, keyMask: 0, points: 10, difficulty: 4 },
      { type: 'fill_blank' as const, optionCount: 0, keyMask: 0, points: 3, difficulty: 3, blanks: 3 },
      { type: 'multiple' as const, optionCount: 5, keyMask: 0b10101, points: 3, difficulty: 3 },
    ];
    const sim = simulateResponses(items, 300, 42);
    const [a] = aggregateResponses(
      sim,
      300,
      items.map((i) => i.points),
    ).slice(1);
    const x: number[] = [];
    const rest: number[] = [];
    const totals = new Map<number, number>();
    for (let i = 0; i < sim.length; i++)
      totals.set(sim.candidate[i]!, (totals.get(sim.candidate[i]!) ?? 0) + sim.score[i]!);
    for (let i = 0; i < sim.length; i++) {
      if (sim.item[i] !== 1) continue;
      x.push(sim.score[i]!);
      rest.push(totals.get(sim.candidate[i]!)! - sim.score[i]!);
    }
    const mean = (v: number[]) => v.reduce((s, e) => s + e, 0) / v.length;
    const mx = mean(x);
    const mr = mean(rest);
    const cov = mean(x.map((e, i) => (e - mx) * (rest[i]! - mr)));
    const sd = (v: number[], m: number) => Math.sqrt(mean(v.map((e) => (e - m) ** 2)));
    const r = cov / (sd(x, mx) * sd(rest, mr));
    expect(finishItem(a!, { optionCount: 0, keyMask: 0 }).pointBiserial).toBeCloseTo(r, 4);
    expect(finishItem(a!, { optionCount: 0, keyMask: 0 }).facility).toBeCloseTo(mx / 10, 4);
  });
});

describe('simulateResponses', () => {
  const items = Array.from({ length: 40 }, (_, i) => ({
    type: 'single' as const,
    optionCount: 4,
    keyMask: 1 << (i % 4),
    points: 1,
    difficulty: (i % 5) + 1,
  }));

  it('is deterministic for a seed', () => {
    const a = simulateResponses(items, 50, 7);
    const b = simulateResponses(items, 50, 7);
    expect(Array.from(a.score)).toEqual(Array.from(b.score));
    expect(Array.from(simulateResponses(items, 50, 8).score)).not.toEqual(Array.from(a.score));
    expect(a.responseJson(0)).toMatch(/^\{"key":"[A-D]"\}$/);
  });

  it('follows the difficulty grades and gives the analysis something to flag', () => {
    const sim = simulateResponses(items, 2000, 1);
    const stats = aggregateResponses(
      sim,
      2000,
      items.map(() => 1),
    ).map((a, i) => finishItem(a, { optionCount: 4, keyMask: items[i]!.keyMask }));
    const facilityOf = (d: number) => {
      const f = stats.filter((_, i) => items[i]!.difficulty === d).map((s) => s.facility!);
      return f.reduce((s, v) => s + v, 0) / f.length;
    };
    expect(facilityOf(1)).toBeGreaterThan(facilityOf(3));
    expect(facilityOf(3)).toBeGreaterThan(facilityOf(5));
    const good = stats.filter((s) => (s.pointBiserial ?? 0) > 0.2).length;
    expect(good).toBeGreaterThan(25);
    expect(stats.some((s) => s.flags.includes('unused_distractor'))).toBe(true);
  });
});
