import { type CandidateResponse, type ExamPaperEntry, OBJECTIVE_TYPES, type QuestionType } from '@crossskill/contracts';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { enqueueJob } from '../../../platform/jobs/index.js';
import { ITEM_ANALYSIS_JOB, itemResponses } from '../../questionbank/analysis/index.js';
import { bankKey } from '../assembly/index.js';
import { examAnswers, examAttempts, examPlanMarkers, examPlans, markingAssignments } from '../exams.tables.js';
import { decideDoubleMark, decideThirdMark, pickMarkers, resultTotals } from './arithmetic.js';

/**
 * The marking engine, always inside the caller's transaction (`tx`, never `ctx.db`: PGlite has one connection).
 *
 * - `onAttemptSubmitted(tx, attemptId)` — runtime's closeAttempt calls it after writing the answers with the
 *   objective scores. No subjective item (or only blank ones, which score 0) → the result is final now;
 *   otherwise slots 1 and 2 of every answered subjective item go to two different markers of the plan
 *   (least open work, ties by a stable hash) and the result is 'marking'. With fewer than 2 markers the
 *   attempt waits in 'marking' without tasks (the plan's marking page shows TOO_FEW_MARKERS) until
 *   `distributeMarking` runs (POST …/marking/distribute, or the plans module after changing markers).
 * - `resolveItem` after every mark: both blind marks in → within the threshold the mean, beyond it a slot-3
 *   task for a third marker (different from both) whose mark is final (第三评定分).
 * - `finaliseAttempt` once every item has a score: totals, pass, item_responses for item analysis (exam key
 *   `session:<sessionId>`), and the item-analysis job once per session when nothing more can come.
 */

export const isSubjective = (type: QuestionType) => !OBJECTIVE_TYPES.includes(type);

/** The item-analysis exam key of a session's responses. */
export const examKeyOfSession = (sessionId: string) => `session:${sessionId}`;

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

function isBlank(response: CandidateResponse | null | undefined): boolean {
  if (!response) return true;
  if ('text' in response) return response.text.trim() === '';
  if ('blanks' in response) return response.blanks.every((b) => b.trim() === '');
  if ('choices' in response) return response.choices.length === 0;
  return false;
}

/** Writes an item's score (the row normally exists: runtime writes one per position at close). */
async function setAnswerScore(tx: Executor, attemptId: string, position: number, score: number) {
  await tx
    .insert(examAnswers)
    .values({ attemptId, position, response: null, version: 0, score })
    .onConflictDoUpdate({ target: [examAnswers.attemptId, examAnswers.position], set: { score } });
}

async function planMarkers(tx: Executor, planId: string): Promise<string[]> {
  const rows = await tx
    .select({ userId: examPlanMarkers.userId })
    .from(examPlanMarkers)
    .where(eq(examPlanMarkers.planId, planId))
    .orderBy(examPlanMarkers.userId);
  return rows.map((r) => r.userId);
}

/** Open (unmarked) tasks per marker, over all plans. */
async function openWorkload(tx: Executor, markers: readonly string[]): Promise<Map<string, number>> {
  const open = new Map<string, number>();
  if (markers.length === 0) return open;
  const rows = await tx
    .select({ markerId: markingAssignments.markerId, n: sql<number>`count(*)::int` })
    .from(markingAssignments)
    .where(and(inArray(markingAssignments.markerId, [...markers]), isNull(markingAssignments.markedAt)))
    .groupBy(markingAssignments.markerId);
  for (const r of rows) open.set(r.markerId, Number(r.n));
  return open;
}

/**
 * Slots 1 and 2 for items without tasks. Returns the number of tasks created; 0 (and nothing written) with
 * fewer than 2 markers.
 */
