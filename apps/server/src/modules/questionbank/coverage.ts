import type { CoverageResult } from '@crossskill/contracts';
import {
  BASIC_WEIGHT_ITEMS,
  type Level,
  type WorkType,
  weightColumnKey,
  weightColumnLabel,
} from '@crossskill/standards';
import { and, count, eq, isNull, or, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { AppError, type AuthContext } from '../../platform/http/index.js';
import { assertCanReadBank } from './bank-access.js';
import { publishedSnapshot } from './drafts.js';
import { questions } from './questionbank.tables.js';

const DIFFICULTIES = [1, 2, 3, 4, 5];
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * What a bank can supply for theory papers of a level and work type: per row of the theory weight table,
 * the points a paper needs (weight% × paperPoints) against the active items' points (per difficulty), how
 * many distinct papers that fills without reusing an item, and the shortfall for `papers` papers.
 * 职业道德 and 基础知识 count items by their basicItem tag; the other rows by the 职业功能 of that name.
 * Items tagged to no work type count for both.
 */
export async function bankCoverage(
  ctx: AppContext,
  auth: AuthContext,
  bankId: string,
  q: { versionId: string; level: Level; workType?: WorkType | undefined; papers: number; paperPoints: number },
): Promise<CoverageResult> {
  await assertCanReadBank(ctx, auth, bankId);
  const snapshot = await publishedSnapshot(ctx.db, q.versionId);
  let key: ReturnType<typeof weightColumnKey>;
  try {
    key = weightColumnKey(q.level, q.workType);
  } catch (e) {
    throw new AppError('COVERAGE_QUERY_INVALID', {
      params: { reason: (e as Error).message, reasonEn: 'levels 5–2 need a work type (网商 or 跨境电子商务师)' },
      details: [{ field: 'query.workType', code: 'invalid_value', message: (e as Error).message }],
    });
  }
  const workType = q.level === 1 ? null : (q.workType ?? null);
  const level = snapshot.levels.find((l) => l.level === q.level);

  const grouped = await ctx.db
    .select({
      functionId: questions.functionId,
      basicItem: questions.basicItem,
      difficulty: questions.difficulty,
      items: count(),
      points: sql<string>`coalesce(sum(${questions.points}), 0)`,
    })
    .from(questions)
    .where(
      and(
        eq(questions.bankId, bankId),
        eq(questions.status, 'active'),
        eq(questions.standardVersionId, q.versionId),
        eq(questions.level, q.level),
        workType ? or(eq(questions.workType, workType), isNull(questions.workType)) : undefined,
      ),
    )
    .groupBy(questions.functionId, questions.basicItem, questions.difficulty);

  const rows: CoverageResult['rows'] = [];
  for (const r of snapshot.weights.theory.rows) {
    const weight = r.weights[key];
    if (weight === null || weight === undefined || weight <= 0) continue;
    const basic = BASIC_WEIGHT_ITEMS.includes(r.item);
    const fn = basic
      ? undefined
      : level?.functions.find(
          (f) =>
            f.name === r.item && f.status === 'active' && (!workType || !f.workTypes || f.workTypes.includes(workType)),
        );
    const matching = grouped.filter((g) =>
      basic ? g.basicItem === r.item : fn !== undefined && g.functionId === fn.id,
    );
    const byDifficulty = DIFFICULTIES.map((difficulty) => {
      const at = matching.filter((g) => g.difficulty === difficulty);
      return {
        difficulty,
        items: at.reduce((s, g) => s + g.items, 0),
        points: round2(at.reduce((s, g) => s + Number(g.points), 0)),
      };
    });
    const items = byDifficulty.reduce((s, d) => s + d.items, 0);
    const points = round2(byDifficulty.reduce((s, d) => s + d.points, 0));
    const pointsPerPaper = round2((weight / 100) * q.paperPoints);
    const papersPossible = pointsPerPaper > 0 ? Math.floor(points / pointsPerPaper + 1e-9) : 0;
    const shortfallPoints = round2(Math.max(0, pointsPerPaper * q.papers - points));
    rows.push({
      item: r.item,
      kind: basic ? 'basic' : 'function',
      functionId: fn?.id ?? null,
      weight,
      pointsPerPaper,
      items,
      points,
      byDifficulty,
      papersPossible,
      short: papersPossible < q.papers,
      shortfallPoints,
    });
  }
  const papersPossible = rows.length > 0 ? Math.min(...rows.map((r) => r.papersPossible)) : 0;
  return {
    versionId: q.versionId,
    level: q.level,
    workType,
    column: weightColumnLabel('theory', q.level, workType ?? undefined),
    papers: q.papers,
    paperPoints: q.paperPoints,
    rows,
    papersPossible,
    short: rows.some((r) => r.short),
  };
}
