import type { QuestionType } from '@crossskill/contracts';
import { BASIC_WEIGHT_ITEMS, type Level, type WorkType, weightTable } from '@crossskill/standards';
import { allocateRowTypes, pointUnit } from './allocate.js';
import { DIFFICULTIES, type Difficulty, SECTION_ORDER } from './constants.js';
import { rngFor } from './prng.js';

export { DIFFICULTIES, type Difficulty, SECTION_ORDER } from './constants.js';

/** How many items of a type a paper has and what each scores on the paper. */
export interface TypeSpec {
  count: number;
  points: number;
}

/** One row of the theory weight table, with the points it carries on a paper. */
export interface BlueprintRow {
  item: string;
  kind: 'basic' | 'function';
  /** % from the weight table. */
  weight: number;
  /** weight% × totalPoints, integers summing exactly to totalPoints (largest remainder). */
  points: number;
}

export interface Blueprint {
  level: Level;
  /** null at level 1 (一级不分工种). */
  workType: WorkType | null;
  totalPoints: number;
  rows: BlueprintRow[];
  /** Only types with count > 0, in section order. */
  typeCounts: Partial<Record<QuestionType, TypeSpec>>;
  /** % per difficulty (1 = 易 … 5 = 难), summing to 100. */
  difficultyMix: Record<Difficulty, number>;
  /** Derived: items per paper. */
  itemCount: number;
  /** Derived: items per difficulty (largest remainder of itemCount × mix%); a paper may deviate by ±1 item each. */
  difficultyTargets: Record<Difficulty, number>;
}

export interface BlueprintChoices {
  /** Default 100. A positive integer. */
  totalPoints?: number;
  typeCounts: Partial<Record<QuestionType, TypeSpec | number>>;
  /** Default points per type when typeCounts gives a bare count. */
  pointsPerType?: Partial<Record<QuestionType, number>>;
  difficultyMix: Partial<Record<Difficulty, number>>;
  /**
   * The theory weights to use instead of the 003 table of the package — e.g. the edited table of a published
   * standard version (`snapshot.weights.theory`, column `weightColumnKey(level, workType)`, rows with weight > 0).
   */
  weights?: readonly { item: string; weight: number }[];
}

export type BlueprintErrorCode =
  | 'COLUMN_INVALID'
  | 'WEIGHTS_INVALID'
  | 'TOTAL_POINTS_INVALID'
  | 'TYPE_COUNTS_INVALID'
  | 'TYPE_POINTS_MISMATCH'
  | 'DIFFICULTY_MIX_INVALID'
  | 'ROWS_NOT_FILLABLE';

