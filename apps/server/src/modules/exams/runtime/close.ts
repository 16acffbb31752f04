import type { CandidateResponse, ExamPaperEntry } from '@crossskill/contracts';
import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/index.js';
import { examAnswers } from '../exams.tables.js';
import { maybeQueueItemAnalysis, onAttemptSubmitted } from '../marking/index.js';
import { loadRevisions } from './caches.js';
import { now as clockNow } from './clock.js';
import { answeredSql } from './saves.js';
import { type MultipleScoring, round2, scoreObjective } from './score.js';

export type CloseReason = 'candidate' | 'deadline' | 'proctor';

/**
 * 交卷 / 收卷: closes an attempt in one transaction — idempotent under races (only the first close of an
 * attempt that is not yet submitted does anything; the others return `{ closed: false }`):
 *
 * 1. status submitted, submittedAt, submitReason (conditional update: also waits for a save in flight,
 *    which holds the attempt row, so every acknowledged answer is read below);
 * 2. every objective item scored into exam_answers.score with `scoreObjective`; a row is created for every
 *    unanswered position (version 0, response null: score 0 when objective, null when subjective);
 * 3. objective_score = the sum, answered_count recounted, an exam_events row 'submitted' {reason};
 * 4. the marking module's `onAttemptSubmitted(tx, attemptId)`.
 *
 * The proctor console's force submit calls this with reason 'proctor', the proctor's id and `onClosed`, which
 * writes its event and audit row inside the same transaction. A deadline close only closes an attempt still
 * in progress (a proctor's pause committed after the sweeper picked it wins).
 */
export async function closeAttempt(
  ctx: AppContext,
  attemptId: string,
  opts: { reason: CloseReason; actorId?: string | null; onClosed?: (tx: Tx) => Promise<void> },
): Promise<{ closed: boolean }> {
  const now = clockNow();
  const at = now.toISOString();
  const closed = await ctx.db.transaction(async (tx) => {
    const res = await tx.execute(sql`
      update exam_attempts a
      set status = 'submitted', submitted_at = ${at}::timestamptz, submit_reason = ${opts.reason}, paused_at = null
      from exam_plans p
      where a.id = ${attemptId} and p.id = a.plan_id
        and ${opts.reason === 'deadline' ? sql`a.status = 'in_progress'` : sql`a.status <> 'submitted'`}
      returning a.session_id, a.paper, p.multiple_scoring`);
    const row = (
      res as unknown as {
        rows: { session_id: string; paper: ExamPaperEntry[] | string; multiple_scoring: MultipleScoring }[];
      }
    ).rows[0];
    if (!row) return false;
    const paper: ExamPaperEntry[] = typeof row.paper === 'string' ? JSON.parse(row.paper) : row.paper;
    const answers = await tx
      .select({ position: examAnswers.position, response: examAnswers.response })
      .from(examAnswers)
      .where(eq(examAnswers.attemptId, attemptId));
    const responses = new Map(answers.map((a) => [a.position, (a.response ?? null) as CandidateResponse | null]));
    const revs = await loadRevisions(
      tx,
      paper.map((e) => e.revisionId),
    );
    let objective = 0;
    const scores = paper.map((e) => {
      const answer = revs.get(e.revisionId)?.answer;
      const score = answer ? scoreObjective(e, answer, responses.get(e.position) ?? null, row.multiple_scoring) : 0;
      if (score !== null) objective += score;
      return { position: e.position, score };
    });
    await tx.execute(sql`
      with sc as (
        select * from jsonb_to_recordset(${JSON.stringify(scores)}::jsonb) as s(position smallint, score numeric)
      ),
      up as (
        insert into exam_answers (attempt_id, position, response, flagged, version, saved_at, score)
        select ${attemptId}, position, null, false, 0, ${at}::timestamptz, score from sc
        on conflict (attempt_id, position) do update set score = excluded.score
        returning 1
      ),
      ev as (
        insert into exam_events (attempt_id, session_id, kind, at, detail, actor_id)
        values (${attemptId}, ${row.session_id}, 'submitted', ${at}::timestamptz,
          ${JSON.stringify({ reason: opts.reason })}::jsonb, ${opts.actorId ?? null})
        returning 1
      )
      update exam_attempts set objective_score = ${round2(objective)},
        answered_count = (select count(*) from exam_answers e where e.attempt_id = ${attemptId} and ${answeredSql('e.response')})
      where id = ${attemptId}`);
    // Queues subjective items for blind double marking, or finalises the result.
    await onAttemptSubmitted(tx, attemptId);
    await opts.onClosed?.(tx);
    return true;
  });
  return { closed };
}

/**
 * The deadline sweeper's one pass: closes (reason deadline) every attempt in progress whose deadline plus the
 * plan's grace has passed, in batches, a few at a time on PostgreSQL. Paused attempts never close by time.
 * Returns how many it closed.
 */
export async function closeExpiredAttempts(ctx: AppContext, batch = 200): Promise<number> {
  const parallel = ctx.database.kind === 'postgres' ? 4 : 1;
  let total = 0;
  for (;;) {
    const at = clockNow().toISOString();
    const res = await ctx.db.execute(sql`
      select a.id from exam_attempts a join exam_plans p on p.id = a.plan_id
      where a.status = 'in_progress' and a.deadline_at < ${at}::timestamptz
        and a.deadline_at + make_interval(secs => p.save_grace_seconds) < ${at}::timestamptz
      order by a.deadline_at
      limit ${batch}`);
    const ids = (res as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
    let next = 0;
    const before = total;
    const lane = async () => {
      while (next < ids.length) {
        const id = ids[next++]!;
        try {
          if ((await closeAttempt(ctx, id, { reason: 'deadline' })).closed) total++;
        } catch (err) {
          ctx.log.error({ err, attemptId: id }, 'closing an expired attempt failed');
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(parallel, ids.length) }, lane));
    // A full batch means there may be more; stop when a pass closed nothing (failures are logged).
    if (ids.length < batch || total === before) return total;
  }
}

/**
 * Marks sessions finished (exam_sessions.closed_at) once nothing more can happen in them — late entry has
 * closed and no attempt is in progress or paused — and gives the marking module the chance to queue the
 * session's item analysis (it does so once every result is final; otherwise the last result does it).
 * Part of the sweeper's pass; returns how many sessions it closed.
 */
export async function closeFinishedSessions(ctx: AppContext, batch = 50): Promise<number> {
  const at = clockNow().toISOString();
  const res = await ctx.db.execute(sql`
    select s.id, p.org_id from exam_sessions s join exam_plans p on p.id = s.plan_id
    where s.closed_at is null
      and s.starts_at + make_interval(mins => p.late_entry_minutes) < ${at}::timestamptz
      and not exists (
        select 1 from exam_attempts a where a.session_id = s.id and a.status in ('in_progress', 'paused'))
    limit ${batch}`);
  let closed = 0;
  for (const s of (res as unknown as { rows: { id: string; org_id: string }[] }).rows) {
    await ctx.db.transaction(async (tx) => {
      const done = await tx.execute(sql`
        update exam_sessions set closed_at = ${at}::timestamptz where id = ${s.id} and closed_at is null returning id`);
      if ((done as unknown as { rows: unknown[] }).rows.length === 0) return;
      closed++;
      await maybeQueueItemAnalysis(tx, s.id, s.org_id);
    });
  }
  return closed;
}
