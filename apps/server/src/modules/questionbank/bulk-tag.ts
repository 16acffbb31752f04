import type { QuestionTags } from '@crossskill/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { AppError, type AuthContext } from '../../platform/http/index.js';
import { recordAudit } from '../audit/index.js';
import { assertCanEditBank } from './bank-access.js';
import { checkDrafts, draftsError, TagChecker } from './drafts.js';
import { draftOf } from './mapping.js';
import { questionRevisions, questions } from './questionbank.tables.js';
import { saveContent } from './revisions.js';

/**
 * Sets the same tags on many items of a bank, all or nothing: every id must be in the bank and the tags
 * valid. Draft and in-review items change in place; active and retired items get a new revision.
 */
export async function bulkTag(
  ctx: AppContext,
  auth: AuthContext,
  bankId: string,
  input: { questionIds: string[]; tags: QuestionTags },
  ip: string,
): Promise<{ updated: number; newRevisions: number }> {
  return ctx.db.transaction(async (tx) => {
    const bank = await assertCanEditBank(ctx, auth, bankId, tx);
    const ids = [...new Set(input.questionIds)];
    const checker = new TagChecker(tx);
    await checker.load([input.tags.standardVersionId]);
    const tagProblems = checker.check(input.tags);
    if (tagProblems.length > 0) {
      throw new AppError('VALIDATION_FAILED', {
        details: tagProblems.map(([field, code]) => ({ field: `body.${field}`, code, message: code })),
      });
    }
    const rows = await tx
      .select({ q: questions, r: questionRevisions })
      .from(questions)
      .innerJoin(questionRevisions, eq(questionRevisions.id, questions.currentRevisionId))
      .where(and(eq(questions.bankId, bankId), inArray(questions.id, ids)))
      .orderBy(questions.id)
      .for('update', { of: questions });
    if (rows.length !== ids.length) {
      const found = new Set(rows.map((r) => r.q.id));
      const missing = ids.filter((id) => !found.has(id));
      throw new AppError('QUESTION_IDS_NOT_IN_BANK', {
        params: { count: missing.length },
        details: missing.map((id) => ({ field: 'body.questionIds', code: 'QUESTION_NOT_IN_BANK', message: id })),
      });
    }
    const drafts = rows.map(({ r }) => ({ ...draftOf(r), tags: input.tags }));
    const { prepared, problems } = await checkDrafts(tx, drafts, checker);
    if (problems.length > 0) {
      throw draftsError(problems, 'QUESTION_DRAFTS_INVALID', (i, field) => `questions.${rows[i]!.q.id}.${field}`);
    }
    let newRevisions = 0;
    for (const [i, { q, r }] of rows.entries()) {
      const saved = await saveContent(tx, q, r, prepared[i]!, auth.userId);
      if (saved.newRevision) newRevisions += 1;
    }
    await recordAudit(tx, {
      event: 'question.bulk_tagged',
      actorUserId: auth.userId,
      orgId: bank.orgId,
      ip,
      details: { bankId, count: rows.length, newRevisions, tags: input.tags },
    });
    return { updated: rows.length, newRevisions };
  });
}