/** A blueprint that cannot be built; `message` is Chinese, `messageEn` English, `details` names the parts. */
export class BlueprintError extends Error {
  override readonly name = 'BlueprintError';
  constructor(
    readonly code: BlueprintErrorCode,
    message: string,
    readonly messageEn: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/**
 * Integers proportional to `shares` that sum exactly to `total` (largest-remainder / Hamilton method; ties go
 * to the earlier share).
 */
export function largestRemainder(shares: readonly number[], total: number): number[] {
  const sum = shares.reduce((s, x) => s + x, 0);
  if (sum <= 0) return shares.map(() => 0);
  const exact = shares.map((x) => (x / sum) * total);
  const out = exact.map((x) => Math.floor(x + 1e-9));
  let left = total - out.reduce((s, x) => s + x, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x + 1e-9) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0 && k < order.length; k++, left--) out[order[k]!.i]! += 1;
  return out;
}

const TYPE_LABEL: Record<QuestionType, string> = {
  true_false: '判断题',
  single: '单选题',
  multiple: '多选题',
  fill_blank: '填空题',
  short_answer: '简答题',
  case_analysis: '案例分析题',
};
export const typeLabel = (t: QuestionType) => TYPE_LABEL[t];

/**
 * Builds a paper blueprint from the 003 theory weight table of a level and work type and the institution's
 * choices (item types with counts and points, difficulty mix). Validates that Σ count × points = totalPoints,
 * that the mix sums to 100 and that every row's points can be made of the chosen item types.
 * @throws BlueprintError
 */
export function blueprintFromWeightTable(
  level: Level,
  workType: WorkType | null | undefined,
  choices: BlueprintChoices,
): Blueprint {
  const totalPoints = choices.totalPoints ?? 100;
  if (!Number.isInteger(totalPoints) || totalPoints <= 0) {
    throw new BlueprintError(
      'TOTAL_POINTS_INVALID',
      `试卷总分须为正整数，收到 ${totalPoints}`,
      `totalPoints must be a positive integer, got ${totalPoints}`,
      { totalPoints },
    );
  }
  let weights: readonly { item: string; weight: number }[];
  try {
    weights = choices.weights ?? weightTable('theory', level, workType ?? undefined);
  } catch (e) {
    throw new BlueprintError(
      'COLUMN_INVALID',
      (e as Error).message,
      'levels 5–2 need a work type (网商 or 跨境电子商务师)',
      {
        level,
        workType,
      },
    );
  }
  const weightSum = weights.reduce((s, w) => s + w.weight, 0);
  if (weights.length === 0 || weights.some((w) => !(w.weight > 0)) || Math.abs(weightSum - 100) > 1e-6) {
    throw new BlueprintError(
      'WEIGHTS_INVALID',
      `权重表各行须为正数且合计 100%，实为 ${weightSum}%`,
      `weights must be positive and sum to 100%, got ${weightSum}%`,
      { weightSum },
    );
  }
  const rowPoints = largestRemainder(
    weights.map((w) => w.weight),
    totalPoints,
  );
  const rows: BlueprintRow[] = weights.map((w, i) => ({
    item: w.item,
    kind: BASIC_WEIGHT_ITEMS.includes(w.item) ? 'basic' : 'function',
    weight: w.weight,
    points: rowPoints[i]!,
  }));

  const typeCounts: Partial<Record<QuestionType, TypeSpec>> = {};
  const problems: string[] = [];
  for (const key of Object.keys(choices.typeCounts)) {
    if (!SECTION_ORDER.includes(key as QuestionType)) problems.push(`未知题型「${key}」`);
  }
  let sum = 0;
  let itemCount = 0;
  for (const t of SECTION_ORDER) {
    const raw = choices.typeCounts[t];
    if (raw === undefined) continue;
    const spec = typeof raw === 'number' ? { count: raw, points: choices.pointsPerType?.[t] ?? Number.NaN } : raw;
    if (!Number.isInteger(spec.count) || spec.count < 0) problems.push(`${TYPE_LABEL[t]}题量须为非负整数`);
    else if (!(spec.points > 0) || !Number.isFinite(spec.points))
      problems.push(`${TYPE_LABEL[t]}每题分值须为正数（未给出或无效）`);
    else if (spec.count > 0) {
      typeCounts[t] = { count: spec.count, points: spec.points };
      sum += spec.count * spec.points;
      itemCount += spec.count;
    }
  }
  if (problems.length > 0 || itemCount === 0) {
    throw new BlueprintError(
      'TYPE_COUNTS_INVALID',
      problems.length ? problems.join('；') : '至少须有一种题型的题量大于 0',
      problems.length ? 'invalid item type counts or points' : 'at least one item type needs a count > 0',
      { problems },
    );
  }
  if (Math.abs(sum - totalPoints) > 1e-9) {
    const parts = SECTION_ORDER.filter((t) => typeCounts[t]).map(
      (t) => `${TYPE_LABEL[t]} ${typeCounts[t]!.count}×${typeCounts[t]!.points}`,
    );
    throw new BlueprintError(
      'TYPE_POINTS_MISMATCH',
      `题型题量×每题分值合计 ${round6(sum)} 分（${parts.join(' + ')}），与试卷总分 ${totalPoints} 分不符`,
      `item type counts × points add up to ${round6(sum)}, not the paper's ${totalPoints} points`,
      { sum: round6(sum), totalPoints },
    );
  }
  if (pointUnit(Object.values(typeCounts).map((s) => s.points)) === null) {
    throw new BlueprintError(
      'TYPE_COUNTS_INVALID',
      '每题分值须为 0.01 的整数倍',
      'points per item must be multiples of 0.01',
      {},
    );
  }

  const mix = {} as Record<Difficulty, number>;
  let mixSum = 0;
  for (const d of DIFFICULTIES) {
    const v = choices.difficultyMix[d] ?? 0;
    if (!(v >= 0) || !Number.isFinite(v)) {
      throw new BlueprintError(
        'DIFFICULTY_MIX_INVALID',
        `难度 ${d} 的比例须为非负数`,
        `difficulty ${d} share must be ≥ 0`,
        { difficulty: d },
      );
    }
    mix[d] = v;
    mixSum += v;
  }
  for (const key of Object.keys(choices.difficultyMix)) {
    if (!DIFFICULTIES.includes(Number(key) as Difficulty)) {
      throw new BlueprintError(
        'DIFFICULTY_MIX_INVALID',
        `难度须为 1–5，收到 ${key}`,
        `difficulty must be 1–5, got ${key}`,
        { difficulty: key },
      );
    }
  }
  if (Math.abs(mixSum - 100) > 1e-6) {
    throw new BlueprintError(
      'DIFFICULTY_MIX_INVALID',
      `难度比例合计须为 100%，实为 ${round6(mixSum)}%`,
      `difficulty mix must sum to 100%, got ${round6(mixSum)}%`,
      { sum: round6(mixSum) },
    );
  }
  const targets = largestRemainder(
    DIFFICULTIES.map((d) => mix[d]),
    itemCount,
  );
  const difficultyTargets = Object.fromEntries(DIFFICULTIES.map((d, i) => [d, targets[i]!])) as Record<
    Difficulty,
    number
  >;

  const blueprint: Blueprint = {
    level,
    workType: level === 1 ? null : (workType ?? null),
    totalPoints,
    rows,
    typeCounts,
    difficultyMix: mix,
    itemCount,
    difficultyTargets,
  };
  // Every row's points must be made of whole items: search an allocation with an unlimited pool.
  if (allocateRowTypes(blueprint, null, rngFor(0)) === null) {
    throw new BlueprintError(
      'ROWS_NOT_FILLABLE',
      `各行分值（${rows.map((r) => `${r.item} ${r.points}`).join('、')}）无法由所选题型的题量与分值恰好组成`,
      'the rows’ points cannot be made exactly of the chosen item types and counts',
      { rows: rows.map((r) => ({ item: r.item, points: r.points })) },
    );
  }
  return blueprint;
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** A 职业功能 of the standard snapshot's level (id, name, status, work types). */
export interface FunctionNode {
  id: string;
  name: string;
  status: 'active' | 'retired';
  workTypes?: readonly WorkType[] | undefined;
}

/**
 * Maps an item's tags to the blueprint row it counts toward, the same way the bank's coverage does:
 * 职业道德 / 基础知识 by the basicItem tag, other rows by the active 职业功能 of that name (applicable to the
 * blueprint's work type) in the standard snapshot's level. Returns -1 for an item that counts toward no row.
 * (Selecting the candidates — active, same standard version and level, work type equal or null — is the caller's.)
 */
export function rowResolver(
  blueprint: Blueprint,
  functions: readonly FunctionNode[],
): (tags: { functionId: string | null; basicItem: string | null }) => number {
  const basic = new Map<string, number>();
  const byFunction = new Map<string, number>();
  blueprint.rows.forEach((r, i) => {
    if (r.kind === 'basic') {
      basic.set(r.item, i);
      return;
    }
    const fn = functions.find(
      (f) =>
        f.name === r.item &&
        f.status === 'active' &&
        (!blueprint.workType || !f.workTypes || f.workTypes.includes(blueprint.workType)),
    );
    if (fn) byFunction.set(fn.id, i);
  });
  return (tags) => {
    if (tags.basicItem) return basic.get(tags.basicItem) ?? -1;
    if (tags.functionId) return byFunction.get(tags.functionId) ?? -1;
    return -1;
  };
}