async function assignDoubleMarking(
  tx: Executor,
  planId: string,
  items: readonly { attemptId: string; position: number }[],
): Promise<number> {
  if (items.length === 0) return 0;
  const markers = await planMarkers(tx, planId);
  if (markers.length < 2) return 0;
  const open = await openWorkload(tx, markers);
  const values: (typeof markingAssignments.$inferInsert)[] = [];
  for (const it of items) {
    const [m1, m2] = pickMarkers(markers, open, 2, `${it.attemptId}:${it.position}`);
    values.push({ attemptId: it.attemptId, position: it.position, slot: 1, markerId: m1! });
    values.push({ attemptId: it.attemptId, position: it.position, slot: 2, markerId: m2! });
  }
  let created = 0;
  for (let i = 0; i < values.length; i += 1000) {
    const rows = await tx
      .insert(markingAssignments)
      .values(values.slice(i, i + 1000))
      .onConflictDoNothing()
      .returning({ id: markingAssignments.id });
    created += rows.length;
  }
  return created;
}

/** A slot-3 task for a marker other than the first two; false when the plan has no such marker. */
async function assignThirdMarking(
  tx: Executor,
  planId: string,
  attemptId: string,
  position: number,
  exclude: readonly string[],
): Promise<boolean> {
  const markers = await planMarkers(tx, planId);
  const open = await openWorkload(tx, markers);
  const [m3] = pickMarkers(markers, open, 1, `${attemptId}:${position}:3`, exclude);
  if (!m3) return false;
  await tx.insert(markingAssignments).values({ attemptId, position, slot: 3, markerId: m3 }).onConflictDoNothing();
  return true;
}

/** Called by runtime's closeAttempt inside its transaction, after the answers (objective scores) are written. */
export async function onAttemptSubmitted(tx: Executor, attemptId: string): Promise<void> {
  const [a] = await tx
    .select({ planId: examAttempts.planId, paper: examAttempts.paper, resultStatus: examAttempts.resultStatus })
    .from(examAttempts)
    .where(eq(examAttempts.id, attemptId));
  if (!a || a.resultStatus === 'final') return;
  const subjective = a.paper.filter((p) => isSubjective(p.type));
  if (subjective.length === 0) {
    await finaliseAttempt(tx, attemptId);
    return;
  }
  const answers = await tx
    .select({ position: examAnswers.position, response: examAnswers.response, score: examAnswers.score })
    .from(examAnswers)
    .where(eq(examAnswers.attemptId, attemptId));
  const byPosition = new Map(answers.map((r) => [r.position, r]));
  const toMark: { attemptId: string; position: number }[] = [];
  for (const p of subjective) {
    const ans = byPosition.get(p.position);
    if (ans?.score !== null && ans?.score !== undefined) continue;
    // A blank answer scores 0 without marking.
    if (isBlank(ans?.response)) await setAnswerScore(tx, attemptId, p.position, 0);
    else toMark.push({ attemptId, position: p.position });
  }
  if (toMark.length === 0) {
    await finaliseAttempt(tx, attemptId);
    return;
  }
  await tx.update(examAttempts).set({ resultStatus: 'marking' }).where(eq(examAttempts.id, attemptId));
  await assignDoubleMarking(tx, a.planId, toMark);
}

/**
 * After a mark: decides the item when its marks allow it (mean of two within the threshold, else the third
 * mark), creates the slot-3 task when needed, and finalises the attempt once every item is scored.
 * The caller holds the item's assignment rows locked (FOR UPDATE, slot order).
 */
export async function resolveItem(tx: Executor, attemptId: string, position: number): Promise<void> {
  const [a] = await tx
    .select({ planId: examAttempts.planId, paper: examAttempts.paper, pct: examPlans.thirdMarkThresholdPct })
    .from(examAttempts)
    .innerJoin(examPlans, eq(examPlans.id, examAttempts.planId))
    .where(eq(examAttempts.id, attemptId));
  if (!a) return;
  const entry = a.paper.find((p) => p.position === position);
  if (!entry) return;
  const rows = await tx
    .select()
    .from(markingAssignments)
    .where(and(eq(markingAssignments.attemptId, attemptId), eq(markingAssignments.position, position)));
  const slot = (n: number) => rows.find((r) => r.slot === n);
  const [s1, s2, s3] = [slot(1), slot(2), slot(3)];
  let final: number | null = null;
  if (s3) {
    if (s3.markedAt && s3.score !== null) final = decideThirdMark(s3.score);
  } else if (s1?.markedAt && s2?.markedAt && s1.score !== null && s2.score !== null) {
    const d = decideDoubleMark(s1.score, s2.score, entry.points, a.pct);
    if (d.kind === 'final') final = d.score;
    else await assignThirdMarking(tx, a.planId, attemptId, position, [s1.markerId, s2.markerId]);
  }
  if (final === null) return;
  // Items of one attempt decided at once: the attempt row serialises them, so the last sees every score.
  await tx.select({ id: examAttempts.id }).from(examAttempts).where(eq(examAttempts.id, attemptId)).for('update');
  await setAnswerScore(tx, attemptId, position, final);
  await finaliseIfComplete(tx, attemptId, a.paper);
}

