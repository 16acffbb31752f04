import type { Level, Source } from '../../types.js';

/** The three assessment modes of 003 §1.9.2. */
export type AssessmentMode = 'theory' | 'skill' | 'review';

/** One assessment mode with what the standard says about it. */
export interface AssessmentModeRule {
  mode: AssessmentMode;
  name: string;
  /** Levels that take this assessment. */
  levels: readonly Level[];
  /** How it is carried out. */
  methods: readonly string[];
  /** What it assesses, as printed. */
  purpose: string;
  /** 100-point scale. */
  fullMarks: number;
  /** Passed at this score or above (60 分（含）以上). */
  passMark: number;
  /** Minimum duration in minutes (§1.9.4). */
  minDurationMinutes: number;
  /** Staffing rule (§1.9.3). */
  staffing: {
    /** Who `staff` counts: 监考人员, 考评人员 or 综合评审委员. */
    role: string;
    /** At most this many candidates per staff member (ratio 1 : N), null = no ratio. */
    candidatesPerStaff: number | null;
    /** At least this many staff in each exam room, null = no rule. */
    minPerRoom: number | null;
    /** At least this many staff in total, null = no rule. */
    minTotal: number | null;
    /** Staff must be an odd number. */
    odd: boolean;
    text: string;
    source: Source;
  };
  /** Venue and equipment (§1.9.5). */
  venue: { text: string; source: Source };
  source: Source;
}

const src = (clause: string): Source => ({ doc: '003', clause });

/** 003 §1.9.2–1.9.5: modes, scoring, staffing ratios, durations, venues. */
export const NATIONAL_ASSESSMENT: {
  modesText: string;
  scoringText: string;
  modes: Readonly<Record<AssessmentMode, AssessmentModeRule>>;
  source: Source;
} = {
  modesText:
    '分为理论知识考试、技能考核以及综合评审。理论知识考试主要采用笔试、机考等方式进行，主要考核从业人员从事本职业应掌握的基本要求和相关知识要求；技能考核主要采用现场操作、模拟操作、机考等方式进行，主要考核从业人员从事本职业应具备的技能水平；综合评审主要针对技师和高级技师，通常采取审阅申报材料、答辩等方式进行全面评议和审查。',
  scoringText: '理论知识考试、技能考核和综合评审均实行百分制，成绩皆达60分（含）以上者为合格。',
  source: src('1.9'),
  modes: {
    theory: {
      mode: 'theory',
      name: '理论知识考试',
      levels: [5, 4, 3, 2, 1],
      methods: ['笔试', '机考'],
      purpose: '主要考核从业人员从事本职业应掌握的基本要求和相关知识要求',
      fullMarks: 100,
      passMark: 60,
      minDurationMinutes: 90,
      staffing: {
        role: '监考人员',
        candidatesPerStaff: 15,
        minPerRoom: 2,
        minTotal: null,
        odd: false,
        text: '理论知识考试中的监考人员与考生配比不低于1∶15，且每个考场不少于2名监考人员。',
        source: src('1.9.3'),
      },
      venue: { text: '理论知识考试在标准教室或计算机教室进行。', source: src('1.9.5') },
      source: src('1.9.2'),
    },
    skill: {
      mode: 'skill',
      name: '技能考核',
      levels: [5, 4, 3, 2, 1],
      methods: ['现场操作', '模拟操作', '机考'],
      purpose: '主要考核从业人员从事本职业应具备的技能水平',
      fullMarks: 100,
      passMark: 60,
      minDurationMinutes: 90,
      staffing: {
        role: '考评人员',
        candidatesPerStaff: 15,
        minPerRoom: null,
        minTotal: 3,
        odd: true,
        text: '技能考核中的考评人员与考生配比不低于1∶15，且考评人员为3人（含）以上单数。',
        source: src('1.9.3'),
      },
      venue: {
        text: '技能考核根据工作要求，在可接入计算机局域网及互联网的教学设备和软件的教室进行。',
        source: src('1.9.5'),
      },
      source: src('1.9.2'),
    },
    review: {
      mode: 'review',
      name: '综合评审',
      levels: [2, 1],
      methods: ['审阅申报材料', '答辩'],
      purpose: '主要针对技师和高级技师，进行全面评议和审查',
      fullMarks: 100,
      passMark: 60,
      minDurationMinutes: 15,
      staffing: {
        role: '综合评审委员',
        candidatesPerStaff: null,
        minPerRoom: null,
        minTotal: 3,
        odd: true,
        text: '综合评审委员为3人（含）以上单数。',
        source: src('1.9.3'),
      },
      venue: { text: '综合评审在标准教室或会议室进行。', source: src('1.9.5') },
      source: src('1.9.2'),
    },
  },
};

