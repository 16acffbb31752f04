import { describe, expect, it } from 'vitest';
import {
  apportion,
  breakdown,
  decideDoubleMark,
  decideThirdMark,
  distribution,
  invalidCriteria,
  markScore,
  mean,
  median,
  pickMarkers,
  resultTotals,
  round2,
  scaleTo100,
  stdDev,
} from './arithmetic.js';

describe('marking arithmetic', () => {
  it('scales a total to the 100-point scale with 2 decimals (identity on a 100-point paper)', () => {
    expect(scaleTo100(73.5, 100)).toBe(73.5);
    expect(scaleTo100(20, 30)).toBe(66.67);
    expect(scaleTo100(1, 3)).toBe(33.33);
    expect(scaleTo100(0, 0)).toBe(0);
    expect(round2(1.005)).toBe(1.01);
  });

  it('turns rubric criteria into the item score on the paper points', () => {
    expect(markScore([2, 3, 1.5], 10, 10)).toBe(6.5);
    // A 10-point rubric on a 5-point paper slot.
    expect(markScore([2, 3, 1.5], 10, 5)).toBe(3.25);
  });

  it('accepts one mark per criterion within its points in steps of 0.5 only', () => {
    const rubric = [{ points: 2 }, { points: 3 }];
    expect(invalidCriteria([2, 2.5], rubric)).toEqual([]);
    expect(invalidCriteria([0, 0], rubric)).toEqual([]);
    expect(invalidCriteria([2], rubric)).toEqual([-1]);
    expect(invalidCriteria([2.5, 3], rubric)).toEqual([0]);
    expect(invalidCriteria([1.25, -0.5], rubric)).toEqual([0, 1]);
  });

  it('takes the mean within the threshold and calls a third marker beyond it', () => {
    // 20 % of 10 points = 2: a difference of exactly 2 still agrees.
    expect(decideDoubleMark(6, 8, 10, 20)).toEqual({ kind: 'final', score: 7 });
    expect(decideDoubleMark(6, 7.5, 10, 20)).toEqual({ kind: 'final', score: 6.75 });
    expect(decideDoubleMark(6, 8.5, 10, 20)).toEqual({ kind: 'third' });
    expect(decideDoubleMark(3, 3, 10, 0)).toEqual({ kind: 'final', score: 3 });
    expect(decideThirdMark(5.5)).toBe(5.5);
  });

  it('computes median, mean and standard deviation', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(mean([1, 2, 2])).toBe(1.67);
    expect(stdDev([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
  });

  it('counts totals into ten 10-point bins, 100 in the last', () => {
    const bins = distribution([0, 9.99, 10, 59.5, 60, 89.99, 90, 100]);
    expect(bins.map((b) => b.label)).toEqual([
      '0–9',
      '10–19',
      '20–29',
      '30–39',
      '40–49',
      '50–59',
      '60–69',
      '70–79',
      '80–89',
      '90–100',
    ]);
    expect(bins.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 1, 1, 0, 1, 2]);
  });

  it('apportions a total in hundredths so the parts sum exactly', () => {
    const parts = apportion(100, [1, 1, 1]);
    expect(parts).toEqual([33.34, 33.33, 33.33]);
    expect(apportion(66.67, [10, 10, 0])).toEqual([33.34, 33.33, 0]);
    expect(apportion(5, [0, 0])).toEqual([0, 0]);
  });

  it('breaks a result down per weight-table row so the rows sum to the total', () => {
    const weights = [
      { item: '职业道德', weight: 5 },
      { item: '基础知识', weight: 25 },
      { item: '营销推广', weight: 15 },
    ];
    const entries = [
      { rowItem: '职业道德', points: 1, score: 1 },
      { rowItem: '基础知识', points: 2, score: 0 },
      { rowItem: '基础知识', points: 1, score: 1 },
      { rowItem: '未分类', points: 2, score: 1.5 },
    ];
    const rows = breakdown(entries, weights);
    expect(rows.map((r) => r.item)).toEqual(['职业道德', '基础知识', '营销推广', '未分类']);
    expect(rows[2]).toEqual({ item: '营销推广', weight: 15, available: 0, scored: 0, rawAvailable: 0, rawScored: 0 });
    expect(rows[3]!.weight).toBeNull();
    expect(rows.map((r) => r.rawScored)).toEqual([1, 1, 0, 1.5]);
    const totals = resultTotals(
      entries.map((e) => ({ points: e.points, score: e.score, subjective: false })),
      60,
    );
    expect(totals.total).toBe(scaleTo100(3.5, 6));
    expect(round2(rows.reduce((s, r) => s + r.scored, 0))).toBe(totals.total);
    expect(round2(rows.reduce((s, r) => s + r.available, 0))).toBe(100);
  });

  it('splits objective and subjective points and passes at the pass mark', () => {
    const t = resultTotals(
      [
        { points: 50, score: 30, subjective: false },
        { points: 50, score: 30, subjective: true },
        { points: 0, score: null, subjective: true },
      ],
      60,
    );
    expect(t).toEqual({ objective: 30, subjective: 30, paperTotal: 100, total: 60, passed: true });
    expect(resultTotals([{ points: 100, score: 59.99, subjective: false }], 60).passed).toBe(false);
  });

  it('picks different markers with the least open work, ties broken stably', () => {
    const open = new Map([
      ['m1', 3],
      ['m2', 0],
      ['m3', 0],
    ]);
    const first = pickMarkers(['m1', 'm2', 'm3'], new Map(open), 2, 'a:1');
    expect([...first].sort()).toEqual(['m2', 'm3']);
    expect(pickMarkers(['m1', 'm2', 'm3'], new Map(open), 2, 'a:1')).toEqual(first);
    const third = pickMarkers(['m1', 'm2', 'm3'], open, 1, 'a:1:3', ['m2', 'm3']);
    expect(third).toEqual(['m1']);
    expect(open.get('m1')).toBe(4);
    expect(pickMarkers(['m1', 'm2'], new Map(), 1, 'x', ['m1', 'm2'])).toEqual([]);
    // Over many items the work spreads evenly.
    const load = new Map<string, number>();
    for (let i = 0; i < 300; i++) pickMarkers(['a', 'b', 'c'], load, 2, `i${i}`);
    expect([...load.values()]).toEqual([200, 200, 200]);
  });
});
