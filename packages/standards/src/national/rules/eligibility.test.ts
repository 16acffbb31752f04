import { describe, expect, it } from 'vitest';
import { checkEligibility, countWorkTime, type EligibilityInput } from './eligibility.js';
import { ELIGIBILITY } from './eligibility-data.js';

const base = (over: Partial<EligibilityInput> & Pick<EligibilityInput, 'targetLevel'>): EligibilityInput => ({
  asOf: '2024-06-01',
  work: [],
  certificates: [],
  education: [],
  ...over,
});

const clause = (result: ReturnType<typeof checkEligibility>, id: string) => {
  const found = result.clauses.find((c) => c.id === id);
  if (!found) throw new Error(`no clause ${id}`);
  return found;
};

describe('ELIGIBILITY data (003 §1.9.1)', () => {
  it('has the clauses of the standard per level', () => {
    expect(ELIGIBILITY[5].clauses.map((c) => c.id)).toEqual(['L5-1', 'L5-2']);
    expect(ELIGIBILITY[4].clauses.map((c) => c.id)).toEqual(['L4-1', 'L4-2', 'L4-3']);
    expect(ELIGIBILITY[3].clauses.map((c) => c.id)).toEqual(['L3-1', 'L3-2', 'L3-3', 'L3-4']);
    expect(ELIGIBILITY[2].clauses.map((c) => c.id)).toEqual(['L2-1', 'L2-2']);
    expect(ELIGIBILITY[1].clauses.map((c) => c.id)).toEqual(['L1-1']);
  });

  it('keeps the printed text, cleaned', () => {
    expect(ELIGIBILITY[5].clauses[0]?.text).toBe('累计从事本职业或相关职业工作1年（含）以上。');
    for (const level of [1, 2, 3, 4, 5] as const) {
      for (const c of ELIGIBILITY[level].clauses) {
        expect(c.text).not.toMatch(/[①②③\s]/);
        expect(c.source).toEqual({ doc: '003', clause: '1.9.1' });
      }
    }
  });
});

describe('checkEligibility — level 5', () => {
  it('1 year of related work qualifies (L5-1), exactly on the anniversary', () => {
    const input = base({ targetLevel: 5, asOf: '2024-03-01', work: [{ occupation: '营销员', from: '2023-03-01' }] });
    const r = checkEligibility(input);
    expect(r.eligible).toBe(true);
    expect(clause(r, 'L5-1').satisfied).toBe(true);
    expect(clause(r, 'L5-1').missing).toEqual([]);
  });

  it('one day short of 1 year does not qualify, and says how much is there', () => {
    const r = checkEligibility(
      base({ targetLevel: 5, asOf: '2024-02-29', work: [{ occupation: '电子商务师', from: '2023-03-01' }] }),
    );
    expect(r.eligible).toBe(false);
    expect(clause(r, 'L5-1').missing).toEqual(['还需本职业或相关职业工作累计满 1 年（当前 0 年 11 个月）']);
    expect(clause(r, 'L5-2').missing).toEqual(['需本职业或相关职业学徒期满']);
  });

  it('an apprenticeship completed qualifies (L5-2)', () => {
    const r = checkEligibility(base({ targetLevel: 5, apprenticeshipCompleted: true }));
    expect(r.eligible).toBe(true);
    expect(clause(r, 'L5-2').satisfied).toBe(true);
    expect(clause(r, 'L5-1').satisfied).toBe(false);
  });

  it('unrelated work does not count', () => {
    const r = checkEligibility(base({ targetLevel: 5, work: [{ occupation: '会计', from: '2010-01-01' }] }));
    expect(r.eligible).toBe(false);
    expect(clause(r, 'L5-1').missing[0]).toContain('当前 0 年');
  });

  it('defaults asOf to today', () => {
    const r = checkEligibility({
      targetLevel: 5,
      work: [{ occupation: '电商运营', from: '2000-01-01' }],
      certificates: [],
      education: [],
    });
    expect(r.eligible).toBe(true);
  });
});

