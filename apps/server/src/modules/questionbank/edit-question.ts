import type { Question, QuestionDraft, UpdateQuestion } from '@crossskill/contracts';
import type { AppContext } from '../../platform/context.js';
import { AppError, type AuthContext } from '../../platform/http/index.js';
import { assertCanEditBank } from './bank-access.js';
import { checkDrafts, draftsError } from './drafts.js';
import { draftOf, isTagged, toQuestion } from './mapping.js';
import { loadQuestion, saveContent } from './revisions.js';

/**
 * PATCH /api/questions/:questionId — the given fields over the current revision, validated whole.
 * Draft/in-review: the revision changes in place. Active/retired: a new revision (the old one stays).
 */
export async function editQuestion(
  ctx: AppContext,
  auth: AuthContext,
  questionId: string,
  changes: UpdateQuestion,
): Promise<Question> {
  return ctx.db.transaction(async (tx) => {
    const row = await loadQuestion(tx, questionId, true);
    if (!row) throw new AppError('QUESTION_NOT_FOUND');
    await assertCanEditBank(ctx, auth, row.q.bankId, tx);
    const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    const merged: QuestionDraft = { ...draftOf(row.r), ...set };
    const { prepared, problems } = await checkDrafts(tx, [merged]);
    if (problems.length > 0) throw draftsError(problems, 'QUESTION_INVALID', (_i, field) => `body.${field}`);
    if (row.q.status === 'active' && !isTagged(prepared[0]!.draft.tags)) throw new AppError('QUESTION_NOT_TAGGED');
    const saved = await saveContent(tx, row.q, row.r, prepared[0]!, auth.userId);
    return toQuestion(saved.question, saved.revision);
  });
}
