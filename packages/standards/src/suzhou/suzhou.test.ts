import { describe, expect, it } from 'vitest';
import {
  SUZHOU_ABILITY_DIMENSIONS,
  SUZHOU_CATEGORIES,
  SUZHOU_EVALUATION_FORMS,
  SUZHOU_GRADES,
  SUZHOU_KNOWLEDGE,
  SUZHOU_PERSONNEL_CATEGORIES,
  SUZHOU_RESULT_MAPPING,
  SUZHOU_SKILLS,
  type SuzhouRating,
  scoreEvaluation,
  suzhouNormalizeCategory,
  suzhouResultForTotal,
} from './index.js';

const EXPECTED_POINTS = {
  职业素养: { A: 20, B: 16, C: 12, D: 8 },
  职业知识: { A: 20, B: 16, C: 12, D: 8 },
  职业技能初级: { A: 20, B: 16, C: 12, D: 8 },
  职业技能中级: { A: 10, B: 8, C: 6, D: 4 },
  职业技能高级: { A: 10, B: 8, C: 6, D: 4 },
  职业发展: { A: 20, B: 16, C: 12, D: 8 },
};

const all = (r: SuzhouRating) => ({
  职业素养: r,
  职业知识: r,
  职业技能初级: r,
  职业技能中级: r,
  职业技能高级: r,
  职业发展: r,
});

describe('Suzhou data integrity', () => {
  it('defines the five personnel categories of 表 1 with their tasks', () => {
    expect(SUZHOU_PERSONNEL_CATEGORIES.map((c) => c.name)).toEqual([
      '开发选品人员',
      '产品采购人员',
      '美工设计人员',
      '平台运营人员',
      '物流管理人员',
    ]);
    expect(SUZHOU_PERSONNEL_CATEGORIES.map((c) => c.tasks.length)).toEqual([5, 5, 5, 6, 5]);
  });

  it('defines the four ability dimensions', () => {
    expect(SUZHOU_ABILITY_DIMENSIONS.dimensions).toEqual(['职业素养', '职业知识', '职业技能', '职业发展']);
  });

  it('gives knowledge per category and skills per category and grade, each with a 004 source', () => {
    for (const c of SUZHOU_CATEGORIES) {
      expect(SUZHOU_KNOWLEDGE[c].length).toBeGreaterThan(0);
      for (const k of SUZHOU_KNOWLEDGE[c]) {
        expect(k.source.doc).toBe('004');
        expect(k.source.clause).toMatch(/^5\.2\./u);
      }
      for (const g of SUZHOU_GRADES) {
        const sk = SUZHOU_SKILLS[c][g];
        expect(sk.items.length).toBeGreaterThan(0);
        expect(sk.source.clause).toMatch(/^5\.3\.\d\.\d$/u);
      }
    }
  });

  it('has one evaluation form per category, annexes A–E, all with the same frame', () => {
    expect(SUZHOU_EVALUATION_FORMS.map((f) => [f.annex, f.category])).toEqual([
      ['A', '开发选品'],
      ['B', '产品采购'],
      ['C', '美工设计'],
      ['D', '平台运营'],
      ['E', '物流管理'],
    ]);
    const frame = (f: (typeof SUZHOU_EVALUATION_FORMS)[number]) => ({
      rows: f.rows.map((r) => [r.key, r.item, r.skillGrade]),
      summary: f.summary,
      totalRules: f.totalRules,
      signOff: f.signOff,
    });
    const first = frame(SUZHOU_EVALUATION_FORMS[0]!);
    for (const f of SUZHOU_EVALUATION_FORMS) expect(frame(f)).toEqual(first);
  });

  it('uses the standard point values on every row of every form', () => {
    for (const f of SUZHOU_EVALUATION_FORMS) {
      for (const row of f.rows) expect(row.points).toEqual(EXPECTED_POINTS[row.key]);
      const maxTotal = f.rows.reduce((s, r) => s + r.points.A, 0);
      expect(maxTotal).toBe(100);
    }
  });

  it('gives every form row its own evaluation text and a source pointing at the form table', () => {
    for (const f of SUZHOU_EVALUATION_FORMS) {
      expect(f.source).toEqual({ doc: '004', clause: `附录 ${f.annex}` });
      for (const row of f.rows) {
        expect(row.content.length).toBeGreaterThan(0);
        expect(row.source).toEqual({ doc: '004', clause: `表 ${f.annex}.1` });
      }
    }
    const knowledge = SUZHOU_EVALUATION_FORMS.map((f) => f.rows.find((r) => r.key === '职业知识')?.content.join('|'));
    expect(new Set(knowledge).size).toBe(5);
  });

  it('maps totals to results by 6.2 with the 6.3 uses, highest band first', () => {
    expect(SUZHOU_RESULT_MAPPING.bands.map((b) => [b.result, b.minTotal, [...b.uses]])).toEqual([
      ['高级', 90, ['薪资提档', '晋级核心层']],
      ['中级', 80, ['聘任晋升', '薪资提档']],
      ['初级', 60, ['继续聘任', '培训提升']],
      ['不合格', 0, ['绩效考核为“不合格”等级', '解除聘任资格']],
    ]);
  });
});