describe('checkEligibility — level 4', () => {
  it('4 years of 电子商务 work, level-5 certificate 3 years ago: not yet (only work after the certificate counts)', () => {
    const r = checkEligibility(
      base({
        targetLevel: 4,
        asOf: '2024-06-01',
        work: [{ occupation: '电子商务', from: '2020-06-01' }],
        certificates: [{ occupation: '电子商务师', level: 5, obtainedOn: '2021-06-01' }],
      }),
    );
    expect(r.eligible).toBe(false);
    expect(clause(r, 'L4-1').missing).toEqual([
      '取得五级/初级工证书（2021-06-01）后还需本职业或相关职业工作累计满 4 年（当前 3 年）',
    ]);
    expect(clause(r, 'L4-2').missing).toEqual(['还需本职业或相关职业工作累计满 6 年（当前 4 年）']);
    expect(clause(r, 'L4-3').satisfied).toBe(false);
  });

  it('level-5 certificate and 4 years of work after it qualifies (L4-1)', () => {
    const r = checkEligibility(
      base({
        targetLevel: 4,
        asOf: '2024-06-01',
        work: [{ occupation: '电子商务', from: '2019-01-01' }],
        certificates: [{ occupation: '电子商务师', level: 5, obtainedOn: '2020-06-01' }],
      }),
    );
    expect(clause(r, 'L4-1').satisfied).toBe(true);
    expect(r.eligible).toBe(true);
  });

  it('a certificate of a related occupation counts; an unrelated one does not', () => {
    const work = [{ occupation: '互联网营销师', from: '2018-01-01' }];
    const related = checkEligibility(
      base({
        targetLevel: 4,
        work,
        certificates: [{ occupation: '连锁经营管理师', level: 5, obtainedOn: '2019-01-01' }],
      }),
    );
    expect(clause(related, 'L4-1').satisfied).toBe(true);
    const unrelated = checkEligibility(
      base({ targetLevel: 4, work, certificates: [{ occupation: '电工', level: 5, obtainedOn: '2019-01-01' }] }),
    );
    expect(clause(unrelated, 'L4-1').satisfied).toBe(false);
    expect(clause(unrelated, 'L4-1').missing).toContain('已有的五级/初级工证书「电工」不属于本职业或相关职业');
  });

  it('a certificate obtained after asOf is not held yet', () => {
    const r = checkEligibility(
      base({
        targetLevel: 4,
        asOf: '2024-06-01',
        work: [{ occupation: '电子商务', from: '2015-01-01' }],
        certificates: [{ occupation: '电子商务师', level: 5, obtainedOn: '2024-06-02' }],
      }),
    );
    expect(clause(r, 'L4-1').satisfied).toBe(false);
    expect(clause(r, 'L4-1').missing[0]).toBe('需取得本职业或相关职业五级/初级工职业资格证书（技能等级证书）');
    expect(clause(r, 'L4-2').satisfied).toBe(true); // 9 years of work
  });

  it('6 years of work, overlapping periods counted once (L4-2)', () => {
    const work = [
      { occupation: '电子商务师', from: '2018-06-01', to: '2022-06-01' },
      { occupation: '跨境电商专员', from: '2020-06-01', to: '2023-06-01' }, // overlaps 2 years
    ];
    const r = checkEligibility(base({ targetLevel: 4, work }));
    expect(clause(r, 'L4-2').missing).toEqual(['还需本职业或相关职业工作累计满 6 年（当前 5 年）']);
    const r2 = checkEligibility(base({ targetLevel: 4, work: [...work, { occupation: '网商', from: '2023-06-01' }] }));
    expect(clause(r2, 'L4-2').satisfied).toBe(true);
  });

  it('a 技工学校 student (应届) in 电子商务 qualifies (L4-3)', () => {
    const r = checkEligibility(
      base({ targetLevel: 4, education: [{ schoolType: '技工学校', major: '电子商务专业', graduated: false }] }),
    );
    expect(clause(r, 'L4-3').satisfied).toBe(true);
    expect(r.eligible).toBe(true);
  });

  it('a 中职 graduate in 跨境电商 or 客户信息服务 qualifies (L4-3)', () => {
    for (const major of ['跨境电商', '客户信息服务']) {
      const r = checkEligibility(base({ targetLevel: 4, education: [{ schoolType: '中专', major, graduated: true }] }));
      expect(clause(r, 'L4-3').satisfied).toBe(true);
    }
  });

  it('a 大专 graduate in 电子商务专业 qualifies for level 4 (中等及以上职业学校)', () => {
    const r = checkEligibility(
      base({ targetLevel: 4, education: [{ schoolType: '大专', major: '电子商务专业', graduated: true }] }),
    );
    expect(clause(r, 'L4-3').satisfied).toBe(true);
  });

  it('a 技工学校 major outside the list does not qualify, and says why', () => {
    const r = checkEligibility(
      base({ targetLevel: 4, education: [{ schoolType: '技工学校', major: '数控加工', graduated: true }] }),
    );
    expect(r.eligible).toBe(false);
    const missing = clause(r, 'L4-3').missing;
    expect(missing).toContain(
      '【技工学校】需取得技工学校本专业或相关专业毕业证书（含尚未取得毕业证书的在校应届毕业生）',
    );
    expect(missing).toContain('【技工学校】所学专业「数控加工」不在技工学校本专业或相关专业目录内');
  });
});

