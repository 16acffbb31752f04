import { describe, expect, it } from 'vitest';
import {
  checkInstitutionCriteria,
  XUZHOU_ASSESSMENT,
  XUZHOU_COURSES,
  XUZHOU_INSTITUTION_CRITERIA,
  XUZHOU_LECTURER_CRITERIA,
  XUZHOU_PRINCIPLES,
  XUZHOU_TRAINEE_LEVELS,
  XUZHOU_TRAINING_CYCLE,
  XUZHOU_TRAINING_SYSTEM,
  type XuzhouInstitutionInput,
  xuzhouAttendanceMet,
  xuzhouTraineeLevel,
} from './index.js';

const NATIONAL_FUNCTIONS = [
  '产品及服务信息管理',
  '线上店铺设计与装修',
  '营销推广',
  '业务处理',
  '客户服务',
  '商务数据分析',
  '技术管理与培训',
  '电子商务战略规划',
  '电子商务模式设计',
];

const goodInstitution: XuzhouInstitutionInput = {
  institutionType: '专业培训机构',
  hasTrainingQualification: true,
  independentLegalPerson: true,
  lawfulOperation: true,
  goodCredit: true,
  goodReputation: true,
  venueAreaM2: 250,
  equipment: ['多媒体', '计算机', '音响', '互联网设备'],
};

describe('Xuzhou data integrity', () => {
  it('gives every node a source from document 002', () => {
    const nodes = [
      ...XUZHOU_PRINCIPLES,
      ...XUZHOU_LECTURER_CRITERIA,
      ...XUZHOU_TRAINEE_LEVELS,
      ...XUZHOU_TRAINEE_LEVELS.flatMap((l) => l.criteria),
      ...XUZHOU_TRAINING_SYSTEM.modules,
      ...XUZHOU_ASSESSMENT.modes,
      XUZHOU_ASSESSMENT.staffing,
      XUZHOU_ASSESSMENT.durations,
      XUZHOU_TRAINING_CYCLE,
      ...XUZHOU_COURSES,
      ...XUZHOU_COURSES.flatMap((c) => c.modules),
      ...XUZHOU_COURSES.flatMap((c) => c.modules.flatMap((m) => m.topics)),
    ];
    for (const n of nodes) {
      expect(n.source.doc).toBe('002');
      expect(n.source.clause.length).toBeGreaterThan(0);
    }
  });

  it('has three course outlines (annex A–C) for the three trainee levels with abilities and knowledge on every topic', () => {
    expect(XUZHOU_COURSES.map((c) => [c.annex, c.level])).toEqual([
      ['A', '初级跨境电商师'],
      ['B', '中级跨境电商师'],
      ['C', '高级跨境电商师'],
    ]);
    expect(XUZHOU_COURSES.map((c) => c.modules.length)).toEqual([8, 7, 7]);
    for (const c of XUZHOU_COURSES) {
      for (const m of c.modules) {
        expect(m.topics.length).toBeGreaterThan(0);
        for (const t of m.topics) {
          expect(t.abilities.length).toBeGreaterThan(0);
          expect(t.knowledge.length).toBeGreaterThan(0);
          for (const line of [...t.abilities, ...t.knowledge]) expect(line).not.toMatch(/^\d+\.|\n/u);
        }
      }
    }
  });

  it('links topics only to national function names of standard 003, each with a basis', () => {
    const topics = XUZHOU_COURSES.flatMap((c) => c.modules.flatMap((m) => m.topics));
    const linked = topics.filter((t) => t.nationalFunction !== undefined);
    expect(linked.length).toBeGreaterThan(0);
    for (const t of linked) {
      expect(NATIONAL_FUNCTIONS).toContain(t.nationalFunction);
      expect(t.nationalBasis).toMatch(/^003 /u);
    }
  });

  it('lists the eight training-system modules of clause 9 in order', () => {
    expect(XUZHOU_TRAINING_SYSTEM.modules.map((m) => m.name)).toEqual([
      '仿真教学系统',
      '在线教学系统',
      '学员注册管理系统',
      '题库管理系统',
      '证书管理系统',
      '企业招聘系统',
      '人才推荐系统',
      '培训报名系统',
    ]);
    for (const m of XUZHOU_TRAINING_SYSTEM.modules) expect(XUZHOU_TRAINING_SYSTEM.text).toContain(m.name);
  });

  it('keeps the numeric rules of clauses 5, 10 and 11', () => {
    expect(XUZHOU_INSTITUTION_CRITERIA.types.map((t) => [t.type, t.minVenueAreaExclusiveM2])).toEqual([
      ['专业培训机构', 200],
      ['电子商务龙头企业', 200],
      ['院校', 500],
      ['市级认定的电子商务人才培训基地', 200],
    ]);
    expect(XUZHOU_TRAINING_CYCLE.cycleDays).toBe(5);
    expect(XUZHOU_TRAINING_CYCLE.minAttendanceExclusive).toBe(0.9);
    expect(XUZHOU_ASSESSMENT.staffing.theory).toEqual({ staffPerCandidates: 15, minStaffPerRoom: 2 });
    expect(XUZHOU_ASSESSMENT.staffing.skill).toEqual({ staffPerCandidates: 15, minStaff: 3, oddNumber: true });
    expect(XUZHOU_ASSESSMENT.staffing.review).toEqual({ minMembers: 3, oddNumber: true });
    expect(XUZHOU_ASSESSMENT.durations).toMatchObject({
      theoryMinMinutes: 90,
      skillMinMinutes: 90,
      reviewMinMinutes: 15,
    });
  });
});