describe('suzhouResultForTotal', () => {
  it('puts band boundaries in the higher band', () => {
    expect(suzhouResultForTotal(90).result).toBe('高级');
    expect(suzhouResultForTotal(89).result).toBe('中级');
    expect(suzhouResultForTotal(80).result).toBe('中级');
    expect(suzhouResultForTotal(79).result).toBe('初级');
    expect(suzhouResultForTotal(60).result).toBe('初级');
    expect(suzhouResultForTotal(59).result).toBe('不合格');
  });
});

describe('scoreEvaluation', () => {
  it('scores all A at 高级 as 100 → 高级', () => {
    const r = scoreEvaluation({ category: '平台运营', grade: '高级', ratings: all('A') });
    expect(r).toMatchObject({ total: 100, maxTotal: 100, result: '高级', uses: ['薪资提档', '晋级核心层'] });
  });

  it('scores all A at 初级 as 80 of 80, which the 6.2 mapping grades 中级', () => {
    const r = scoreEvaluation({
      category: '开发选品',
      grade: '初级',
      ratings: { 职业素养: 'A', 职业知识: 'A', 职业技能初级: 'A', 职业发展: 'A' },
    });
    expect(r).toMatchObject({ total: 80, maxTotal: 80, result: '中级', uses: ['聘任晋升', '薪资提档'] });
    expect(r.breakdown.map((l) => l.row)).toEqual(['职业素养', '职业知识', '职业技能初级', '职业发展']);
  });

  it('scores all A at 中级 as 90 of 90 → 高级', () => {
    const r = scoreEvaluation({ category: '产品采购', grade: '中级', ratings: all('A') });
    expect(r).toMatchObject({ total: 90, maxTotal: 90, result: '高级' });
  });

  it('scores all D at 高级 as 40 → 不合格', () => {
    const r = scoreEvaluation({ category: '美工设计', grade: '高级', ratings: all('D') });
    expect(r).toMatchObject({
      total: 40,
      maxTotal: 100,
      result: '不合格',
      uses: ['绩效考核为“不合格”等级', '解除聘任资格'],
    });
  });

  it('adds mixed ratings row by row', () => {
    // 16 + 12 + 20 + 8 + 6 + 16 = 78
    const r = scoreEvaluation({
      category: '物流管理',
      grade: '高级',
      ratings: { 职业素养: 'B', 职业知识: 'C', 职业技能初级: 'A', 职业技能中级: 'B', 职业技能高级: 'C', 职业发展: 'B' },
    });
    expect(r).toMatchObject({ total: 78, maxTotal: 100, result: '初级', uses: ['继续聘任', '培训提升'] });
  });

  it('ignores ratings of rows the grade does not count', () => {
    const r = scoreEvaluation({ category: '平台运营', grade: '中级', ratings: { ...all('B'), 职业技能高级: 'A' } });
    // 16 + 16 + 16 + 8 + 16 = 72
    expect(r).toMatchObject({ total: 72, maxTotal: 90, result: '初级' });
  });

  it('accepts obvious category variants', () => {
    expect(scoreEvaluation({ category: '平台运营人员', grade: '高级', ratings: all('A') }).category).toBe('平台运营');
    expect(suzhouNormalizeCategory(' 美工设计 ')).toBe('美工设计');
    expect(suzhouNormalizeCategory('产品物流人员')).toBe('物流管理');
    expect(suzhouNormalizeCategory('运营')).toBeUndefined();
  });

  it('rejects an unknown category naming it', () => {
    expect(() => scoreEvaluation({ category: '财务会计', grade: '初级', ratings: all('A') })).toThrow(
      /Unknown personnel category "财务会计"/u,
    );
  });

  it('rejects an unknown grade', () => {
    expect(() => scoreEvaluation({ category: '开发选品', grade: '特级' as never, ratings: all('A') })).toThrow(
      RangeError,
    );
  });

  it('rejects a missing required row naming it', () => {
    expect(() =>
      scoreEvaluation({
        category: '开发选品',
        grade: '中级',
        ratings: { 职业素养: 'A', 职业知识: 'A', 职业发展: 'A' },
      }),
    ).toThrow(/Missing rating for row\(s\) 职业技能初级, 职业技能中级/u);
  });

  it('rejects an unknown row key naming it', () => {
    expect(() =>
      scoreEvaluation({ category: '开发选品', grade: '初级', ratings: { ...all('A'), 职业道德: 'A' } }),
    ).toThrow(/Unknown form row "职业道德"/u);
  });

  it('rejects an invalid rating value', () => {
    expect(() =>
      scoreEvaluation({ category: '开发选品', grade: '初级', ratings: { ...all('A'), 职业知识: 'E' as never } }),
    ).toThrow(RangeError);
    expect(() =>
      scoreEvaluation({ category: '开发选品', grade: '初级', ratings: { ...all('A'), 职业知识: 3 as never } }),
    ).toThrow(TypeError);
  });

  it('rejects ratings that are not an object', () => {
    expect(() => scoreEvaluation({ category: '开发选品', grade: '初级', ratings: null as never })).toThrow(TypeError);
  });
});
