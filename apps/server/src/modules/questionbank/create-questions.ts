import type { Question, QuestionDraft } from '@crossskill/contracts';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import type { AuthContext } from '../../platform/http/index.js';
import { recordAudit } from '../audit/index.js';
import { assertCanEditBank, loadBank } from './bank-access.js';
import { checkDrafts, draftsError } from './drafts.js';
import { toQuestion } from './mapping.js';
import { insertQuestions, loadQuestion } from './revisions.js';

/** POST /api/question-banks/:bankId/questions — one draft, validated like every other. */
export async function createQuestion(
  ctx: AppContext,
  auth: AuthContext,
  bankId: string,
  draft: QuestionDraft,
): Promise<Question> {
  return ctx.db.transaction(async (tx) => {
    await assertCanEditBank(ctx, auth, bankId, tx);
    const { prepared, problems } = await checkDrafts(tx, [draft]);
    if (problems.length > 0) throw draftsError(problems, 'QUESTION_INVALID', (_i, field) => `body.${field}`);
    const [id] = await insertQuestions(tx, bankId, prepared, auth.userId);
    const row = await loadQuestion(tx, id!);
    return toQuestion(row!.q, row!.r);
  });
}

/**
 * Creates many draft questions in the caller's transaction (for importers). Every draft is validated and
 * sanitised as the create route does; if any has a problem nothing is inserted and an AppError
 * QUESTION_DRAFTS_INVALID is thrown whose details name each problem as `drafts.<index>.<field>` (e.g.
 * `drafts.3.answer.key`). Records one audit entry (question.bulk_created). Access is the caller's
 * business: check `assertCanEditBank` first. Returns the new question ids, in the drafts' order.
 */
export async function createQuestions(
  _ctx: AppContext,
  tx: Executor,
  input: { bankId: string; drafts: readonly QuestionDraft[]; actorId: string | null; ip?: string | null },
): Promise<string[]> {
  const bank = await loadBank(tx, input.bankId);
  if (input.drafts.length === 0) return [];
  const { prepared, problems } = await checkDrafts(tx, input.drafts);
  if (problems.length > 0) throw draftsError(problems, 'QUESTION_DRAFTS_INVALID', (i, field) => `drafts.${i}.${field}`);
  const ids = await insertQuestions(tx, input.bankId, prepared, input.actorId);
  await recordAudit(tx, {
    event: 'question.bulk_created',
    actorUserId: input.actorId,
    orgId: bank.orgId,
    ip: input.ip ?? null,
    details: { bankId: bank.id, bank: bank.name, count: ids.length },
  });
  return ids;
}