describe('xuzhouTraineeLevel', () => {
  it('places a newcomer with no experience at 初级', () => {
    expect(xuzhouTraineeLevel({ yearsOfExperience: 0 })).toMatchObject({
      level: '初级跨境电商师',
      eligible: ['初级跨境电商师'],
    });
  });

  it('places 3 years of experience at 中级 only', () => {
    expect(xuzhouTraineeLevel({ yearsOfExperience: 3 }).eligible).toEqual(['中级跨境电商师']);
  });

  it('treats exactly 2 and exactly 5 years as belonging to both neighbouring levels and picks the higher', () => {
    const two = xuzhouTraineeLevel({ yearsOfExperience: 2 });
    expect(two.eligible).toEqual(['初级跨境电商师', '中级跨境电商师']);
    expect(two.level).toBe('中级跨境电商师');
    const five = xuzhouTraineeLevel({ yearsOfExperience: 5 });
    expect(five.eligible).toEqual(['中级跨境电商师', '高级跨境电商师']);
    expect(five.level).toBe('高级跨境电商师');
  });

  it('places more than 5 years at 高级', () => {
    expect(xuzhouTraineeLevel({ yearsOfExperience: 8 }).level).toBe('高级跨境电商师');
  });

  it('lets a 中级 certificate holder with 3 years reach 高级 via 7.3.2', () => {
    const r = xuzhouTraineeLevel({ yearsOfExperience: 3, certificates: ['中级跨境电子商务师'] });
    expect(r.level).toBe('高级跨境电商师');
    expect(r.matched.map((m) => m.source.clause)).toContain('7.3.2');
  });

  it('does not let a 中级 certificate holder with under 3 years reach 高级', () => {
    expect(xuzhouTraineeLevel({ yearsOfExperience: 2.5, certificates: ['中级跨境电子商务师'] }).level).toBe(
      '中级跨境电商师',
    );
  });

  it('reports the 7.2.2 certificate route for a 初级 holder with 2 years', () => {
    const r = xuzhouTraineeLevel({ yearsOfExperience: 2, certificates: ['初级跨境电子商务师'] });
    expect(r.matched.map((m) => m.source.clause)).toEqual(['7.1', '7.2.1', '7.2.2']);
  });

  it('rejects negative or non-finite experience and unknown certificates', () => {
    expect(() => xuzhouTraineeLevel({ yearsOfExperience: -1 })).toThrow(RangeError);
    expect(() => xuzhouTraineeLevel({ yearsOfExperience: Number.NaN })).toThrow(RangeError);
    expect(() => xuzhouTraineeLevel({ yearsOfExperience: 1, certificates: ['高级跨境电子商务师' as never] })).toThrow(
      /Unknown certificate/u,
    );
  });
});

describe('checkInstitutionCriteria', () => {
  it('reports all criteria met for a qualified training institution above 200 m²', () => {
    const r = checkInstitutionCriteria(goodInstitution);
    expect(r.allMet).toBe(true);
    expect(r.missing).toEqual([]);
    expect(r.checks.map((c) => c.id)).toEqual([
      'qualification',
      'legalPerson',
      'lawfulOperation',
      'goodCredit',
      'goodReputation',
      'venueArea',
      'equipment',
    ]);
  });

  it('requires the area to be strictly greater than 200 m² (大于)', () => {
    const r = checkInstitutionCriteria({ ...goodInstitution, venueAreaM2: 200 });
    expect(r.allMet).toBe(false);
    expect(r.missing.map((c) => c.id)).toEqual(['venueArea']);
    expect(r.missing[0]?.message).toContain('未大于 200 m²');
    expect(r.missing[0]?.source).toEqual({ doc: '002', clause: '5.2.1' });
  });

  it('applies the 500 m² threshold to colleges', () => {
    const base = { ...goodInstitution, institutionType: '院校' as const, offersEcommerceCourses: true };
    expect(checkInstitutionCriteria({ ...base, venueAreaM2: 450 }).missing.map((c) => c.id)).toEqual(['venueArea']);
    expect(checkInstitutionCriteria({ ...base, venueAreaM2: 501 }).allMet).toBe(true);
  });

  it('lists every missing criterion with a Chinese message', () => {
    const r = checkInstitutionCriteria({
      ...goodInstitution,
      hasTrainingQualification: false,
      independentLegalPerson: false,
      goodCredit: false,
      equipment: ['多媒体', '计算机'],
    });
    expect(r.missing.map((c) => c.message)).toEqual([
      '专业培训机构无培训资质',
      '培训主体不具备独立法人资格',
      '培训主体信用不良',
      '培训教室缺少：音响、互联网设备',
    ]);
  });

  it('marks facts that were not provided as 未核验 and then not all met', () => {
    const { equipment: _omit, hasTrainingQualification: _q, ...rest } = goodInstitution;
    const r = checkInstitutionCriteria(rest);
    expect(r.unchecked.map((c) => c.id)).toEqual(['qualification', 'equipment']);
    expect(r.missing).toEqual([]);
    expect(r.allMet).toBe(false);
  });

  it('accepts leading enterprises without a separate qualifier', () => {
    const r = checkInstitutionCriteria({ ...goodInstitution, institutionType: '电子商务龙头企业' });
    expect(r.allMet).toBe(true);
  });

  it('rejects an unknown institution type and an invalid area', () => {
    expect(() => checkInstitutionCriteria({ ...goodInstitution, institutionType: '网吧' as never })).toThrow(
      RangeError,
    );
    expect(() => checkInstitutionCriteria({ ...goodInstitution, venueAreaM2: -5 })).toThrow(RangeError);
  });
});

describe('xuzhouAttendanceMet', () => {
  it('requires attendance strictly above 90 %', () => {
    expect(xuzhouAttendanceMet(0.95)).toBe(true);
    expect(xuzhouAttendanceMet(0.9)).toBe(false);
    expect(() => xuzhouAttendanceMet(1.2)).toThrow(RangeError);
  });
});
