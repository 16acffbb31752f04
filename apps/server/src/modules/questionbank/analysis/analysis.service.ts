import crypto from 'node:crypto';
import type { Answer, QuestionType } from '@crossskill/contracts';
import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { AppError, type AuthContext } from '../../../platform/http/index.js';
import { assertCanReadBank, htmlToText, questionRevisions, questions } from '../index.js';
import { itemAnalysisResults, itemResponses } from './analysis.tables.js';
import { type SimItem, type SimResponses, simulateResponses } from './simulate.js';
import { emptyAggregate, finishItem, type ItemAggregate, type ItemKey, type ItemStats, maskOf } from './stats.js';

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** What the statistics need of an item revision: its options and key. */
export function keyOf(type: QuestionType, optionCount: number, answer: Answer): ItemKey {
  if (answer.type === 'single') return { optionCount, keyMask: maskOf([answer.key]) };
  if (answer.type === 'multiple') return { optionCount, keyMask: maskOf(answer.keys) };
  void type;
  return { optionCount: 0, keyMask: 0 };
}

interface AggregateRow {
  revision_id: string;
  question_id: string;
  n: number;
  sx: number;
  sxx: number;
  st: number;
  stt: number;
  sxt: number;
  mx: number;
  un: number;
  us: number;
  ln: number;
  ls: number;
  [k: `c${number}` | `u${number}`]: number;
}

const OPTION_BITS = [0, 1, 2, 3, 4, 5, 6, 7];

/**
 * The sufficient statistics of every item of an exam in one query: candidate totals, their ranking into the
 * upper and lower 27 %, then one GROUP BY over the responses joined to the totals. Nothing per response
 * leaves the database.
 */
export async function aggregateExam(exec: Executor, examKey: string) {
  const counts = OPTION_BITS.map((b) =>
    sql.raw(`count(*) filter (where x.choice_mask & ${1 << b} <> 0)::int as c${b}`),
  );
  const upper = OPTION_BITS.map((b) =>
    sql.raw(`count(*) filter (where x.choice_mask & ${1 << b} <> 0 and g.grp = 1)::int as u${b}`),
  );
  const result = await exec.execute(sql`
    with totals as (
      select candidate_key, sum(score) as total
      from item_responses where exam_key = ${examKey}
      group by candidate_key
    ), ranked as (
      select candidate_key, total,
        row_number() over (order by total desc, candidate_key collate "C") as rn,
        count(*) over () as c
      from totals
    ), g as (
      select candidate_key, total,
        case
          when c < 2 then 0
          when rn <= greatest(1, round(c * 0.27)) then 1
          when rn > c - greatest(1, round(c * 0.27)) then -1
          else 0
        end as grp
      from ranked
    )
    select x.revision_id::text as revision_id, min(x.question_id::text) as question_id, count(*)::int as n,
      sum(x.score)::float8 as sx, sum(x.score * x.score)::float8 as sxx,
      sum(g.total)::float8 as st, sum(g.total * g.total)::float8 as stt, sum(x.score * g.total)::float8 as sxt,
      max(x.max_score)::float8 as mx,
      count(*) filter (where g.grp = 1)::int as un, coalesce(sum(x.score) filter (where g.grp = 1), 0)::float8 as us,
      count(*) filter (where g.grp = -1)::int as ln, coalesce(sum(x.score) filter (where g.grp = -1), 0)::float8 as ls,
      ${sql.join(counts, sql`, `)}, ${sql.join(upper, sql`, `)}
    from item_responses x join g on g.candidate_key = x.candidate_key
    where x.exam_key = ${examKey}
    group by x.revision_id
  `);
  const rows = rowsOf<AggregateRow>(result);
  const [meta] = rowsOf<{ candidates: number; responses: number }>(
    await exec.execute(
      sql`select count(distinct candidate_key)::int as candidates, count(*)::int as responses from item_responses where exam_key = ${examKey}`,
    ),
  );
  const aggregates = new Map<string, { questionId: string; aggregate: ItemAggregate }>();
  for (const r of rows) {
    const num = (v: unknown) => Number(v ?? 0);
    aggregates.set(r.revision_id, {
      questionId: r.question_id,
      aggregate: {
        ...emptyAggregate(),
        n: num(r.n),
        sumX: num(r.sx),
        sumXX: num(r.sxx),
        sumT: num(r.st),
        sumTT: num(r.stt),
        sumXT: num(r.sxt),
        maxScore: num(r.mx),
        upperN: num(r.un),
        upperSumX: num(r.us),
        lowerN: num(r.ln),
        lowerSumX: num(r.ls),
        chosen: OPTION_BITS.map((b) => num(r[`c${b}`])),
        chosenUpper: OPTION_BITS.map((b) => num(r[`u${b}`])),
      },
    });
  }
  return { aggregates, candidates: meta?.candidates ?? 0, responses: meta?.responses ?? 0 };
}

export interface AnalysisSummary {
  examKey: string;
  candidates: number;
  responses: number;
  items: number;
  flagged: number;
}