async function finaliseIfComplete(tx: Executor, attemptId: string, paper: ExamPaperEntry[]) {
  const positions = paper.filter((p) => isSubjective(p.type)).map((p) => p.position);
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(examAnswers)
    .where(
      and(
        eq(examAnswers.attemptId, attemptId),
        inArray(examAnswers.position, positions),
        sql`${examAnswers.score} is not null`,
      ),
    );
  if (Number(row?.n ?? 0) === positions.length) await finaliseAttempt(tx, attemptId);
}

/** Bit mask of the bank keys behind the letters a candidate chose (A = 1, B = 2, C = 4 …). */
export function choiceMaskOf(optionOrder: readonly string[], shown: readonly string[]): number {
  let mask = 0;
  for (const letter of shown) {
    const key = bankKey(optionOrder, letter);
    const bit = key ? key.charCodeAt(0) - 65 : -1;
    if (bit >= 0 && bit < 8) mask |= 1 << bit;
  }
  return mask;
}

/** The totals, pass, the item responses, and the session's item analysis when it is complete. */
export async function finaliseAttempt(tx: Executor, attemptId: string): Promise<void> {
  const [a] = await tx
    .select({
      sessionId: examAttempts.sessionId,
      paper: examAttempts.paper,
      passMark: examPlans.passMark,
      orgId: examPlans.orgId,
    })
    .from(examAttempts)
    .innerJoin(examPlans, eq(examPlans.id, examAttempts.planId))
    .where(eq(examAttempts.id, attemptId));
  if (!a) return;
  const answers = await tx
    .select({ position: examAnswers.position, response: examAnswers.response, score: examAnswers.score })
    .from(examAnswers)
    .where(eq(examAnswers.attemptId, attemptId));
  const byPosition = new Map(answers.map((r) => [r.position, r]));
  const totals = resultTotals(
    a.paper.map((p) => ({
      points: p.points,
      score: byPosition.get(p.position)?.score ?? null,
      subjective: isSubjective(p.type),
    })),
    a.passMark,
  );
  await tx
    .update(examAttempts)
    .set({
      objectiveScore: totals.objective,
      subjectiveScore: totals.subjective,
      totalScore: totals.total,
      passed: totals.passed,
      resultStatus: 'final',
    })
    .where(eq(examAttempts.id, attemptId));

  const examKey = examKeyOfSession(a.sessionId);
  const responses = a.paper.map((p) => {
    const ans = byPosition.get(p.position);
    let response: unknown = ans?.response ?? null;
    let choiceMask: number | null = null;
    if ((p.type === 'single' || p.type === 'multiple') && ans?.response && 'choices' in ans.response) {
      choiceMask = choiceMaskOf(p.optionOrder, ans.response.choices);
      // Stored in the bank's keys, like the analysis' key.
      response = { choices: ans.response.choices.map((c) => bankKey(p.optionOrder, c) ?? c) };
    } else if (p.type === 'single' || p.type === 'multiple') {
      choiceMask = 0;
    }
    return {
      examKey,
      candidateKey: attemptId,
      questionId: p.questionId,
      revisionId: p.revisionId,
      response,
      choiceMask,
      score: ans?.score ?? 0,
      maxScore: p.points,
    };
  });
  if (responses.length > 0) {
    await tx.insert(itemResponses).values(responses).onConflictDoNothing();
  }
  await maybeQueueItemAnalysis(tx, a.sessionId, a.orgId);
}

