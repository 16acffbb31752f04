import {
  SUZHOU_CATEGORIES,
  SUZHOU_GRADES,
  SUZHOU_RESULT_MAPPING,
  type SuzhouCategory,
  type SuzhouEvaluationResult,
  type SuzhouGrade,
} from './data.js';
import {
  SUZHOU_RATINGS,
  SUZHOU_ROW_KEYS,
  SUZHOU_ROWS_BY_GRADE,
  type SuzhouRating,
  type SuzhouRowKey,
  suzhouEvaluationForm,
} from './forms.js';

/** Input of {@link scoreEvaluation}. `category` and `ratings` are loosely typed because they usually come from requests. */
export interface SuzhouScoreInput {
  /** One of the five categories; small variants such as "平台运营人员" are accepted. */
  category: string;
  grade: SuzhouGrade;
  /** Keys are form rows; rows the grade does not use may be absent (if present they are validated, not counted). */
  ratings: Readonly<Record<string, SuzhouRating>>;
}

/** One counted row. */
export interface SuzhouScoreLine {
  row: SuzhouRowKey;
  rating: SuzhouRating;
  points: number;
  maxPoints: number;
}

/** Result of {@link scoreEvaluation}. */
export interface SuzhouScoreResult {
  /** Normalized category. */
  category: SuzhouCategory;
  grade: SuzhouGrade;
  total: number;
  /** 80 for 初级, 90 for 中级, 100 for 高级 — as the standard sets it, not rescaled. */
  maxTotal: number;
  result: SuzhouEvaluationResult;
  /** What the company may do with this result (6.3). */
  uses: string[];
  breakdown: SuzhouScoreLine[];
}

const SUFFIXES = ['人员能力评价表', '人员', '岗位', '岗', '类'];
const ALIASES: Readonly<Record<string, SuzhouCategory>> = {
  // 表 E.1 prints 产品物流人员 for the 物流管理 form.
  产品物流: '物流管理',
};

/**
 * Normalize a personnel category name: trims, drops whitespace and a trailing 人员/岗位/岗/类,
 * and maps 产品物流 (the caption of 表 E.1) to 物流管理.
 *
 * @returns the category, or undefined if the name is not one of the five.
 */
export function suzhouNormalizeCategory(name: string): SuzhouCategory | undefined {
  if (typeof name !== 'string') return undefined;
  let n = name.replace(/\s+/gu, '');
  for (const suffix of SUFFIXES) {
    if (n.endsWith(suffix) && n.length > suffix.length) {
      n = n.slice(0, -suffix.length);
      break;
    }
  }
  const alias = ALIASES[n];
  if (alias) return alias;
  return SUZHOU_CATEGORIES.find((c) => c === n);
}

/** Map a total to its result band (6.2). */
export function suzhouResultForTotal(total: number): { result: SuzhouEvaluationResult; uses: string[] } {
  if (typeof total !== 'number' || !Number.isFinite(total) || total < 0) {
    throw new RangeError(`total must be a finite number ≥ 0, got ${String(total)}`);
  }
  for (const band of SUZHOU_RESULT_MAPPING.bands) {
    if (total >= band.minTotal) return { result: band.result, uses: [...band.uses] };
  }
  // Unreachable: the last band starts at 0.
  throw new RangeError(`total ${total} matches no band`);
}

/**
 * Score a Suzhou (004) evaluation form.
 *
 * Total for 初级 = 职业素养 + 职业知识 + 职业技能初级 + 职业发展 (max 80); 中级 adds 职业技能中级 (max 90);
 * 高级 adds 职业技能中级 and 职业技能高级 (max 100). The result comes from the total by 6.2
 * (≥90 高级, ≥80 中级, ≥60 初级, else 不合格), so a full-marks 初级 form (80) yields 中级 — the standard's own
 * arithmetic, reported rather than rescaled. `uses` lists what the company may do (6.3).
 *
 * @throws {TypeError} if input, ratings or a rating is not of the expected type.
 * @throws {RangeError} on an unknown category, grade, row key or rating value, or a missing required row.
 */
export function scoreEvaluation(input: SuzhouScoreInput): SuzhouScoreResult {
  if (typeof input !== 'object' || input === null) throw new TypeError('Evaluation input must be an object');
  const category = suzhouNormalizeCategory(input.category);
  if (!category) {
    throw new RangeError(
      `Unknown personnel category "${String(input.category)}"; expected one of ${SUZHOU_CATEGORIES.join(', ')}`,
    );
  }
  const grade = input.grade;
  if (!SUZHOU_GRADES.includes(grade)) {
    throw new RangeError(`Unknown grade "${String(grade)}"; expected one of ${SUZHOU_GRADES.join(', ')}`);
  }
  const ratings: unknown = input.ratings;
  if (typeof ratings !== 'object' || ratings === null || Array.isArray(ratings)) {
    throw new TypeError('ratings must be an object keyed by form row');
  }
  const entries = Object.entries(ratings as Record<string, unknown>);
  for (const [key, value] of entries) {
    if (!SUZHOU_ROW_KEYS.includes(key as SuzhouRowKey)) {
      throw new RangeError(`Unknown form row "${key}"; expected one of ${SUZHOU_ROW_KEYS.join(', ')}`);
    }
    if (typeof value !== 'string') {
      throw new TypeError(`Rating for row "${key}" must be a string A, B, C or D, got ${typeof value}`);
    }
    if (!SUZHOU_RATINGS.includes(value as SuzhouRating)) {
      throw new RangeError(`Invalid rating "${value}" for row "${key}"; expected A, B, C or D`);
    }
  }
  const given = new Map(entries as [SuzhouRowKey, SuzhouRating][]);
  const used = SUZHOU_ROWS_BY_GRADE[grade];
  const missing = used.filter((k) => !given.has(k));
  if (missing.length > 0) {
    throw new RangeError(`Missing rating for row(s) ${missing.join(', ')} required at grade ${grade}`);
  }
  const form = suzhouEvaluationForm(category);
  const breakdown: SuzhouScoreLine[] = used.map((key) => {
    const row = form.rows.find((r) => r.key === key);
    const rating = given.get(key);
    if (!row || !rating) throw new RangeError(`Form ${form.table} has no row ${key}`);
    return { row: key, rating, points: row.points[rating], maxPoints: row.points.A };
  });
  const total = breakdown.reduce((sum, l) => sum + l.points, 0);
  const maxTotal = breakdown.reduce((sum, l) => sum + l.maxPoints, 0);
  const { result, uses } = suzhouResultForTotal(total);
  return { category, grade, total, maxTotal, result, uses, breakdown };
}

/** Alias of {@link scoreEvaluation} with the package's SUZHOU prefix. */
export const suzhouScoreEvaluation = scoreEvaluation;
