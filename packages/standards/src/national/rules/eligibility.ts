import type { Level } from '../../types.js';
import { type DaySpan, formatDay, formatMonths, parseDay, todayUtc, wholeMonthsCovered } from './dates.js';
import {
  type EducationCondition,
  ELIGIBILITY,
  type EligibilityBranch,
  type EligibilityClause,
  type EligibilityCondition,
} from './eligibility-data.js';
import { nationalLevel } from './levels.js';
import { classifySchoolType, isRelatedMajor, isThisOrRelatedOccupation } from './matching.js';

/** An employment period. `to` absent = ongoing until `asOf`. */
export interface WorkPeriod {
  occupation: string;
  /** 'YYYY-MM-DD', first day of the period. */
  from: string;
  /** 'YYYY-MM-DD', end of the period (counted like an age: 2020-03-01 → 2021-03-01 is one year). */
  to?: string;
}

/** A certificate held by the candidate. */
export interface HeldCertificate {
  occupation: string;
  level: Level;
  /** 'YYYY-MM-DD' */
  obtainedOn: string;
  /** 'skill' (职业资格证书 / 技能等级证书, default) or 'pre-technician' (预备技师证书; its level is ignored). */
  kind?: 'skill' | 'pre-technician';
}

/** A school record. */
export interface EducationRecord {
  /** As the standard names it: 技工学校, 中等职业学校, 高级技工学校, 技师学院, 高等职业学校, 大专, 本科 … */
  schoolType: string;
  major: string;
  /** false = still at school (treated as 在校应届毕业生 where the clause admits them). */
  graduated: boolean;
}

/** Input of {@link checkEligibility}. */
export interface EligibilityInput {
  targetLevel: Level;
  /** 'YYYY-MM-DD', the date of the application; default today (UTC). */
  asOf?: string;
  work: readonly WorkPeriod[];
  certificates: readonly HeldCertificate[];
  education: readonly EducationRecord[];
  apprenticeshipCompleted?: boolean;
  ecommerceInternshipMonths?: number;
}

/** The outcome for one clause. */
export interface EligibilityClauseResult {
  id: string;
  text: string;
  satisfied: boolean;
  /** What is still lacking, in Chinese; empty when satisfied. */
  missing: string[];
}

/** Outcome of {@link checkEligibility}: eligible when any clause is satisfied. */
export interface EligibilityResult {
  eligible: boolean;
  clauses: EligibilityClauseResult[];
}

interface Prepared {
  /** Work in this or a related occupation, clipped to asOf. */
  spans: DaySpan[];
  certificates: { occupation: string; level: Level; day: number; kind: 'skill' | 'pre-technician' }[];
  education: readonly EducationRecord[];
  apprenticeshipCompleted: boolean;
  internshipMonths: number;
}

interface Outcome {
  ok: boolean;
  missing: string[];
}

const isLevel = (value: unknown): value is Level =>
  value === 1 || value === 2 || value === 3 || value === 4 || value === 5;

const OCCUPATION_PHRASE = '本职业或相关职业';

function prepare(input: EligibilityInput, asOfDay: number): Prepared {
  const spans: DaySpan[] = [];
  input.work.forEach((period, i) => {
    const start = parseDay(period.from, `work[${i}].from`);
    const end = period.to === undefined ? asOfDay : parseDay(period.to, `work[${i}].to`);
    if (end < start) throw new RangeError(`work[${i}]: 结束日期 ${period.to} 早于开始日期 ${period.from}`);
    if (isThisOrRelatedOccupation(period.occupation)) spans.push({ start, end: Math.min(end, asOfDay) });
  });
  const certificates = input.certificates.map((c, i) => {
    if (!isLevel(c.level)) throw new RangeError(`certificates[${i}].level 须为 1–5，收到 ${String(c.level)}`);
    if (c.kind !== undefined && c.kind !== 'skill' && c.kind !== 'pre-technician') {
      throw new RangeError(`certificates[${i}].kind 须为 'skill' 或 'pre-technician'`);
    }
    return {
      occupation: c.occupation,
      level: c.level,
      day: parseDay(c.obtainedOn, `certificates[${i}].obtainedOn`),
      kind: c.kind ?? 'skill',
    };
  });
  const internshipMonths = input.ecommerceInternshipMonths ?? 0;
  if (!Number.isFinite(internshipMonths) || internshipMonths < 0) {
    throw new RangeError(`ecommerceInternshipMonths 须为非负数，收到 ${String(input.ecommerceInternshipMonths)}`);
  }
  return {
    spans,
    certificates,
    education: input.education,
    apprenticeshipCompleted: input.apprenticeshipCompleted === true,
    internshipMonths,
  };
}