/** Computes and stores the statistics of every item of an exam (replacing an earlier run's). */
export async function runItemAnalysis(
  ctx: AppContext,
  examKey: string,
  progress: (done: number, total?: number) => Promise<void> = async () => {},
): Promise<AnalysisSummary> {
  await progress(0, 3);
  const { aggregates, candidates, responses } = await aggregateExam(ctx.db, examKey);
  if (aggregates.size === 0) throw new AppError('ITEM_ANALYSIS_NO_RESPONSES');
  await progress(1);
  const revisionIds = [...aggregates.keys()];
  const revs = await ctx.db
    .select({
      id: questionRevisions.id,
      type: questionRevisions.type,
      options: questionRevisions.options,
      answer: questionRevisions.answer,
    })
    .from(questionRevisions)
    .where(inArray(questionRevisions.id, revisionIds));
  const results: { revisionId: string; questionId: string; stats: ItemStats }[] = [];
  for (const rev of revs) {
    const a = aggregates.get(rev.id)!;
    const stats = finishItem(a.aggregate, keyOf(rev.type, rev.options.length, rev.answer));
    results.push({ revisionId: rev.id, questionId: a.questionId, stats });
  }
  await progress(2);
  const now = new Date();
  await ctx.db.transaction(async (tx) => {
    await tx.delete(itemAnalysisResults).where(eq(itemAnalysisResults.examKey, examKey));
    for (let i = 0; i < results.length; i += 1000) {
      await tx.insert(itemAnalysisResults).values(
        results.slice(i, i + 1000).map((r) => ({
          examKey,
          questionId: r.questionId,
          revisionId: r.revisionId,
          n: r.stats.n,
          facility: r.stats.facility,
          pointBiserial: r.stats.pointBiserial,
          upperLower27: r.stats.upperLower27,
          distractors: r.stats.distractors,
          flags: r.stats.flags,
          computedAt: now,
        })),
      );
    }
  });
  await progress(3);
  return {
    examKey,
    candidates,
    responses,
    items: results.length,
    flagged: results.filter((r) => r.stats.flags.length > 0).length,
  };
}

/** The banks an exam's items come from; the caller must be able to read each. 404 when the exam has no data. */
async function assertCanReadExam(ctx: AppContext, auth: AuthContext, examKey: string, table: 'responses' | 'results') {
  const source = table === 'responses' ? itemResponses : itemAnalysisResults;
  const banks = await ctx.db
    .selectDistinct({ bankId: questions.bankId })
    .from(source)
    .innerJoin(questions, eq(questions.id, source.questionId))
    .where(eq(source.examKey, examKey));
  if (banks.length === 0) {
    throw new AppError(table === 'responses' ? 'ITEM_ANALYSIS_NO_RESPONSES' : 'ITEM_ANALYSIS_NOT_FOUND');
  }
  for (const b of banks) await assertCanReadBank(ctx, auth, b.bankId);
}

export const assertCanAnalyseExam = (ctx: AppContext, auth: AuthContext, examKey: string) =>
  assertCanReadExam(ctx, auth, examKey, 'responses');

export interface ItemAnalysisRow {
  questionId: string;
  revisionId: string;
  type: QuestionType;
  stemExcerpt: string;
  n: number;
  facility: number | null;
  pointBiserial: number | null;
  upperLower27: number | null;
  distractors: Record<string, number> | null;
  key: string[] | null;
  flags: string[];
  computedAt: string;
}

const excerpt = (html: string) => {
  const text = htmlToText(html).replace(/\s+/g, ' ').trim();
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
};

const keyLetters = (answer: Answer) =>
  answer.type === 'single' ? [answer.key] : answer.type === 'multiple' ? [...answer.keys] : null;

/** The stored results of an exam, flagged items first. */
export async function examResults(ctx: AppContext, auth: AuthContext, examKey: string) {
  await assertCanReadExam(ctx, auth, examKey, 'results');
  const rows = await ctx.db
    .select({
      res: itemAnalysisResults,
      stem: questionRevisions.stemHtml,
      type: questionRevisions.type,
      answer: questionRevisions.answer,
    })
    .from(itemAnalysisResults)
    .innerJoin(questionRevisions, eq(questionRevisions.id, itemAnalysisResults.revisionId))
    .where(eq(itemAnalysisResults.examKey, examKey));
  const items: ItemAnalysisRow[] = rows.map(({ res, stem, type, answer }) => ({
    questionId: res.questionId,
    revisionId: res.revisionId,
    type,
    stemExcerpt: excerpt(stem),
    n: res.n,
    facility: res.facility,
    pointBiserial: res.pointBiserial,
    upperLower27: res.upperLower27,
    distractors: res.distractors,
    key: keyLetters(answer),
    flags: res.flags,
    computedAt: res.computedAt.toISOString(),
  }));
  items.sort((a, b) => b.flags.length - a.flags.length || (a.pointBiserial ?? 0) - (b.pointBiserial ?? 0));
  return { examKey, items };
}

