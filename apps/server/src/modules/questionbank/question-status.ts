import { QUESTION_STATUS_LABELS, type Question, type QuestionStatus } from '@crossskill/contracts';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import { AppError, type AuthContext } from '../../platform/http/index.js';
import { recordAudit } from '../audit/index.js';
import { assertCanEditBank } from './bank-access.js';
import { isTagged, tagsOf, toQuestion } from './mapping.js';
import { questionBanks, questions } from './questionbank.tables.js';
import { loadQuestion } from './revisions.js';

/** draft → in_review → active → retired; in_review → draft (sent back); retired → active. */
export const STATUS_TRANSITIONS: Readonly<Record<QuestionStatus, readonly QuestionStatus[]>> = {
  draft: ['in_review'],
  in_review: ['active', 'draft'],
  active: ['retired'],
  retired: ['active'],
};

export async function changeQuestionStatus(
  ctx: AppContext,
  auth: AuthContext,
  questionId: string,
  input: { status: QuestionStatus; comment?: string | undefined },
  ip: string,
): Promise<Question> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadQuestion(tx, questionId, true);
    if (!row) throw new AppError('QUESTION_NOT_FOUND');
    const bank = await assertCanEditBank(ctx, auth, row.q.bankId, tx);
    const from = row.q.status;
    const to = input.status;
    if (!STATUS_TRANSITIONS[from].includes(to)) {
      throw new AppError('QUESTION_STATUS_TRANSITION', {
        params: {
          from: QUESTION_STATUS_LABELS[from].zh,
          to: QUESTION_STATUS_LABELS[to].zh,
          fromEn: QUESTION_STATUS_LABELS[from].en.toLowerCase(),
          toEn: QUESTION_STATUS_LABELS[to].en.toLowerCase(),
        },
      });
    }
    if (to === 'active' && !isTagged(tagsOf(row.r))) throw new AppError('QUESTION_NOT_TAGGED');
    const [updated] = await tx
      .update(questions)
      .set({ status: to, updatedAt: sql`now()` })
      .where(eq(questions.id, questionId))
      .returning();
    await recordAudit(tx, {
      event: 'question.status_changed',
      actorUserId: auth.userId,
      orgId: bank.orgId,
      ip,
      details: {
        questionId,
        bankId: bank.id,
        revision: row.r.revision,
        from,
        to,
        ...(input.comment ? { comment: input.comment } : {}),
      },
    });
    return toQuestion(updated!, row.r);
  });
}

/**
 * For seeding only (the demo data of `crossskill serve` / `seed-demo`): makes the given draft items active in
 * the caller's transaction, skipping the review step an author goes through over HTTP (draft → in_review →
 * active, see {@link changeQuestionStatus}). As there, an item must be tagged to be activated. Records one
 * question.status_changed audit entry per item. Returns the number of items activated; items not in draft
 * are left as they are.
 */
export async function activateSeededQuestions(
  exec: Executor,
  input: { questionIds: readonly string[]; actorId: string | null },
): Promise<number> {
  if (input.questionIds.length === 0) return 0;
  const rows = await exec
    .select({ q: questions, orgId: questionBanks.orgId })
    .from(questions)
    .innerJoin(questionBanks, eq(questionBanks.id, questions.bankId))
    .where(and(inArray(questions.id, [...input.questionIds]), eq(questions.status, 'draft')));
  if (rows.some((r) => !isTagged(tagsOf(r.q)))) throw new AppError('QUESTION_NOT_TAGGED');
  if (rows.length === 0) return 0;
  await exec
    .update(questions)
    .set({ status: 'active', updatedAt: sql`now()` })
    .where(
      inArray(
        questions.id,
        rows.map((r) => r.q.id),
      ),
    );
  for (const { q, orgId } of rows) {
    await recordAudit(exec, {
      event: 'question.status_changed',
      actorUserId: input.actorId,
      orgId,
      details: {
        questionId: q.id,
        bankId: q.bankId,
        revision: q.revisionCount,
        from: 'draft',
        to: 'active',
        seeded: true,
      },
    });
  }
  return rows.length;
}