/** Work months in this or a related occupation, counting only days on or after `fromDay`. */
function monthsFrom(spans: readonly DaySpan[], fromDay: number): number {
  return wholeMonthsCovered(
    spans.map((s) => ({ start: Math.max(s.start, fromDay), end: s.end })).filter((s) => s.end > s.start),
  );
}

function evaluateWork(years: number, p: Prepared): Outcome {
  const months = wholeMonthsCovered(p.spans);
  if (months >= years * 12) return { ok: true, missing: [] };
  return {
    ok: false,
    missing: [`还需${OCCUPATION_PHRASE}工作累计满 ${years} 年（当前 ${formatMonths(months)}）`],
  };
}

function evaluateCertificate(level: Level, workYearsAfter: number | undefined, p: Prepared, asOf: number): Outcome {
  const levelName = nationalLevel(level).name;
  const ofLevel = p.certificates.filter((c) => c.kind === 'skill' && c.level === level && c.day <= asOf);
  const held = ofLevel.filter((c) => isThisOrRelatedOccupation(c.occupation));
  if (held.length === 0) {
    const missing = [`需取得${OCCUPATION_PHRASE}${levelName}职业资格证书（技能等级证书）`];
    for (const c of ofLevel) {
      missing.push(`已有的${levelName}证书「${c.occupation}」不属于本职业或相关职业`);
    }
    if (workYearsAfter !== undefined) {
      missing.push(`取得该证书后还需${OCCUPATION_PHRASE}工作累计满 ${workYearsAfter} 年（当前 0 年）`);
    }
    return { ok: false, missing };
  }
  if (workYearsAfter === undefined) return { ok: true, missing: [] };
  // The earliest certificate leaves the most work after it; evaluate each and keep the best.
  let best = { months: -1, day: 0 };
  for (const c of held) {
    const months = monthsFrom(p.spans, c.day);
    if (months > best.months) best = { months, day: c.day };
  }
  if (best.months >= workYearsAfter * 12) return { ok: true, missing: [] };
  return {
    ok: false,
    missing: [
      `取得${levelName}证书（${formatDay(best.day)}）后还需${OCCUPATION_PHRASE}工作累计满 ${workYearsAfter} 年（当前 ${formatMonths(best.months)}）`,
    ],
  };
}

function evaluatePreTechnician(p: Prepared, asOf: number): Outcome {
  const held = p.certificates.some(
    (c) => c.kind === 'pre-technician' && c.day <= asOf && isThisOrRelatedOccupation(c.occupation),
  );
  return held ? { ok: true, missing: [] } : { ok: false, missing: [`需取得${OCCUPATION_PHRASE}预备技师证书`] };
}

function evaluateEducation(cond: EducationCondition, p: Prepared): Outcome {
  const details: string[] = [];
  for (const record of p.education) {
    const category = classifySchoolType(record.schoolType);
    if (category === null) {
      details.push(`无法识别学校类型「${record.schoolType}」`);
      continue;
    }
    const option = cond.options.find((o) => o.schools.includes(category));
    if (!option) continue;
    const majorOk = option.majors === null || isRelatedMajor(record.major, option.majors);
    const graduationOk = record.graduated || cond.allowStudents;
    if (majorOk && graduationOk) return { ok: true, missing: [] };
    if (!majorOk) {
      details.push(`所学专业「${record.major}」不在${option.majors?.join('、')}本专业或相关专业目录内`);
    } else {
      details.push(`「${record.schoolType} ${record.major}」尚未毕业，本条要求已取得毕业证书`);
    }
  }
  const students = cond.allowStudents ? '（含尚未取得毕业证书的在校应届毕业生）' : '';
  return { ok: false, missing: [`需取得${cond.requirement}${students}`, ...details] };
}

function evaluateCondition(cond: EligibilityCondition, p: Prepared, asOf: number): Outcome {
  switch (cond.kind) {
    case 'work':
      return evaluateWork(cond.years, p);
    case 'certificate':
      return evaluateCertificate(cond.level, cond.workYearsAfter, p, asOf);
    case 'preTechnician':
      return evaluatePreTechnician(p, asOf);
    case 'education':
      return evaluateEducation(cond, p);
    case 'apprenticeship':
      return p.apprenticeshipCompleted
        ? { ok: true, missing: [] }
        : { ok: false, missing: [`需${OCCUPATION_PHRASE}学徒期满`] };
    case 'internship':
      return p.internshipMonths >= cond.months
        ? { ok: true, missing: [] }
        : {
            ok: false,
            missing: [`还需在电子商务工作岗位实习满 ${cond.months} 个月（当前 ${p.internshipMonths} 个月）`],
          };
  }
}