describe('checkEligibility — level 3', () => {
  it('work before the level-4 certificate date is not counted (L3-1), exactly 5 years after qualifies', () => {
    const input = base({
      targetLevel: 3,
      work: [{ occupation: '电子商务', from: '2012-01-01' }],
      certificates: [{ occupation: '电子商务师', level: 4, obtainedOn: '2019-06-01' }],
    });
    const before = checkEligibility({ ...input, asOf: '2024-05-31' });
    expect(clause(before, 'L3-1').missing).toEqual([
      '取得四级/中级工证书（2019-06-01）后还需本职业或相关职业工作累计满 5 年（当前 4 年 11 个月）',
    ]);
    const on = checkEligibility({ ...input, asOf: '2024-06-01' });
    expect(clause(on, 'L3-1').satisfied).toBe(true);
  });

  it('level-4 certificate + 技师学院 student of any major (L3-2)', () => {
    const r = checkEligibility(
      base({
        targetLevel: 3,
        certificates: [{ occupation: '电子商务师', level: 4, obtainedOn: '2024-01-10' }],
        education: [{ schoolType: '技师学院', major: '数控加工', graduated: false }],
      }),
    );
    expect(clause(r, 'L3-2').satisfied).toBe(true);
  });

  it('level-4 certificate + 高职 in 网络营销与直播电商 (L3-2); 大专 does not use this clause', () => {
    const cert = [{ occupation: '电子商务师', level: 4 as const, obtainedOn: '2024-01-10' }];
    const vocational = checkEligibility(
      base({
        targetLevel: 3,
        certificates: cert,
        education: [{ schoolType: '高等职业学校', major: '网络营销与直播电商', graduated: true }],
      }),
    );
    expect(clause(vocational, 'L3-2').satisfied).toBe(true);
    const college = checkEligibility(
      base({
        targetLevel: 3,
        certificates: cert,
        education: [{ schoolType: '大专', major: '电子商务', graduated: true }],
      }),
    );
    expect(clause(college, 'L3-2').satisfied).toBe(false);
    expect(clause(college, 'L3-3').missing).toEqual([
      '取得四级/中级工证书（2024-01-10）后还需本职业或相关职业工作累计满 2 年（当前 0 年）',
    ]);
  });

  it('a 大专 graduate in 电子商务专业 with a level-4 certificate and 2 years after it (L3-3)', () => {
    const input = base({
      targetLevel: 3,
      asOf: '2024-03-01',
      work: [{ occupation: '电子商务', from: '2021-07-01' }],
      certificates: [{ occupation: '电子商务师', level: 4, obtainedOn: '2022-03-01' }],
      education: [{ schoolType: '大专', major: '电子商务专业', graduated: true }],
    });
    const r = checkEligibility(input);
    expect(clause(r, 'L3-3').satisfied).toBe(true);
    expect(r.eligible).toBe(true);

    const student = checkEligibility({
      ...input,
      education: [{ schoolType: '大专', major: '电子商务专业', graduated: false }],
    });
    expect(clause(student, 'L3-3').satisfied).toBe(false);
    expect(clause(student, 'L3-3').missing).toEqual([
      '需取得大专及以上本专业或相关专业毕业证书',
      '「大专 电子商务专业」尚未毕业，本条要求已取得毕业证书',
    ]);
  });

  it('a 本科 student in 国际经济与贸易 with half a year of e-commerce internship (L3-4)', () => {
    const input = base({
      targetLevel: 3,
      education: [{ schoolType: '本科', major: '国际经济与贸易', graduated: false }],
      ecommerceInternshipMonths: 6,
    });
    expect(clause(checkEligibility(input), 'L3-4').satisfied).toBe(true);
    const short = checkEligibility({ ...input, ecommerceInternshipMonths: 5 });
    expect(short.eligible).toBe(false);
    expect(clause(short, 'L3-4').missing).toEqual(['还需在电子商务工作岗位实习满 6 个月（当前 5 个月）']);
  });
});

