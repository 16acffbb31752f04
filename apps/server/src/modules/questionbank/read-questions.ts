import type { Question, QuestionRevision } from '@crossskill/contracts';
import { asc, desc, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { AppError, type AuthContext } from '../../platform/http/index.js';
import { users } from '../identity/index.js';
import { assertCanReadBank, type BankRow, loadBank } from './bank-access.js';
import { toQuestion, toRevision } from './mapping.js';
import { questionRevisions, questions } from './questionbank.tables.js';
import { loadQuestion } from './revisions.js';

export async function getQuestion(ctx: AppContext, auth: AuthContext, questionId: string): Promise<Question> {
  const row = await loadQuestion(ctx.db, questionId);
  if (!row) throw new AppError('QUESTION_NOT_FOUND');
  await assertCanReadBank(ctx, auth, row.q.bankId);
  return toQuestion(row.q, row.r);
}

export async function listRevisions(
  ctx: AppContext,
  auth: AuthContext,
  questionId: string,
): Promise<QuestionRevision[]> {
  const [q] = await ctx.db.select().from(questions).where(eq(questions.id, questionId));
  if (!q) throw new AppError('QUESTION_NOT_FOUND');
  await assertCanReadBank(ctx, auth, q.bankId);
  const rows = await ctx.db
    .select({ r: questionRevisions, author: users.name })
    .from(questionRevisions)
    .leftJoin(users, eq(users.id, questionRevisions.createdBy))
    .where(eq(questionRevisions.questionId, questionId))
    .orderBy(desc(questionRevisions.revision));
  return rows.map(({ r, author }) => toRevision(r, q.bankId, q.currentRevisionId, author));
}

/** One revision by id — what an exam kept — even when the item has moved on. */
export async function getRevision(ctx: AppContext, auth: AuthContext, revisionId: string): Promise<QuestionRevision> {
  const [row] = await ctx.db
    .select({
      r: questionRevisions,
      bankId: questions.bankId,
      currentRevisionId: questions.currentRevisionId,
      author: users.name,
    })
    .from(questionRevisions)
    .innerJoin(questions, eq(questions.id, questionRevisions.questionId))
    .leftJoin(users, eq(users.id, questionRevisions.createdBy))
    .where(eq(questionRevisions.id, revisionId));
  if (!row) throw new AppError('QUESTION_REVISION_NOT_FOUND');
  await assertCanReadBank(ctx, auth, row.bankId);
  return toRevision(row.r, row.bankId, row.currentRevisionId, row.author);
}

/**
 * Every item of a bank at its current revision, oldest first (for exporters). No access check: call
 * `assertCanReadBank` first.
 */
export async function loadBankForExport(
  ctx: AppContext,
  bankId: string,
): Promise<{ bank: BankRow; questions: Question[] }> {
  const bank = await loadBank(ctx.db, bankId);
  const rows = await ctx.db
    .select({ q: questions, r: questionRevisions })
    .from(questions)
    .innerJoin(questionRevisions, eq(questionRevisions.id, questions.currentRevisionId))
    .where(eq(questions.bankId, bankId))
    .orderBy(asc(questions.createdAt), asc(questions.id));
  return { bank, questions: rows.map(({ q, r }) => toQuestion(q, r)) };
}
