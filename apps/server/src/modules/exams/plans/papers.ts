import type { ExamPaperEntry } from '@crossskill/contracts';
import type { Level } from '@crossskill/standards';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { AppError, type Lang } from '../../../platform/http/index.js';
import { questionRevisions } from '../../questionbank/index.js';
import {
  type AssembledPaper,
  assemblePaper,
  createExposureLedger,
  indexPool,
  type PaperItem,
  type PoolItem,
  recordExposure,
  reorderPaper,
} from '../assembly/index.js';
import { examAttempts, examPlans } from '../exams.tables.js';
import { assembleWithRetries, buildBlueprint, loadPool, publishedVersion, shortError } from './blueprint.js';
import type { PlanRow } from './common.js';

export const toEntries = (items: readonly PaperItem[]): ExamPaperEntry[] =>
  items.map((it) => ({
    position: it.order,
    questionId: it.id,
    revisionId: it.revisionId,
    type: it.type,
    points: it.points,
    row: it.row,
    rowItem: it.item,
    difficulty: it.difficulty,
    optionOrder: it.optionOrder,
  }));

/** How often each item has been on a paper of the plan (earlier sessions and earlier runs), for exposure. */
async function planExposure(exec: Executor, planId: string): Promise<Map<string, number>> {
  const rows = await exec.execute<{ qid: string; n: number }>(
    sql`select e->>'questionId' as qid, count(*)::int as n
        from ${examAttempts} a, jsonb_array_elements(a.paper) e
        where a.plan_id = ${planId}
        group by 1`,
  );
  const list = (Array.isArray(rows) ? rows : (rows as { rows: { qid: string; n: number }[] }).rows) as {
    qid: string;
    n: number;
  }[];
  return new Map(list.map((r) => [r.qid, Number(r.n)]));
}

export interface GeneratedPaper {
  registrationId: string;
  seed: string;
  paper: ExamPaperEntry[];
}

/**
 * Papers for candidates of a session, inside the caller's transaction (nothing is written but a fixed paper
 * on the plan):
 * - per_candidate: one `assemblePaper` per candidate, seed `${sessionId}:${registrationId}`, with an exposure
 *   ledger that starts from the items' uses on earlier papers of the plan and grows paper by paper;
 * - fixed: the plan's fixed paper (assembled once, stored on the plan), re-ordered per candidate when the plan
 *   shuffles items or options.
 * Option order respects both the plan's and the item's shuffleOptions. The bank cannot meet the blueprint →
 * 422 EXAM_BLUEPRINT_SHORT naming the short cells.
 */
export async function generatePapers(
  tx: Executor,
  plan: PlanRow,
  sessionId: string,
  registrationIds: readonly string[],
  lang: Lang = 'zh',
  onProgress?: (done: number) => void,
): Promise<GeneratedPaper[]> {
  if (registrationIds.length === 0) return [];
  if (!plan.blueprint) {
    throw new AppError('EXAM_BLUEPRINT_INVALID', {
      params: { reason: lang === 'en' ? 'the plan has no blueprint' : '计划尚未设置试卷蓝图' },
    });
  }
  const version = await publishedVersion(tx, plan.standardVersionId);
  const level = plan.level as Level;
  const bp = buildBlueprint(version.snapshot, level, plan.workType, plan.blueprint, lang, '');
  const shuffle = { shuffleItems: plan.shuffleItems, shuffleOptions: plan.shuffleOptions };

  if (plan.paperMode === 'fixed') {
    let base = plan.fixedPaper;
    if (!base || base.length === 0) {
      const pool = await loadPool(tx, {
        bankIds: plan.bankIds,
        versionId: plan.standardVersionId,
        snapshot: version.snapshot,
        level,
        workType: plan.workType,
        blueprint: bp,
      });
      // The canonical paper: section order, bank option order; candidates get their own order below.
      const { paper } = assembleWithRetries(`${plan.id}:fixed`, (seed) =>
        assemblePaper(pool.index, bp, { seed, shuffleItems: false, shuffleOptions: false }),
      );
      if (paper.shortfalls.length > 0 || paper.items.length === 0) throw shortError(paper.shortfalls, lang);
      base = toEntries(paper.items);
      await tx.update(examPlans).set({ fixedPaper: base, updatedAt: new Date() }).where(eq(examPlans.id, plan.id));
    }
    if (!plan.shuffleItems && !plan.shuffleOptions) {
      return registrationIds.map((registrationId, i) => {
        onProgress?.(i + 1);
        return { registrationId, seed: `${plan.id}:fixed`, paper: base! };
      });
    }
    // A small index of the fixed paper's own items, to re-order it per candidate.
    const revs = await tx
      .select({ id: questionRevisions.id, shuffleOptions: questionRevisions.shuffleOptions })
      .from(questionRevisions)
      .where(
        inArray(
          questionRevisions.id,
          base.map((e) => e.revisionId),
        ),
      );
    const itemShuffles = new Map(revs.map((r) => [r.id, r.shuffleOptions]));
    const items: PoolItem[] = base.map((e) => ({
      id: e.questionId,
      revisionId: e.revisionId,
      row: e.row,
      type: e.type,
      difficulty: e.difficulty,
      points: e.points,
      optionKeys: e.optionOrder,
      shuffleOptions: itemShuffles.get(e.revisionId) ?? false,
      exposure: 0,
    }));
    const index = indexPool(items);
    const assembled: AssembledPaper = {
      items: base.map((e, i) => ({
        poolIndex: i,
        id: e.questionId,
        revisionId: e.revisionId,
        order: e.position,
        type: e.type,
        row: e.row,
        item: e.rowItem,
        difficulty: e.difficulty as PaperItem['difficulty'],
        points: e.points,
        optionOrder: e.optionOrder,
      })),
      shortfalls: [],
      difficultyCounts: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
    };
    return registrationIds.map((registrationId, i) => {
      const seed = `${sessionId}:${registrationId}`;
      onProgress?.(i + 1);
      return { registrationId, seed, paper: toEntries(reorderPaper(index, assembled, seed, shuffle).items) };
    });
  }

  const exposure = await planExposure(tx, plan.id);
  const pool = await loadPool(tx, {
    bankIds: plan.bankIds,
    versionId: plan.standardVersionId,
    snapshot: version.snapshot,
    level,
    workType: plan.workType,
    blueprint: bp,
    exposure,
  });
  const ledger = createExposureLedger(pool.index);
  const out: GeneratedPaper[] = [];
  for (const [i, registrationId] of registrationIds.entries()) {
    const { seed, paper } = assembleWithRetries(`${sessionId}:${registrationId}`, (seed) =>
      assemblePaper(pool.index, bp, { seed, exposure: ledger, ...shuffle }),
    );
    if (paper.shortfalls.length > 0 || paper.items.length === 0) throw shortError(paper.shortfalls, lang);
    recordExposure(ledger, paper);
    out.push({ registrationId, seed, paper: toEntries(paper.items) });
    onProgress?.(i + 1);
  }
  return out;
}
