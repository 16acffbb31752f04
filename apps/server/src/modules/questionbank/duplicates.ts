import type { QuestionStatus, QuestionType } from '@crossskill/contracts';
import { and, asc, eq, gt, inArray, ne } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { AuthContext } from '../../platform/http/index.js';
import { assertCanReadBank } from './bank-access.js';
import {
  type DuplicateLimits,
  SIGNATURE_SIZE,
  signatureCandidates,
  stemShingles,
  verifyCandidates,
} from './fingerprint.js';
import { questionRevisions, questions } from './questionbank.tables.js';
import { htmlToText } from './sanitize.js';

const MAX_PAIRS = 500;
/** Rows read per query (signatures), and ids per query when loading the stems of candidates. */
const PAGE = 10_000;
const STEM_BATCH = 1_000;

interface Side {
  id: string;
  status: QuestionStatus;
  type: QuestionType;
  stemText: string;
}

/**
 * Near-duplicate stems within a bank (current revisions; retired items only when asked), most similar first.
 * Scales with the bank: the stored fingerprints are read page by page into one packed Int32Array (no stems),
 * LSH finds candidate pairs (boilerplate buckets split, candidates capped), the signature estimate drops the
 * clearly dissimilar, and only the stems of the remaining candidates are loaded for the exact similarity.
 * `truncated`: more than 500 pairs, or the candidate cap was reached.
 */
export async function bankDuplicates(
  ctx: AppContext,
  auth: AuthContext,
  bankId: string,
  opts: { threshold: number; includeRetired: boolean } & DuplicateLimits,
): Promise<{ threshold: number; pairs: { a: Side; b: Side; similarity: number }[]; truncated: boolean }> {
  await assertCanReadBank(ctx, auth, bankId);
  const ids: string[] = [];
  let sigs = new Int32Array(PAGE * SIGNATURE_SIZE);
  for (let after: string | null = null; ; ) {
    const page = await ctx.db
      .select({ id: questions.id, fingerprint: questionRevisions.stemFingerprint })
      .from(questions)
      .innerJoin(questionRevisions, eq(questionRevisions.id, questions.currentRevisionId))
      .where(
        and(
          eq(questions.bankId, bankId),
          opts.includeRetired ? undefined : ne(questions.status, 'retired'),
          after ? gt(questions.id, after) : undefined,
        ),
      )
      .orderBy(asc(questions.id))
      .limit(PAGE);
    for (const row of page) {
      // A signature of another size (never written today) is skipped rather than trusted.
      if (row.fingerprint.length !== SIGNATURE_SIZE) continue;
      if ((ids.length + 1) * SIGNATURE_SIZE > sigs.length) {
        const grown = new Int32Array(sigs.length * 2);
        grown.set(sigs);
        sigs = grown;
      }
      sigs.set(row.fingerprint, ids.length * SIGNATURE_SIZE);
      ids.push(row.id);
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1]!.id;
  }
  sigs = sigs.subarray(0, ids.length * SIGNATURE_SIZE);

  // Candidates first (signatures only), then the stems of the items they involve.
  const { candidates, stats } = signatureCandidates(sigs, opts.threshold, () => true, opts);
  const involved = [...new Set(candidates)];
  const loaded = new Map<number, { status: QuestionStatus; type: QuestionType; stem: string; shingles: Set<string> }>();
  for (let k = 0; k < involved.length; k += STEM_BATCH) {
    const batch = involved.slice(k, k + STEM_BATCH);
    const indexOf = new Map(batch.map((i) => [ids[i]!, i]));
    const rows = await ctx.db
      .select({ id: questions.id, status: questions.status, type: questions.type, stem: questionRevisions.stemHtml })
      .from(questions)
      .innerJoin(questionRevisions, eq(questionRevisions.id, questions.currentRevisionId))
      .where(inArray(questions.id, [...indexOf.keys()]));
    for (const r of rows) loaded.set(indexOf.get(r.id)!, { ...r, shingles: stemShingles(r.stem) });
  }
  // An item deleted meanwhile has no shingles: it matches nothing.
  const none = new Set<string>();
  const pairs = verifyCandidates(candidates, opts.threshold, (i) => loaded.get(i)?.shingles ?? none).filter(
    (p) => loaded.has(p.i) && loaded.has(p.j),
  );
  const side = (i: number): Side => {
    const r = loaded.get(i)!;
    return { id: ids[i]!, status: r.status, type: r.type, stemText: htmlToText(r.stem).slice(0, 200) };
  };
  return {
    threshold: opts.threshold,
    pairs: pairs.slice(0, MAX_PAIRS).map((p) => ({ a: side(p.i), b: side(p.j), similarity: p.similarity })),
    truncated: pairs.length > MAX_PAIRS || stats.capped,
  };
}