const MODES: readonly AssessmentMode[] = ['theory', 'skill', 'review'];

function assertMode(mode: AssessmentMode): void {
  if (!MODES.includes(mode)) throw new RangeError(`mode 须为 'theory'、'skill' 或 'review'，收到 ${String(mode)}`);
}

/**
 * The assessment modes a level takes: theory and skill for every level, plus the comprehensive review
 * (综合评审) for levels 2 (技师) and 1 (高级技师).
 * @param level 1–5
 * @throws RangeError when `level` is not 1–5
 */
export function assessmentModes(level: Level): AssessmentModeRule[] {
  if (![1, 2, 3, 4, 5].includes(level)) throw new RangeError(`等级须为 1–5，收到 ${String(level)}`);
  return MODES.map((m) => NATIONAL_ASSESSMENT.modes[m]).filter((r) => r.levels.includes(level));
}

/**
 * Whether a score passes an assessment: 百分制, 60 分（含）以上为合格.
 * @param mode the assessment
 * @param score 0–100
 * @throws RangeError when the score is not a number in 0–100 or the mode is unknown
 */
export function isPassingScore(mode: AssessmentMode, score: number): boolean {
  assertMode(mode);
  const rule = NATIONAL_ASSESSMENT.modes[mode];
  if (!Number.isFinite(score) || score < 0 || score > rule.fullMarks) {
    throw new RangeError(`成绩须在 0–${rule.fullMarks} 之间，收到 ${String(score)}`);
  }
  return score >= rule.passMark;
}

/** Input of {@link checkExamStaffing}. */
export interface ExamStaffingInput {
  mode: AssessmentMode;
  candidates: number;
  /** Exam rooms (theory only); default 1. */
  rooms?: number;
  /** Proctors (theory), examiners (skill) or committee members (review). */
  staff: number;
  /** Planned duration in minutes (for the review: per candidate). */
  durationMinutes: number;
}

/** A broken staffing or duration rule. */
export interface ExamStaffingViolation {
  /**
   * Stable code: THEORY_PROCTOR_RATIO, THEORY_PROCTORS_PER_ROOM, SKILL_EXAMINER_RATIO, SKILL_EXAMINERS_MIN,
   * SKILL_EXAMINERS_ODD, REVIEW_MEMBERS_MIN, REVIEW_MEMBERS_ODD, MIN_DURATION.
   */
  code: string;
  /** Chinese message naming the rule and the numbers. */
  message: string;
}

/**
 * The smallest number of proctors / examiners / committee members that satisfies 003 §1.9.3 for a session
 * (theory: max(⌈candidates / 15⌉, 2 × rooms); skill: the smallest odd number ≥ max(⌈candidates / 15⌉, 3);
 * review: 3).
 * @param input mode, candidates and (theory) rooms
 * @throws RangeError on an unknown mode or when a count is negative or not an integer (rooms must be ≥ 1)
 */
export function minimumStaff(input: Pick<ExamStaffingInput, 'mode' | 'candidates' | 'rooms'>): number {
  assertMode(input.mode);
  assertCount('candidates', input.candidates, 0);
  const rooms = input.rooms ?? 1;
  assertCount('rooms', rooms, 1);
  const s = NATIONAL_ASSESSMENT.modes[input.mode].staffing;
  let needed = Math.max(
    s.candidatesPerStaff === null ? 0 : Math.ceil(input.candidates / s.candidatesPerStaff),
    s.minPerRoom === null ? 0 : s.minPerRoom * rooms,
    s.minTotal ?? 0,
  );
  if (s.odd && needed % 2 === 0) needed++;
  return needed;
}

