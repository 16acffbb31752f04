import type {
  ApiErrorDetail,
  BlueprintPreviewResult,
  BlueprintShortfall,
  ExamBlueprint,
  ExamBlueprintChoices,
  QuestionType,
} from '@crossskill/contracts';
import {
  type Level,
  type StandardSnapshot,
  type WorkType,
  weightColumnKey,
  weightColumnLabel,
} from '@crossskill/standards';
import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { AppError, type Lang } from '../../../platform/http/index.js';
import { organizations } from '../../orgs/orgs.tables.js';
import { questionBanks, questionRevisions, questions } from '../../questionbank/index.js';
import { standardVersions } from '../../standards/index.js';
import {
  type AssembledPaper,
  assemblePaper,
  type Blueprint,
  BlueprintError,
  blueprintFromWeightTable,
  DIFFICULTIES,
  indexPool,
  type PoolIndex,
  type PoolItem,
  rowResolver,
  SECTION_ORDER,
  type Shortfall,
  typeLabel,
} from '../assembly/index.js';
import { DIFFICULTY_LABELS, pick } from './common.js';

/** A published standard version's snapshot (404 when absent or a draft). */
export async function publishedVersion(exec: Executor, versionId: string) {
  const [row] = await exec
    .select({
      id: standardVersions.id,
      label: standardVersions.label,
      status: standardVersions.status,
      snapshot: standardVersions.snapshot,
    })
    .from(standardVersions)
    .where(eq(standardVersions.id, versionId))
    .limit(1);
  if (row?.status !== 'published') throw new AppError('STANDARD_VERSION_NOT_FOUND');
  return row;
}

/** The theory weights of a level / work type in a version's (possibly edited) weight table. */
export function versionWeights(snapshot: StandardSnapshot, level: Level, workType: WorkType | null) {
  const key = weightColumnKey(level, workType ?? undefined);
  return snapshot.weights.theory.rows
    .filter((r) => (r.weights[key] ?? 0) > 0)
    .map((r) => ({ item: r.item, weight: r.weights[key] as number }));
}

const BLUEPRINT_FIELD: Record<BlueprintError['code'], string> = {
  COLUMN_INVALID: 'workType',
  WEIGHTS_INVALID: 'standardVersionId',
  TOTAL_POINTS_INVALID: 'blueprint.totalPoints',
  TYPE_COUNTS_INVALID: 'blueprint.typeCounts',
  TYPE_POINTS_MISMATCH: 'blueprint.typeCounts',
  DIFFICULTY_MIX_INVALID: 'blueprint.difficultyMix',
  ROWS_NOT_FILLABLE: 'blueprint.typeCounts',
};

/**
 * The blueprint of the choices against the version's weight table; a BlueprintError becomes 422
 * EXAM_BLUEPRINT_INVALID with a detail naming the part (`body.blueprint.typeCounts` …).
 */
export function buildBlueprint(
  snapshot: StandardSnapshot,
  level: Level,
  workType: WorkType | null,
  choices: ExamBlueprintChoices,
  lang: Lang,
  fieldPrefix = 'body.',
): Blueprint {
  try {
    return blueprintFromWeightTable(level, workType, {
      totalPoints: choices.totalPoints,
      typeCounts: choices.typeCounts,
      difficultyMix: choices.difficultyMix,
      weights: versionWeights(snapshot, level, workType),
    });
  } catch (e) {
    if (e instanceof BlueprintError) {
      const message = pick(lang, e.message, e.messageEn);
      throw new AppError('EXAM_BLUEPRINT_INVALID', {
        params: { reason: message },
        details: [{ field: `${fieldPrefix}${BLUEPRINT_FIELD[e.code]}`, code: e.code, message }],
      });
    }
    if (e instanceof RangeError) {
      throw new AppError('EXAM_BLUEPRINT_INVALID', {
        params: { reason: e.message },
        details: [{ field: `${fieldPrefix}workType`, code: 'COLUMN_INVALID', message: e.message }],
      });
    }
    throw e;
  }
}