/**
 * Queues the item analysis of a session once nothing more can come: no attempt open, every submitted one
 * final, and the 'ready' ones (no-shows) past the entry window. At most once per session (an advisory
 * transaction lock serialises the check; the queued job is the record). Returns the job id when queued now.
 */
export async function maybeQueueItemAnalysis(
  tx: Executor,
  sessionId: string,
  orgId: string | null = null,
): Promise<string | null> {
  const busy = rowsOf<{ x: number }>(
    await tx.execute(sql`
      select 1 as x from exam_attempts a
        join exam_sessions s on s.id = a.session_id
        join exam_plans p on p.id = a.plan_id
      where a.session_id = ${sessionId}
        and (a.status in ('in_progress', 'paused')
          or (a.status = 'submitted' and a.result_status <> 'final')
          or (a.status = 'ready' and now() < s.starts_at + p.late_entry_minutes * interval '1 minute'))
      limit 1`),
  );
  if (busy.length > 0) return null;
  const examKey = examKeyOfSession(sessionId);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`item-analysis:${examKey}`}))`);
  const done = rowsOf<{ x: number }>(
    await tx.execute(
      sql`select 1 as x from jobs where kind = ${ITEM_ANALYSIS_JOB} and payload->>'examKey' = ${examKey} limit 1`,
    ),
  );
  if (done.length > 0) return null;
  const finals = rowsOf<{ x: number }>(
    await tx.execute(
      sql`select 1 as x from exam_attempts where session_id = ${sessionId} and result_status = 'final' limit 1`,
    ),
  );
  if (finals.length === 0) return null;
  return enqueueJob(tx, { kind: ITEM_ANALYSIS_JOB, payload: { examKey }, orgId });
}

/**
 * Creates the tasks still missing for a plan: slots 1 and 2 of attempts waiting in 'marking' without tasks,
 * slot 3 of items whose two marks differ beyond the threshold and have no third marker. Returns the number
 * of tasks created.
 */
export async function distributeMarking(tx: Executor, planId: string): Promise<number> {
  const waiting = await tx
    .select({ id: examAttempts.id, paper: examAttempts.paper })
    .from(examAttempts)
    .where(
      and(
        eq(examAttempts.planId, planId),
        eq(examAttempts.resultStatus, 'marking'),
        sql`not exists (select 1 from marking_assignments m where m.attempt_id = ${examAttempts.id})`,
      ),
    );
  let created = 0;
  if (waiting.length > 0) {
    const scored = await tx
      .select({ attemptId: examAnswers.attemptId, position: examAnswers.position })
      .from(examAnswers)
      .where(
        and(
          inArray(
            examAnswers.attemptId,
            waiting.map((w) => w.id),
          ),
          sql`${examAnswers.score} is not null`,
        ),
      );
    const done = new Set(scored.map((s) => `${s.attemptId}:${s.position}`));
    const items = waiting.flatMap((w) =>
      w.paper
        .filter((p) => isSubjective(p.type) && !done.has(`${w.id}:${p.position}`))
        .map((p) => ({ attemptId: w.id, position: p.position })),
    );
    created += await assignDoubleMarking(tx, planId, items);
  }
  for (const it of await itemsAwaitingThird(tx, planId)) {
    if (await assignThirdMarking(tx, planId, it.attemptId, it.position, [it.m1, it.m2])) created += 1;
  }
  return created;
}

/** Items whose two marks are in, with no score and no slot 3: waiting for a third marker. */
export async function itemsAwaitingThird(tx: Executor, planId: string) {
  return rowsOf<{ attemptId: string; position: number; m1: string; m2: string }>(
    await tx.execute(sql`
      select m.attempt_id as "attemptId", m.position,
        min(m.marker_id::text) filter (where m.slot = 1) as m1,
        min(m.marker_id::text) filter (where m.slot = 2) as m2
      from marking_assignments m
        join exam_attempts a on a.id = m.attempt_id
        left join exam_answers x on x.attempt_id = m.attempt_id and x.position = m.position
      where a.plan_id = ${planId} and a.result_status = 'marking' and x.score is null
      group by m.attempt_id, m.position
      having count(*) filter (where m.slot in (1, 2) and m.marked_at is not null) = 2
        and count(*) filter (where m.slot = 3) = 0`),
  );
}
