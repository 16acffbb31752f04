import { describe, expect, it } from 'vitest';
import {
  detectNearDuplicates,
  findNearDuplicates,
  jaccard,
  lshCandidates,
  lshPlan,
  packSignatures,
  stemFingerprint,
  stemShingles,
} from './fingerprint.js';

/** Deterministic pseudo-random numbers (a linear congruential generator). */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

const WORDS = [
  '跨境电商',
  '亚马逊',
  '速卖通',
  '选品',
  '物流',
  '海外仓',
  '关键词广告',
  '报关',
  '清关',
  '退货',
  '汇率',
  '店铺',
  '转化率',
  '差评',
  '库存',
  '定价',
  '竞品',
  '供应链',
  '品牌备案',
  '知识产权',
  '独立站',
  '直播',
  '促销',
  '关税',
  '增值税',
  '发票',
  '合同',
  '包装',
  '检验检疫',
  '保险',
  '索赔',
  '账期',
  '支付',
  '结算',
  '客户服务',
  '数据分析',
  '流量',
  '排名',
  '标题',
  '图片',
  '视频',
  '详情页',
  '优惠券',
  '会员',
  '复购',
  '邮件营销',
  '社媒',
  '网红',
];

/** 10,000 stems of one template ("第 i 题：关于…的说法，下列…正确的是"), differing in a few words each. */
function templatedStems(count: number): string[] {
  const rand = random(7);
  const pick = () => WORDS[Math.floor(rand() * WORDS.length)]!;
  return Array.from(
    { length: count },
    (_, i) => `第 ${i + 1} 题：关于${pick()}和${pick()}的说法，下列选项中关于${pick()}正确的是（ ）。`,
  );
}

describe('near-duplicates on templated stems', () => {
  const stems = templatedStems(10_000);
  // A real near-duplicate: a long specific stem and the same with one word changed, planted among them.
  const original =
    '第 4321 题：某卖家在亚马逊美国站销售户外折叠椅，旺季前需要把三千件货物从宁波发往海外仓，下列关于头程物流方式选择的说法中正确的是（ ）。';
  const variant =
    '第 8765 题：某卖家在亚马逊美国站销售户外折叠椅，旺季前需要把三千件货物从宁波发往海外仓，下列关于头程物流方式选择的说法中错误的是（ ）。';
  stems[4320] = original;
  stems[8764] = variant;

  it('finds the planted pair among 10,000 incoming stems without blowing up', () => {
    const { duplicates, stats } = detectNearDuplicates(stems, []);
    expect(stats.capped).toBe(false);
    expect(stats.oversizedBuckets).toBeGreaterThan(0);
    expect(duplicates).toContainEqual(expect.objectContaining({ index: 8764, otherIndex: 4320, existingId: null }));
    for (const d of duplicates) {
      expect(d.similarity).toBeGreaterThanOrEqual(0.8);
      expect(jaccard(stemShingles(stems[d.index]!), stemShingles(stems[d.otherIndex!]!))).toBeCloseTo(d.similarity, 3);
    }
  });

  it('finds it against a bank of 10,000 templated items with stored fingerprints', () => {
    const existing = stems.map((stem, i) => ({ id: `q${i}`, stem, fingerprint: stemFingerprint(stem) }));
    const found = findNearDuplicates([variant], existing.slice(0, 8764));
    expect(found).toContainEqual(expect.objectContaining({ index: 0, existingId: 'q4320', otherIndex: null }));
  });

  it('stays bounded when the candidate cap is reached, and says so', () => {
    const same = Array.from({ length: 2_000 }, () => '关于跨境电商选品的说法，正确的是');
    const { duplicates, stats } = detectNearDuplicates(same, [], { maxCandidates: 500 });
    expect(stats.capped).toBe(true);
    expect(stats.candidates).toBe(500);
    expect(duplicates.length).toBeLessThanOrEqual(500);
  });

  it('chains large groups of identical stems instead of pairing them all', () => {
    const same = Array.from({ length: 1_000 }, () => '关于跨境电商选品的说法，正确的是');
    const { duplicates, stats } = detectNearDuplicates(same, []);
    expect(stats.capped).toBe(false);
    expect(duplicates.length).toBeLessThan(1_000 * 10);
    // Every stem but the first is reported against an earlier one.
    expect(new Set(duplicates.map((d) => d.index)).size).toBe(999);
    expect(duplicates.every((d) => d.similarity === 1)).toBe(true);
  });
});

describe('similarity and threshold', () => {
  const a = '跨境电商卖家在亚马逊平台选品时，首先应分析的是（ ）。';
  const b = '跨境电商卖家在亚马逊平台选品时，首先应该分析的是（）';
  const c = '下列关于国际物流方式的说法中，正确的是（ ）。';

  it('measures known pairs exactly (shingles: CJK bigrams, punctuation ignored)', () => {
    // a: 20 bigrams; b has 应该/该分 instead of 应分: 19 shared, 22 in all.
    expect(jaccard(stemShingles(a), stemShingles(b))).toBeCloseTo(19 / 22, 6);
    expect(jaccard(stemShingles(a), stemShingles(`<p>${a}</p>`))).toBe(1);
    expect(jaccard(stemShingles('Amazon FBA fees'), stemShingles('amazon fba fees'))).toBe(1);
    expect(jaccard(stemShingles(a), stemShingles(c))).toBeLessThan(0.2);
    expect(findNearDuplicates([b], [{ id: 'e1', stem: a }])).toEqual([
      { index: 0, existingId: 'e1', otherIndex: null, similarity: 0.864 },
    ]);
  });

  it('respects the threshold', () => {
    expect(findNearDuplicates([b], [{ id: 'e1', stem: a }], { threshold: 0.87 })).toEqual([]);
    expect(findNearDuplicates([b], [{ id: 'e1', stem: a }], { threshold: 0.86 })).toHaveLength(1);
    const stems = templatedStems(300);
    for (const threshold of [0.5, 0.6, 0.7, 0.9]) {
      const found = findNearDuplicates(stems, [], { threshold });
      for (const d of found) expect(d.similarity).toBeGreaterThanOrEqual(threshold);
      // Exhaustive check: LSH finds (nearly) every pair at or above the threshold.
      let expected = 0;
      const sh = stems.map(stemShingles);
      for (let i = 0; i < sh.length; i++)
        for (let j = i + 1; j < sh.length; j++) if (jaccard(sh[i]!, sh[j]!) >= threshold) expected++;
      expect(found.length).toBeGreaterThanOrEqual(Math.floor(expected * 0.95));
      expect(found.length).toBeLessThanOrEqual(expected);
    }
  });

  it('chooses steeper bands for higher thresholds', () => {
    expect(lshPlan(0.8)).toEqual({ bands: 12, rows: 5 });
    expect(lshPlan(0.7)).toEqual({ bands: 16, rows: 4 });
    expect(lshPlan(0.5)).toEqual({ bands: 32, rows: 2 });
    expect(lshPlan(1).rows).toBe(8);
  });

  it('visits each candidate pair once and skips empty stems', () => {
    const sigs = packSignatures([stemFingerprint(a), stemFingerprint(a), stemFingerprint(a), stemFingerprint('')]);
    const seen: string[] = [];
    lshCandidates(
      sigs,
      0.8,
      () => true,
      (i, j) => seen.push(`${i}:${j}`),
    );
    expect(seen.sort()).toEqual(['0:1', '0:2', '1:2']);
  });
});