/** The blueprint as the API shows it. */
export function describeBlueprint(bp: Blueprint, lang: Lang): ExamBlueprint {
  return {
    totalPoints: bp.totalPoints,
    column: weightColumnLabel('theory', bp.level, bp.workType ?? undefined),
    rows: bp.rows.map((r, index) => ({ index, item: r.item, kind: r.kind, weight: r.weight, points: r.points })),
    types: SECTION_ORDER.filter((t) => bp.typeCounts[t]).map((t) => {
      const s = bp.typeCounts[t]!;
      return {
        type: t,
        label: pick(lang, typeLabel(t), t),
        count: s.count,
        points: s.points,
        totalPoints: round2(s.count * s.points),
      };
    }),
    itemCount: bp.itemCount,
    difficultyTargets: DIFFICULTIES.map((d) => ({
      difficulty: d,
      label: pick(lang, DIFFICULTY_LABELS[d]!.zh, DIFFICULTY_LABELS[d]!.en),
      pct: bp.difficultyMix[d],
      count: bp.difficultyTargets[d],
    })),
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The banks an organisation may draw papers from: its own and the platform's banks shared with institutions.
 * Unknown or foreign banks → 422 EXAM_BANK_NOT_READABLE naming them (`body.bankIds.<i>`).
 */
export async function assertOrgBanks(
  exec: Executor,
  org: { id: string; kind: string },
  bankIds: readonly string[],
  field = 'body.bankIds',
) {
  if (bankIds.length === 0) return [];
  const rows = await exec
    .select({
      id: questionBanks.id,
      name: questionBanks.name,
      orgId: questionBanks.orgId,
      shared: questionBanks.sharedWithInstitutions,
      orgName: organizations.name,
      orgKind: organizations.kind,
    })
    .from(questionBanks)
    .innerJoin(organizations, eq(organizations.id, questionBanks.orgId))
    .where(inArray(questionBanks.id, [...bankIds]));
  const ok = (id: string) => {
    const b = rows.find((r) => r.id === id);
    return !!b && (b.orgId === org.id || (b.shared && b.orgKind === 'platform' && org.kind === 'institution'));
  };
  const bad: ApiErrorDetail[] = bankIds.flatMap((id, i) =>
    ok(id) ? [] : [{ field: `${field}.${i}`, code: 'EXAM_BANK_NOT_READABLE', message: id }],
  );
  if (bad.length > 0) throw new AppError('EXAM_BANK_NOT_READABLE', { details: bad });
  return rows;
}

/** Question id → earlier uses, for exposure. */
export type ExposureCounts = ReadonlyMap<string, number>;

export interface LoadedPool {
  index: PoolIndex;
  /** Pool items that count toward no blueprint row. */
  unmatched: number;
}

/**
 * The candidates for papers: active items of the banks with the version, level and work type (or no work
 * type), mapped to the blueprint's rows by their tags as the bank coverage does.
 */
export async function loadPool(
  exec: Executor,
  q: {
    bankIds: readonly string[];
    versionId: string;
    snapshot: StandardSnapshot;
    level: Level;
    workType: WorkType | null;
    blueprint: Blueprint;
    exposure?: ExposureCounts;
  },
): Promise<LoadedPool> {
  if (q.bankIds.length === 0) return { index: indexPool([]), unmatched: 0 };
  const rows = await exec
    .select({
      id: questions.id,
      revisionId: questions.currentRevisionId,
      type: questions.type,
      difficulty: questions.difficulty,
      points: questions.points,
      functionId: questions.functionId,
      basicItem: questions.basicItem,
      options: questionRevisions.options,
      shuffleOptions: questionRevisions.shuffleOptions,
    })
    .from(questions)
    .innerJoin(questionRevisions, eq(questionRevisions.id, questions.currentRevisionId))
    .where(
      and(
        inArray(questions.bankId, [...q.bankIds]),
        eq(questions.status, 'active'),
        eq(questions.standardVersionId, q.versionId),
        eq(questions.level, q.level),
        q.workType ? or(eq(questions.workType, q.workType), isNull(questions.workType)) : undefined,
      ),
    )
    .orderBy(questions.id);
  const level = q.snapshot.levels.find((l) => l.level === q.level);
  const resolve = rowResolver(q.blueprint, level?.functions ?? []);
  let unmatched = 0;
  const pool: PoolItem[] = rows.map((r) => {
    const row = resolve({ functionId: r.functionId, basicItem: r.basicItem });
    if (row < 0) unmatched++;
    return {
      id: r.id,
      revisionId: r.revisionId,
      row,
      type: r.type,
      difficulty: r.difficulty,
      points: r.points,
      optionKeys: r.options.map((o) => o.key),
      shuffleOptions: r.shuffleOptions,
      exposure: q.exposure?.get(r.id) ?? 0,
    };
  });
  return { index: indexPool(pool), unmatched };
}

/** Shortfall cells as the API shows them. */
export function describeShortfalls(shortfalls: readonly Shortfall[], lang: Lang): BlueprintShortfall[] {
  return shortfalls.map((s) => ({
    row: s.row,
    item: s.item,
    type: s.type,
    typeLabel: pick(lang, typeLabel(s.type), s.type),
    difficulty: s.difficulty,
    difficultyLabel: pick(lang, DIFFICULTY_LABELS[s.difficulty]!.zh, DIFFICULTY_LABELS[s.difficulty]!.en),
    needed: s.needed,
    available: s.available,
  }));
}

/** 422 EXAM_BLUEPRINT_SHORT with one detail per short cell. */
export function shortError(shortfalls: readonly Shortfall[], lang: Lang): AppError {
  return new AppError('EXAM_BLUEPRINT_SHORT', {
    details: describeShortfalls(shortfalls, lang).map((s) => ({
      field: `blueprint.rows.${s.row}.${s.type}.${s.difficulty}`,
      code: 'EXAM_BLUEPRINT_SHORT',
      message: pick(
        lang,
        `「${s.item}」${s.typeLabel}（难度：${s.difficultyLabel}）需 ${s.needed} 题，题库仅有 ${s.available} 题`,
        `“${s.item}” ${s.typeLabel} (difficulty ${s.difficultyLabel}): ${s.needed} needed, ${s.available} available`,
      ),
    })),
  });
}

/**
 * The assembler's search is bounded: on a pool that only just fills the blueprint it may, rarely, report a
 * shortfall for one seed that another seed meets. A real shortfall fails every try; the seed that worked is
 * stored on the attempt (`paperSeed`), so the paper stays reproducible.
 */
export function assembleWithRetries(base: string, assemble: (seed: string) => AssembledPaper, tries = 8) {
  let last: { seed: string; paper: AssembledPaper } | undefined;
  for (let k = 0; k < tries; k++) {
    const seed = k === 0 ? base : `${base}#${k}`;
    const paper = assemble(seed);
    if (paper.shortfalls.length === 0 && paper.items.length > 0) return { seed, paper };
    last ??= { seed, paper };
  }
  return last!;
}

/** What the preview shows: pool per row × type × difficulty, one sample assembly and its short cells. */
export function previewBlueprint(
  bp: Blueprint,
  pool: LoadedPool,
  seed: string,
  lang: Lang,
): BlueprintPreviewResult & { paper: AssembledPaper } {
  const { index } = pool;
  const types = SECTION_ORDER.filter((t) => bp.typeCounts[t]);
  const counts = new Map<string, number[]>();
  for (const it of index.items) {
    if (it.row < 0 || !bp.typeCounts[it.type] || !(it.difficulty >= 1 && it.difficulty <= 5)) continue;
    const key = `${it.row}:${it.type}`;
    const list = counts.get(key) ?? [0, 0, 0, 0, 0];
    list[Math.round(it.difficulty) - 1]!++;
    counts.set(key, list);
  }
  const available = bp.rows.flatMap((r, row) =>
    types.map((type: QuestionType) => {
      const byDifficulty = counts.get(`${row}:${type}`) ?? [0, 0, 0, 0, 0];
      return {
        row,
        item: r.item,
        type,
        typeLabel: pick(lang, typeLabel(type), type),
        total: byDifficulty.reduce((s, n) => s + n, 0),
        byDifficulty,
      };
    }),
  );
  const { seed: used, paper } = assembleWithRetries(seed, (s) => assemblePaper(index, bp, { seed: s }));
  const ok = paper.shortfalls.length === 0 && paper.items.length > 0;
  return {
    ok,
    blueprint: describeBlueprint(bp, lang),
    pool: { items: index.items.length, unmatched: pool.unmatched },
    available,
    shortfalls: describeShortfalls(paper.shortfalls, lang),
    sample: ok
      ? {
          seed: used,
          items: paper.items.length,
          pointsByRow: bp.rows.map((r, row) => ({
            row,
            item: r.item,
            points: round2(paper.items.filter((i) => i.row === row).reduce((s, i) => s + i.points, 0)),
          })),
          countsByType: types.map((type) => ({ type, count: paper.items.filter((i) => i.type === type).length })),
          countsByDifficulty: DIFFICULTIES.map((difficulty) => ({
            difficulty,
            count: paper.difficultyCounts[difficulty],
          })),
        }
      : null,
    paper,
  };
}
