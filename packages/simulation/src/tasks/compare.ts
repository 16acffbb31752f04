/** Comparison operators of checks (CompareOp in tasks/types.ts). */
import type { Loc } from '../core/result.js';
import { decimalsOf, formatValue } from './format.js';
import { looseEquals } from './paths.js';
import type { CompareOp } from './types.js';

export const COMPARE_OPS: readonly CompareOp[] = [
  'eq',
  'neq',
  'gt',
  'gte',
  'lt',
  'lte',
  'in',
  'includes',
  'excludes',
  'matches',
  'exists',
  'notExists',
  'lengthLte',
  'lengthGte',
];

/** Operators that need no expected value. */
export const UNARY_OPS: ReadonlySet<CompareOp> = new Set(['exists', 'notExists']);

/** A number from a number or a numeric text (answers are often typed as text); otherwise null. */
export function asNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v.trim().replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

function equals(actual: unknown, expected: unknown, tolerance: number): boolean {
  const a = asNumber(actual);
  const e = asNumber(expected);
  if (a !== null && e !== null && (typeof actual === 'number' || typeof expected === 'number')) {
    return Math.abs(a - e) <= tolerance + 1e-9;
  }
  if (Array.isArray(actual) && Array.isArray(expected)) {
    return actual.length === expected.length && actual.every((x, i) => equals(x, expected[i], tolerance));
  }
  if (typeof actual === 'string' && typeof expected === 'string') return actual.trim() === expected.trim();
  return looseEquals(actual, expected);
}

function contains(actual: unknown, expected: unknown): boolean {
  if (typeof actual === 'string') return actual.toLowerCase().includes(String(expected).toLowerCase());
  if (Array.isArray(actual)) {
    return actual.some((x) =>
      typeof x === 'string' && typeof expected === 'string'
        ? x.trim().toLowerCase() === expected.trim().toLowerCase()
        : looseEquals(x, expected),
    );
  }
  return false;
}

const lengthOf = (v: unknown): number | null => (typeof v === 'string' || Array.isArray(v) ? v.length : null);

const regexCache = new Map<string, RegExp | null>();
/** A regular expression from a check (`u` flag, case-sensitive); null when the source is invalid. */
export function checkRegex(source: string): RegExp | null {
  if (!regexCache.has(source)) {
    try {
      regexCache.set(source, new RegExp(source, 'u'));
    } catch {
      regexCache.set(source, null);
    }
  }
  return regexCache.get(source) ?? null;
}

export function compareValues(actual: unknown, op: CompareOp, expected: unknown, tolerance = 0): boolean {
  switch (op) {
    case 'eq':
      return equals(actual, expected, tolerance);
    case 'neq':
      return actual !== undefined && !equals(actual, expected, tolerance);
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const a = asNumber(actual);
      const e = asNumber(expected);
      if (a === null || e === null) return false;
      if (op === 'gt') return a > e;
      if (op === 'gte') return a >= e - tolerance - 1e-9;
      if (op === 'lt') return a < e;
      return a <= e + tolerance + 1e-9;
    }
    case 'in':
      return Array.isArray(expected) && expected.some((e) => equals(actual, e, tolerance));
    case 'includes':
      return contains(actual, expected);
    case 'excludes':
      return (typeof actual === 'string' || Array.isArray(actual)) && !contains(actual, expected);
    case 'matches': {
      const re = checkRegex(String(expected));
      // Texts are capped so that a costly pattern cannot stall a check run.
      return re !== null && actual !== undefined && actual !== null && re.test(String(actual).slice(0, 5000));
    }
    case 'exists':
      return actual !== undefined && actual !== null && actual !== '';
    case 'notExists':
      return actual === undefined || actual === null || actual === '';
    case 'lengthLte':
    case 'lengthGte': {
      const len = lengthOf(actual);
      const e = asNumber(expected);
      if (len === null || e === null) return false;
      return op === 'lengthLte' ? len <= e : len >= e;
    }
  }
}

const OP_TEXT: Record<CompareOp, Loc> = {
  eq: { zh: '应为', en: 'expected' },
  neq: { zh: '应不等于', en: 'expected not' },
  gt: { zh: '应大于', en: 'expected >' },
  gte: { zh: '应不小于', en: 'expected ≥' },
  lt: { zh: '应小于', en: 'expected <' },
  lte: { zh: '应不大于', en: 'expected ≤' },
  in: { zh: '应为其一', en: 'expected one of' },
  includes: { zh: '应包含', en: 'expected to include' },
  excludes: { zh: '应不包含', en: 'expected to exclude' },
  matches: { zh: '应匹配', en: 'expected to match' },
  exists: { zh: '应存在', en: 'expected to exist' },
  notExists: { zh: '应不存在', en: 'expected to be absent' },
  lengthLte: { zh: '长度应不大于', en: 'expected length ≤' },
  lengthGte: { zh: '长度应不小于', en: 'expected length ≥' },
};

/** "实际 42.5，应为 45.20（±0.01）" / "found 42.5, expected 45.20 (±0.01)" (the tolerance sets the decimals shown). */
export function describeComparison(actual: unknown, op: CompareOp, expected: unknown, tolerance?: number): Loc {
  const len = op === 'lengthLte' || op === 'lengthGte' ? lengthOf(actual) : null;
  const seen = len !== null ? `${formatValue(actual)}（${len}）` : formatValue(actual);
  const seenEn = len !== null ? `${formatValue(actual)} (length ${len})` : formatValue(actual);
  const places = tolerance ? decimalsOf(tolerance) : undefined;
  const exp = UNARY_OPS.has(op) ? '' : ` ${formatValue(expected, places)}`;
  const tol = tolerance ? formatValue(tolerance) : '';
  return {
    zh: `实际 ${seen}，${OP_TEXT[op].zh}${exp}${tol ? `（±${tol}）` : ''}`,
    en: `found ${seenEn}, ${OP_TEXT[op].en}${exp}${tol ? ` (±${tol})` : ''}`,
  };
}
