import { describe, expect, it } from 'vitest';
import { aggregateFunctions, bandOf, findings, rateOf } from './ability.js';

const theory = [
  { item: '职业道德', group: '基本要求' as const, available: 5, score: 5 },
  { item: '基础知识', group: '基本要求' as const, available: 25, score: 20 },
  { item: '营销推广', group: '相关知识要求' as const, available: 15, score: 6 },
  { item: '业务处理', group: '相关知识要求' as const, available: 15, score: 12 },
  { item: '客户服务', group: '相关知识要求' as const, available: 10, score: 0 },
  { item: '电子商务战略规划', group: '相关知识要求' as const, available: 0, score: 0 },
];
const skill = [
  { item: '营销推广', points: 15, score: 12 },
  { item: '业务处理', points: 20, score: 14 },
  { item: '商务数据分析', points: 15, score: 15 },
];

describe('ability aggregation per occupational function', () => {
  it('combines theory and skill rows of the same function weighted by points', () => {
    const fns = aggregateFunctions(theory, skill, 60);
    const marketing = fns.find((f) => f.name === '营销推广')!;
    // (6 + 12) / (15 + 15) = 60 %
    expect(marketing).toMatchObject({ theoryScore: 6, theoryAvailable: 15, skillScore: 12, skillAvailable: 15 });
    expect(marketing.rate).toBe(60);
    // (12 + 14) / (15 + 20) = 74.3 %
    expect(fns.find((f) => f.name === '业务处理')!.rate).toBe(74.3);
  });

  it('keeps 基本要求 rows alone and first, and skill-only functions after the theory ones', () => {
    const fns = aggregateFunctions(theory, skill, 60);
    expect(fns.map((f) => [f.name, f.kind])).toEqual([
      ['职业道德', 'basic'],
      ['基础知识', 'basic'],
      ['营销推广', 'function'],
      ['业务处理', 'function'],
      ['客户服务', 'function'],
      ['商务数据分析', 'function'],
    ]);
    expect(fns.find((f) => f.name === '商务数据分析')).toMatchObject({ theoryAvailable: 0, rate: 100 });
  });

  it('leaves out rows without points and bands each function', () => {
    const fns = aggregateFunctions(theory, skill, 60);
    expect(fns.some((f) => f.name === '电子商务战略规划')).toBe(false);
    expect(Object.fromEntries(fns.map((f) => [f.name, f.band]))).toEqual({
      职业道德: 'strength',
      基础知识: 'strength',
      营销推广: 'adequate',
      业务处理: 'adequate',
      客户服务: 'weak',
      商务数据分析: 'strength',
    });
  });

  it('rates as percentages with one decimal, null when nothing was available', () => {
    expect(rateOf(1, 3)).toBe(33.3);
    expect(rateOf(2, 3)).toBe(66.7);
    expect(rateOf(0, 0)).toBeNull();
    expect(bandOf(null, 60)).toBe('none');
    expect(bandOf(59.9, 60)).toBe('weak');
    expect(bandOf(80, 60)).toBe('strength');
  });
});

describe('strengths and what to train next', () => {
  it('lists functions ≥ 80 % as strengths (best first) and those under the pass mark to train (weakest first)', () => {
    const { strengths, toTrain } = findings(aggregateFunctions(theory, skill, 60), 60);
    expect(strengths.map((s) => s.name)).toEqual(['职业道德', '商务数据分析', '基础知识']);
    expect(strengths[0]!.sentence.zh).toContain('职业道德');
    expect(toTrain.map((t) => [t.name, t.rate])).toEqual([['客户服务', 0]]);
    expect(toTrain[0]!.sentence.zh).toContain('低于合格线 60%');
    expect(toTrain[0]!.sentence.en).toContain('below the pass mark');
  });

  it('names the two lowest functions that are not strengths when none is under the pass mark', () => {
    const fns = aggregateFunctions(
      [
        { item: '职业道德', group: '基本要求', available: 10, score: 9 },
        { item: '营销推广', group: '相关知识要求', available: 10, score: 7 },
        { item: '业务处理', group: '相关知识要求', available: 10, score: 6.5 },
        { item: '客户服务', group: '相关知识要求', available: 10, score: 7.5 },
      ],
      [],
      60,
    );
    const { toTrain } = findings(fns, 60);
    expect(toTrain.map((t) => t.name)).toEqual(['业务处理', '营销推广']);
    expect(toTrain[0]!.sentence.zh).toContain('相对薄弱');
  });

  it('still names the two lowest when every function is a strength', () => {
    const fns = aggregateFunctions(
      [
        { item: 'A', group: '相关知识要求', available: 10, score: 9 },
        { item: 'B', group: '相关知识要求', available: 10, score: 10 },
        { item: 'C', group: '相关知识要求', available: 10, score: 8.5 },
      ],
      [],
      60,
    );
    expect(findings(fns, 60).toTrain.map((t) => t.name)).toEqual(['C', 'A']);
  });
});
