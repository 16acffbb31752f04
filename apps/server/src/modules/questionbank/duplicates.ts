import type { QuestionStatus, QuestionType } from '@crossskill/contracts';
import { and, eq, ne } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { AuthContext } from '../../platform/http/index.js';
import { assertCanReadBank } from './bank-access.js';
import { findDuplicatePairs } from './fingerprint.js';
import { questionRevisions, questions } from './questionbank.tables.js';
import { htmlToText } from './sanitize.js';

const MAX_PAIRS = 500;

interface Side {
  id: string;
  status: QuestionStatus;
  type: QuestionType;
  stemText: string;
}

/** Near-duplicate stems within a bank (current revisions; retired items only when asked), most similar first. */
export async function bankDuplicates(
  ctx: AppContext,
  auth: AuthContext,
  bankId: string,
  opts: { threshold: number; includeRetired: boolean },
): Promise<{ threshold: number; pairs: { a: Side; b: Side; similarity: number }[]; truncated: boolean }> {
  await assertCanReadBank(ctx, auth, bankId);
  const rows = await ctx.db
    .select({
      id: questions.id,
      status: questions.status,
      type: questions.type,
      stem: questionRevisions.stemHtml,
      fingerprint: questionRevisions.stemFingerprint,
    })
    .from(questions)
    .innerJoin(questionRevisions, eq(questionRevisions.id, questions.currentRevisionId))
    .where(and(eq(questions.bankId, bankId), opts.includeRetired ? undefined : ne(questions.status, 'retired')));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const pairs = findDuplicatePairs(rows, opts.threshold);
  const side = (id: string): Side => {
    const r = byId.get(id)!;
    return { id, status: r.status, type: r.type, stemText: htmlToText(r.stem).slice(0, 200) };
  };
  return {
    threshold: opts.threshold,
    pairs: pairs.slice(0, MAX_PAIRS).map((p) => ({ a: side(p.a), b: side(p.b), similarity: p.similarity })),
    truncated: pairs.length > MAX_PAIRS,
  };
}
