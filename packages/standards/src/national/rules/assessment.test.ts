import { describe, expect, it } from 'vitest';
import {
  assessmentModes,
  checkExamStaffing,
  type ExamStaffingInput,
  isPassingScore,
  minimumStaff,
  NATIONAL_ASSESSMENT,
} from './assessment.js';

const codes = (input: ExamStaffingInput) => checkExamStaffing(input).violations.map((v) => v.code);

describe('NATIONAL_ASSESSMENT (003 §1.9.2–1.9.5)', () => {
  it('has theory and skill for every level and the review for levels 2 and 1', () => {
    expect(assessmentModes(5).map((m) => m.mode)).toEqual(['theory', 'skill']);
    expect(assessmentModes(3).map((m) => m.mode)).toEqual(['theory', 'skill']);
    expect(assessmentModes(2).map((m) => m.mode)).toEqual(['theory', 'skill', 'review']);
    expect(assessmentModes(1).map((m) => m.mode)).toEqual(['theory', 'skill', 'review']);
    expect(() => assessmentModes(0 as 1)).toThrow(RangeError);
  });

  it('uses a 100-point scale, pass at 60 (inclusive), and the minimum durations', () => {
    for (const mode of ['theory', 'skill', 'review'] as const) {
      const rule = NATIONAL_ASSESSMENT.modes[mode];
      expect(rule.fullMarks).toBe(100);
      expect(rule.passMark).toBe(60);
      expect(rule.source.doc).toBe('003');
      expect(rule.staffing.source.clause).toBe('1.9.3');
      expect(rule.venue.source.clause).toBe('1.9.5');
    }
    expect(NATIONAL_ASSESSMENT.modes.theory.minDurationMinutes).toBe(90);
    expect(NATIONAL_ASSESSMENT.modes.skill.minDurationMinutes).toBe(90);
    expect(NATIONAL_ASSESSMENT.modes.review.minDurationMinutes).toBe(15);
    expect(NATIONAL_ASSESSMENT.modes.review.venue.text).toBe('综合评审在标准教室或会议室进行。');
    expect(isPassingScore('theory', 60)).toBe(true);
    expect(isPassingScore('skill', 59.5)).toBe(false);
    expect(() => isPassingScore('review', 101)).toThrow(RangeError);
  });
});

describe('checkExamStaffing — theory', () => {
  it('30 candidates, 1 room, 2 proctors, 90 min is fine', () => {
    expect(checkExamStaffing({ mode: 'theory', candidates: 30, staff: 2, durationMinutes: 90 })).toEqual({
      ok: true,
      violations: [],
    });
  });

  it('1 : 15 rounds up: 31 candidates need 3 proctors', () => {
    const r = checkExamStaffing({ mode: 'theory', candidates: 31, staff: 2, durationMinutes: 120 });
    expect(r.ok).toBe(false);
    expect(r.violations).toEqual([
      {
        code: 'THEORY_PROCTOR_RATIO',
        message: '理论知识考试监考人员与考生配比不低于 1∶15：31 名考生至少需 3 名监考人员，当前 2 名',
      },
    ]);
  });

  it('at least 2 proctors per room, even with few candidates', () => {
    expect(codes({ mode: 'theory', candidates: 10, staff: 1, durationMinutes: 90 })).toEqual([
      'THEORY_PROCTORS_PER_ROOM',
    ]);
    const r = checkExamStaffing({ mode: 'theory', candidates: 40, rooms: 3, staff: 5, durationMinutes: 90 });
    expect(r.violations.map((v) => v.code)).toEqual(['THEORY_PROCTORS_PER_ROOM']);
    expect(r.violations[0]?.message).toBe('理论知识考试每个考场不少于 2 名监考人员：3 个考场至少需 6 名，当前 5 名');
  });

  it('89 minutes is too short', () => {
    const r = checkExamStaffing({ mode: 'theory', candidates: 15, staff: 2, durationMinutes: 89 });
    expect(r.violations).toEqual([{ code: 'MIN_DURATION', message: '理论知识考试时间不少于 90 min，当前 89 min' }]);
  });
});

