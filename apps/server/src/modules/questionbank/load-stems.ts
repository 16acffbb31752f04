import { eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { ExistingStem } from './fingerprint.js';
import { questionRevisions, questions } from './questionbank.tables.js';

/** The current stems of a bank with their stored fingerprints — `existing` for `findNearDuplicates`. */
export async function loadBankStems(ctx: AppContext, bankId: string): Promise<ExistingStem[]> {
  const rows = await ctx.db
    .select({ id: questions.id, stem: questionRevisions.stemHtml, fingerprint: questionRevisions.stemFingerprint })
    .from(questions)
    .innerJoin(questionRevisions, eq(questionRevisions.id, questions.currentRevisionId))
    .where(eq(questions.bankId, bankId));
  return rows;
}