function evaluateBranch(branch: EligibilityBranch, p: Prepared, asOf: number): Outcome {
  const outcomes = branch.conditions.map((c) => evaluateCondition(c, p, asOf));
  return { ok: outcomes.every((o) => o.ok), missing: outcomes.flatMap((o) => o.missing) };
}

function evaluateClause(clause: EligibilityClause, p: Prepared, asOf: number): EligibilityClauseResult {
  const outcomes = clause.branches.map((b) => ({ branch: b, outcome: evaluateBranch(b, p, asOf) }));
  const satisfied = outcomes.some((o) => o.outcome.ok);
  const missing = satisfied
    ? []
    : outcomes.length === 1
      ? (outcomes[0]?.outcome.missing ?? [])
      : outcomes.flatMap(({ branch, outcome }) => outcome.missing.map((m) => `【${branch.label}】${m}`));
  return { id: clause.id, text: clause.text, satisfied, missing };
}

/**
 * Checks the 申报条件 of 003 §1.9.1 for one target level. The clauses of a level are alternatives: the
 * candidate is eligible when any clause is satisfied. Every clause is reported, with what it still lacks.
 *
 * Semantics:
 * - Work years: only periods in this occupation (电子商务师 and variants such as 电子商务, 电商运营, 跨境电商,
 *   网商) or a related occupation of the footnote list count; overlapping periods count once; a period runs
 *   from `from` to `to` (or to `asOf` when ongoing, clipped at `asOf`) and is measured like an age, so
 *   2020-03-01 → 2024-03-01 is exactly 4 years (2024-02-29 is not). Separate stretches are added up in whole
 *   calendar months; their leftover days are added and every 31 days count as one more month.
 * - "取得…X 级证书后，累计…工作 N 年": a skill certificate of exactly level X in this or a related occupation,
 *   obtained on or before `asOf`; only work on or after its `obtainedOn` counts (the best certificate of that
 *   level is used). A certificate of another level does not satisfy the clause.
 * - "含尚未取得毕业证书的在校应届毕业生": an education record with `graduated: false` qualifies where the clause
 *   says so; clauses that say 毕业证书/毕业生 without it (三级 (3), 二级 (2)) need `graduated: true`.
 * - Majors are matched against the footnote list of the clause's school type; school types accept usual
 *   variants (中专, 高职, 专科 …). See the `notes` of each clause in {@link ELIGIBILITY}.
 * - 学徒期满 = `apprenticeshipCompleted`; 实习半年 = `ecommerceInternshipMonths >= 6`.
 *
 * @param input the candidate's record; dates are strict 'YYYY-MM-DD' calendar dates (UTC)
 * @returns `eligible` and one result per clause of the level, in the standard's order
 * @throws RangeError on an invalid level, date, period (`to` before `from`) or negative internship
 */
export function checkEligibility(input: EligibilityInput): EligibilityResult {
  if (!isLevel(input.targetLevel)) throw new RangeError(`targetLevel 须为 1–5，收到 ${String(input.targetLevel)}`);
  const asOf = parseDay(input.asOf ?? todayUtc(), 'asOf');
  const prepared = prepare(input, asOf);
  const clauses = ELIGIBILITY[input.targetLevel].clauses.map((c) => evaluateClause(c, prepared, asOf));
  return { eligible: clauses.some((c) => c.satisfied), clauses };
}

/**
 * Whole years of work in this or a related occupation as {@link checkEligibility} counts them
 * (union of periods, clipped at `asOf`, optionally only from a date on).
 * @param work employment periods
 * @param asOf 'YYYY-MM-DD'
 * @param since 'YYYY-MM-DD': count only work on or after this day (e.g. a certificate's date)
 * @returns `{ years, months }` where `months` is the total in whole months
 * @throws RangeError on invalid dates
 */
export function countWorkTime(
  work: readonly WorkPeriod[],
  asOf: string,
  since?: string,
): { years: number; months: number } {
  const asOfDay = parseDay(asOf, 'asOf');
  const { spans } = prepare({ targetLevel: 5, work, certificates: [], education: [] }, asOfDay);
  const months = since === undefined ? wholeMonthsCovered(spans) : monthsFrom(spans, parseDay(since, 'since'));
  return { years: Math.floor(months / 12), months };
}
