import type { Question, QuestionStatus, QuestionType } from '@crossskill/contracts';
import { and, arrayContains, count, desc, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { AuthContext } from '../../platform/http/index.js';
import { assertCanReadBank } from './bank-access.js';
import { toQuestion } from './mapping.js';
import { questionRevisions, questions } from './questionbank.tables.js';
import { normalizeQuery, queryTokens } from './text.js';

export interface QuestionFilter {
  q?: string | undefined;
  type?: QuestionType | undefined;
  status?: QuestionStatus | undefined;
  difficulty?: number | undefined;
  level?: number | undefined;
  workType?: '网商' | '跨境电子商务师' | undefined;
  functionId?: string | undefined;
  contentId?: string | undefined;
  knowledgeId?: string | undefined;
  untagged?: 'true' | 'false' | undefined;
  page: number;
  pageSize: number;
}

/**
 * The conditions of a search. Text: every word of the normalised query must occur in the item's search
 * text; the token index (CJK bigrams, Latin trigrams, `@>` on a GIN index) narrows the rows, strpos verifies.
 */
export function filterConditions(
  bankId: string,
  f: Omit<QuestionFilter, 'page' | 'pageSize'>,
  opts: { tokenIndex?: boolean } = {},
): SQL {
  const conds: SQL[] = [eq(questions.bankId, bankId)];
  const terms = f.q ? normalizeQuery(f.q).split(' ').filter(Boolean) : [];
  const tokens = [...new Set(terms.flatMap(queryTokens))];
  if (tokens.length > 0 && opts.tokenIndex !== false) conds.push(arrayContains(questions.searchTokens, tokens));
  for (const term of terms) conds.push(sql`strpos(${questions.searchText}, ${term}) > 0`);
  if (f.type) conds.push(eq(questions.type, f.type));
  if (f.status) conds.push(eq(questions.status, f.status));
  if (f.difficulty) conds.push(eq(questions.difficulty, f.difficulty));
  if (f.level) conds.push(eq(questions.level, f.level));
  // Items common to both work types (null) belong to either.
  if (f.workType) conds.push(or(eq(questions.workType, f.workType), isNull(questions.workType))!);
  if (f.functionId) conds.push(eq(questions.functionId, f.functionId));
  if (f.contentId) conds.push(eq(questions.contentId, f.contentId));
  if (f.knowledgeId) conds.push(eq(questions.knowledgeId, f.knowledgeId));
  if (f.untagged === 'true') conds.push(isNull(questions.functionId), isNull(questions.basicItem));
  if (f.untagged === 'false')
    conds.push(or(sql`${questions.functionId} is not null`, sql`${questions.basicItem} is not null`)!);
  return and(...conds)!;
}

/**
 * The total is counted up to this many matches (beyond: `totalCapped`, shown as "1,000+"). Counting every
 * match of a common term — half of a 100,000-item bank — costs far more than the page (≈ 0.3 s on PGlite);
 * even counting to 10,000 did not fit a 100 ms budget there.
 */
export const TOTAL_CAP = 1_000;

export async function searchQuestions(
  ctx: AppContext,
  auth: AuthContext,
  bankId: string,
  f: QuestionFilter,
): Promise<{ items: Question[]; total: number; totalCapped: boolean }> {
  await assertCanReadBank(ctx, auth, bankId);
  const where = filterConditions(bankId, f);
  const [counted] = await ctx.db.select({ n: count() }).from(
    ctx.db
      .select({ one: sql`1` })
      .from(questions)
      .where(where)
      .limit(TOTAL_CAP + 1)
      .as('matches'),
  );
  const n = counted?.n ?? 0;
  // More than TOTAL_CAP matches (1 % of a 100,000-item bank): the page is read by walking the bank in list
  // order (questions_bank_updated_idx) and verifying each item with strpos, a page of 20 within a few
  // thousand rows at most — not through the token index, which for a common term yields tens of thousands of
  // rows to fetch and sort. The planner cannot tell by itself: it takes the n-grams of one word for
  // independent and underestimates such terms by 100×.
  const rows =
    n === 0
      ? []
      : await ctx.db
          .select({ q: questions, r: questionRevisions })
          .from(questions)
          .innerJoin(questionRevisions, eq(questionRevisions.id, questions.currentRevisionId))
          .where(n > TOTAL_CAP ? filterConditions(bankId, f, { tokenIndex: false }) : where)
          .orderBy(desc(questions.updatedAt), desc(questions.id))
          .limit(f.pageSize)
          .offset((f.page - 1) * f.pageSize);
  return { items: rows.map(({ q, r }) => toQuestion(q, r)), total: Math.min(n, TOTAL_CAP), totalCapped: n > TOTAL_CAP };
}