/** One question's results across exams, newest first. */
export async function questionHistory(ctx: AppContext, auth: AuthContext, questionId: string) {
  const [q] = await ctx.db.select({ bankId: questions.bankId }).from(questions).where(eq(questions.id, questionId));
  if (!q) throw new AppError('QUESTION_NOT_FOUND');
  await assertCanReadBank(ctx, auth, q.bankId);
  const rows = await ctx.db
    .select({ res: itemAnalysisResults, revision: questionRevisions.revision })
    .from(itemAnalysisResults)
    .innerJoin(questionRevisions, eq(questionRevisions.id, itemAnalysisResults.revisionId))
    .where(eq(itemAnalysisResults.questionId, questionId))
    .orderBy(desc(itemAnalysisResults.computedAt));
  return {
    questionId,
    runs: rows.map(({ res, revision }) => ({
      examKey: res.examKey,
      revisionId: res.revisionId,
      revision,
      n: res.n,
      facility: res.facility,
      pointBiserial: res.pointBiserial,
      upperLower27: res.upperLower27,
      distractors: res.distractors,
      flags: res.flags,
      computedAt: res.computedAt.toISOString(),
    })),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Responses: storing them (simulations now; the exam module later)

export interface ExamItem {
  questionId: string;
  revisionId: string;
  sim: SimItem;
}

/** The items of a bank for a simulation: its current revisions, retired ones left out. */
export async function bankExamItems(exec: Executor, bankId: string): Promise<ExamItem[]> {
  const rows = await exec
    .select({
      questionId: questions.id,
      revisionId: questionRevisions.id,
      type: questionRevisions.type,
      options: questionRevisions.options,
      answer: questionRevisions.answer,
      points: questionRevisions.points,
      difficulty: questionRevisions.difficulty,
    })
    .from(questions)
    .innerJoin(questionRevisions, eq(questionRevisions.id, questions.currentRevisionId))
    .where(and(eq(questions.bankId, bankId), ne(questions.status, 'retired')))
    .orderBy(questions.createdAt, questions.id);
  return rows.map((r) => ({
    questionId: r.questionId,
    revisionId: r.revisionId,
    sim: {
      type: r.type,
      optionCount: r.options.length,
      keyMask:
        r.answer.type === 'true_false' ? (r.answer.value ? 1 : 0) : keyOf(r.type, r.options.length, r.answer).keyMask,
      points: Number(r.points),
      difficulty: r.difficulty,
      blanks: r.answer.type === 'fill_blank' ? r.answer.blanks.length : 1,
    },
  }));
}

/** Candidate keys of a simulation: 'c00001' … (sortable, so ties rank the same in SQL and in memory). */
export const simCandidateKey = (i: number) => `c${String(i + 1).padStart(6, '0')}`;

/**
 * Writes simulated responses in chunks (one statement per chunk, rows passed as one JSON parameter so the
 * statement has three parameters whatever the chunk size).
 */
export async function insertResponses(
  exec: Executor,
  examKey: string,
  items: readonly ExamItem[],
  sim: SimResponses,
  opts: { chunk?: number; onChunk?: (done: number) => Promise<void> } = {},
): Promise<void> {
  const chunk = opts.chunk ?? 20_000;
  for (let start = 0; start < sim.length; start += chunk) {
    const end = Math.min(sim.length, start + chunk);
    const parts: string[] = [];
    for (let i = start; i < end; i++) {
      const it = items[sim.item[i]!]!;
      const mask = it.sim.optionCount > 0 ? sim.choiceMask[i]! : null;
      parts.push(
        `{"c":"${simCandidateKey(sim.candidate[i]!)}","q":"${it.questionId}","r":"${it.revisionId}","p":${sim.responseJson(i)},"m":${mask},"s":${sim.score[i]},"x":${it.sim.points}}`,
      );
    }
    await exec.execute(sql`
      insert into item_responses (exam_key, candidate_key, question_id, revision_id, response, choice_mask, score, max_score)
      select ${examKey}, j.c, j.q, j.r, j.p, j.m, j.s, j.x
      from jsonb_to_recordset(${`[${parts.join(',')}]`}::jsonb)
        as j(c text, q uuid, r uuid, p jsonb, m smallint, s float8, x float8)
    `);
    await opts.onChunk?.(end);
  }
}

export interface SimulationInput {
  bankId: string;
  candidates: number;
  seed: number;
}

export const newSimulationKey = () => `sim-${crypto.randomUUID()}`;

/** Generates and stores a simulated exam of a bank's items. */
export async function simulateExam(
  ctx: AppContext,
  examKey: string,
  input: SimulationInput,
  progress: (done: number, total?: number) => Promise<void> = async () => {},
): Promise<{ items: number; responses: number }> {
  const items = await bankExamItems(ctx.db, input.bankId);
  if (items.length === 0) throw new AppError('ITEM_ANALYSIS_BANK_EMPTY');
  const sim = simulateResponses(
    items.map((i) => i.sim),
    input.candidates,
    input.seed,
  );
  await progress(0, sim.length);
  await ctx.db.transaction(async (tx) => {
    await insertResponses(tx, examKey, items, sim, { onChunk: (done) => progress(done) });
  });
  return { items: items.length, responses: sim.length };
}