describe('checkEligibility — level 2', () => {
  it('level-3 certificate and 4 years after it (L2-1)', () => {
    const r = checkEligibility(
      base({
        targetLevel: 2,
        asOf: '2024-06-01',
        work: [{ occupation: '跨境电子商务师', from: '2016-01-01' }],
        certificates: [{ occupation: '电子商务师', level: 3, obtainedOn: '2020-06-01' }],
      }),
    );
    expect(clause(r, 'L2-1').satisfied).toBe(true);
  });

  it('高级技工学校 graduate with level-3 certificate and 3 years of work in total (L2-2)', () => {
    const input = base({
      targetLevel: 2,
      asOf: '2024-06-01',
      work: [{ occupation: '全媒体运营师', from: '2021-06-01' }],
      certificates: [{ occupation: '电子商务师', level: 3, obtainedOn: '2023-01-01' }],
      education: [{ schoolType: '高级技工学校', major: '电子商务', graduated: true }],
    });
    const r = checkEligibility(input);
    expect(clause(r, 'L2-2').satisfied).toBe(true);
    expect(clause(r, 'L2-1').satisfied).toBe(false);
    const notGraduated = checkEligibility({
      ...input,
      education: [{ schoolType: '高级技工学校', major: '电子商务', graduated: false }],
    });
    expect(clause(notGraduated, 'L2-2').satisfied).toBe(false);
  });

  it('技师学院 graduate with a pre-technician certificate and 2 years of work (L2-2)', () => {
    const input = base({
      targetLevel: 2,
      asOf: '2024-06-01',
      work: [{ occupation: '电子商务师', from: '2022-06-01' }],
      certificates: [{ occupation: '电子商务师', level: 2, obtainedOn: '2022-06-01', kind: 'pre-technician' }],
      education: [{ schoolType: '技师学院', major: '电子商务', graduated: true }],
    });
    expect(clause(checkEligibility(input), 'L2-2').satisfied).toBe(true);
    const r = checkEligibility({ ...input, asOf: '2024-05-31' });
    expect(clause(r, 'L2-2').missing).toContain('【预备技师】还需本职业或相关职业工作累计满 2 年（当前 1 年 11 个月）');
  });

  it('a pre-technician certificate is not a level-3 skill certificate', () => {
    const r = checkEligibility(
      base({
        targetLevel: 2,
        work: [{ occupation: '电子商务师', from: '2010-01-01' }],
        certificates: [{ occupation: '电子商务师', level: 3, obtainedOn: '2015-01-01', kind: 'pre-technician' }],
      }),
    );
    expect(clause(r, 'L2-1').satisfied).toBe(false);
  });
});

describe('checkEligibility — level 1', () => {
  const input = base({
    targetLevel: 1,
    work: [{ occupation: '电子商务师', from: '2015-01-01' }],
    certificates: [{ occupation: '电子商务师', level: 2, obtainedOn: '2019-01-01' }],
  });

  it('level-2 certificate and exactly 4 years after it (L1-1)', () => {
    const r = checkEligibility({ ...input, asOf: '2023-01-01' });
    expect(r.eligible).toBe(true);
    expect(r.clauses).toEqual([{ id: 'L1-1', text: expect.any(String), satisfied: true, missing: [] }]);
  });

  it('one day before the 4th anniversary is not enough', () => {
    const r = checkEligibility({ ...input, asOf: '2022-12-31' });
    expect(r.eligible).toBe(false);
    expect(clause(r, 'L1-1').missing).toEqual([
      '取得二级/技师证书（2019-01-01）后还需本职业或相关职业工作累计满 4 年（当前 3 年 11 个月）',
    ]);
  });

  it('a level-3 certificate does not satisfy the level-1 clause', () => {
    const r = checkEligibility({
      ...input,
      asOf: '2024-01-01',
      certificates: [{ occupation: '电子商务师', level: 3, obtainedOn: '2015-01-01' }],
    });
    expect(r.eligible).toBe(false);
    expect(clause(r, 'L1-1').missing[0]).toBe('需取得本职业或相关职业二级/技师职业资格证书（技能等级证书）');
  });
});

describe('checkEligibility — input validation', () => {
  it('rejects invalid dates and levels', () => {
    expect(() => checkEligibility(base({ targetLevel: 5, asOf: '2023-02-29' }))).toThrow(RangeError);
    expect(() => checkEligibility(base({ targetLevel: 5, asOf: '2023-2-1' }))).toThrow(RangeError);
    expect(() =>
      checkEligibility(base({ targetLevel: 5, work: [{ occupation: '电商', from: '2023-01-01', to: '2022-01-01' }] })),
    ).toThrow(RangeError);
    expect(() => checkEligibility(base({ targetLevel: 6 as 5 }))).toThrow(RangeError);
    expect(() => checkEligibility(base({ targetLevel: 3, ecommerceInternshipMonths: -1 }))).toThrow(RangeError);
  });
});

describe('countWorkTime', () => {
  it('sums disjoint periods and ignores unrelated ones', () => {
    const work = [
      { occupation: '电子商务', from: '2020-01-01', to: '2020-07-01' },
      { occupation: '会计', from: '2020-07-01', to: '2021-01-01' },
      { occupation: '采购员', from: '2021-01-01', to: '2021-07-01' },
    ];
    expect(countWorkTime(work, '2024-01-01')).toEqual({ years: 1, months: 12 });
    expect(countWorkTime(work, '2024-01-01', '2020-04-01')).toEqual({ years: 0, months: 9 });
  });

  it('clips periods at asOf', () => {
    expect(countWorkTime([{ occupation: '电商', from: '2020-01-01', to: '2030-01-01' }], '2022-01-01')).toEqual({
      years: 2,
      months: 24,
    });
  });
});