describe('checkExamStaffing — skill', () => {
  it('the ratio and the odd number ≥ 3 apply together', () => {
    expect(codes({ mode: 'skill', candidates: 45, staff: 3, durationMinutes: 90 })).toEqual([]);
    expect(codes({ mode: 'skill', candidates: 46, staff: 3, durationMinutes: 90 })).toEqual(['SKILL_EXAMINER_RATIO']);
    expect(codes({ mode: 'skill', candidates: 46, staff: 4, durationMinutes: 90 })).toEqual(['SKILL_EXAMINERS_ODD']);
    expect(codes({ mode: 'skill', candidates: 46, staff: 5, durationMinutes: 90 })).toEqual([]);
    expect(codes({ mode: 'skill', candidates: 10, staff: 2, durationMinutes: 90 })).toEqual([
      'SKILL_EXAMINERS_MIN',
      'SKILL_EXAMINERS_ODD',
    ]);
    expect(codes({ mode: 'skill', candidates: 10, staff: 1, durationMinutes: 60 })).toEqual([
      'SKILL_EXAMINERS_MIN',
      'MIN_DURATION',
    ]);
  });

  it('says how many examiners are needed', () => {
    const r = checkExamStaffing({ mode: 'skill', candidates: 50, staff: 3, durationMinutes: 90 });
    expect(r.violations[0]?.message).toBe(
      '技能考核考评人员与考生配比不低于 1∶15：50 名考生至少需 4 名考评人员，当前 3 名（且须为单数，即至少 5 名）',
    );
  });
});

describe('checkExamStaffing — review', () => {
  it('an odd number of at least 3 members, 15 minutes per candidate, no ratio', () => {
    expect(codes({ mode: 'review', candidates: 100, staff: 3, durationMinutes: 15 })).toEqual([]);
    expect(codes({ mode: 'review', candidates: 5, staff: 4, durationMinutes: 15 })).toEqual(['REVIEW_MEMBERS_ODD']);
    expect(codes({ mode: 'review', candidates: 5, staff: 1, durationMinutes: 14 })).toEqual([
      'REVIEW_MEMBERS_MIN',
      'MIN_DURATION',
    ]);
    const r = checkExamStaffing({ mode: 'review', candidates: 5, staff: 4, durationMinutes: 15 });
    expect(r.violations[0]?.message).toBe('综合评审委员须为 3 人（含）以上单数，当前 4 人为双数');
  });
});

describe('checkExamStaffing — invalid input', () => {
  it('throws RangeError on negative or non-integer numbers and unknown modes', () => {
    const ok: ExamStaffingInput = { mode: 'theory', candidates: 10, staff: 2, durationMinutes: 90 };
    expect(() => checkExamStaffing({ ...ok, candidates: -1 })).toThrow(RangeError);
    expect(() => checkExamStaffing({ ...ok, staff: 2.5 })).toThrow(RangeError);
    expect(() => checkExamStaffing({ ...ok, durationMinutes: Number.NaN })).toThrow(RangeError);
    expect(() => checkExamStaffing({ ...ok, rooms: 0 })).toThrow(RangeError);
    expect(() => checkExamStaffing({ ...ok, mode: 'oral' as 'theory' })).toThrow(RangeError);
  });
});

describe('minimumStaff', () => {
  it('gives the smallest compliant number', () => {
    expect(minimumStaff({ mode: 'theory', candidates: 31 })).toBe(3);
    expect(minimumStaff({ mode: 'theory', candidates: 20, rooms: 2 })).toBe(4);
    expect(minimumStaff({ mode: 'skill', candidates: 10 })).toBe(3);
    expect(minimumStaff({ mode: 'skill', candidates: 50 })).toBe(5);
    expect(minimumStaff({ mode: 'review', candidates: 8 })).toBe(3);
  });
});