function assertCount(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${name} 须为不小于 ${min} 的整数，收到 ${String(value)}`);
  }
}

/**
 * Checks an exam session against 003 §1.9.3 (staffing) and §1.9.4 (duration):
 * - theory: 监考人员与考生配比不低于 1∶15 (staff ≥ ⌈candidates / 15⌉) and 每个考场不少于 2 名监考人员
 *   (staff ≥ 2 × rooms); duration ≥ 90 min.
 * - skill: 考评人员与考生配比不低于 1∶15 and 考评人员为 3 人（含）以上单数 — both apply together
 *   (the standard joins them with 且); duration ≥ 90 min.
 * - review: 综合评审委员为 3 人（含）以上单数; duration ≥ 15 min (per candidate). No ratio to candidates.
 * Counts are totals for the session; `rooms` is used by the theory rule only.
 * @returns `ok` and the violations (empty when ok)
 * @throws RangeError on an unknown mode or when a count is negative or not an integer (rooms must be ≥ 1)
 */
export function checkExamStaffing(input: ExamStaffingInput): { ok: boolean; violations: ExamStaffingViolation[] } {
  const { mode, candidates, staff, durationMinutes } = input;
  const rooms = input.rooms ?? 1;
  assertMode(mode);
  assertCount('candidates', candidates, 0);
  assertCount('rooms', rooms, 1);
  assertCount('staff', staff, 0);
  assertCount('durationMinutes', durationMinutes, 0);

  const rule = NATIONAL_ASSESSMENT.modes[mode];
  const s = rule.staffing;
  const violations: ExamStaffingViolation[] = [];
  const prefix = mode === 'theory' ? 'THEORY' : mode === 'skill' ? 'SKILL' : 'REVIEW';

  if (s.candidatesPerStaff !== null) {
    const needed = Math.ceil(candidates / s.candidatesPerStaff);
    if (staff < needed) {
      violations.push({
        code: mode === 'theory' ? 'THEORY_PROCTOR_RATIO' : 'SKILL_EXAMINER_RATIO',
        message: `${rule.name}${s.role}与考生配比不低于 1∶${s.candidatesPerStaff}：${candidates} 名考生至少需 ${needed} 名${s.role}，当前 ${staff} 名${s.odd ? `（且须为单数，即至少 ${minimumStaff(input)} 名）` : ''}`,
      });
    }
  }
  if (s.minPerRoom !== null) {
    const needed = s.minPerRoom * rooms;
    if (staff < needed) {
      violations.push({
        code: 'THEORY_PROCTORS_PER_ROOM',
        message: `${rule.name}每个考场不少于 ${s.minPerRoom} 名${s.role}：${rooms} 个考场至少需 ${needed} 名，当前 ${staff} 名`,
      });
    }
  }
  const noun = mode === 'skill' ? 'EXAMINERS' : 'MEMBERS';
  if (s.minTotal !== null && staff < s.minTotal) {
    violations.push({
      code: `${prefix}_${noun}_MIN`,
      message: `${s.role}须为 ${s.minTotal} 人（含）以上单数，当前 ${staff} 人，不足 ${s.minTotal} 人`,
    });
  }
  if (s.odd && staff % 2 === 0) {
    violations.push({
      code: `${prefix}_${noun}_ODD`,
      message: `${s.role}须为 ${s.minTotal ?? 1} 人（含）以上单数，当前 ${staff} 人为双数`,
    });
  }
  if (durationMinutes < rule.minDurationMinutes) {
    violations.push({
      code: 'MIN_DURATION',
      message: `${rule.name}时间不少于 ${rule.minDurationMinutes} min${mode === 'review' ? '（每名考生）' : ''}，当前 ${durationMinutes} min`,
    });
  }
  return { ok: violations.length === 0, violations };
}
