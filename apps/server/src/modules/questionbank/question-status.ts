import { QUESTION_STATUS_LABELS, type Question, type QuestionStatus } from '@crossskill/contracts';
import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { AppError, type AuthContext } from '../../platform/http/index.js';
import { recordAudit } from '../audit/index.js';
import { assertCanEditBank } from './bank-access.js';
import { isTagged, tagsOf, toQuestion } from './mapping.js';
import { questions } from './questionbank.tables.js';
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
