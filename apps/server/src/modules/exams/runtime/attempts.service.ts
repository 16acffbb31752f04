import {
  type AttemptEventsBody,
  type CandidateAttempt,
  type CandidateItem,
  INTEGRITY_SIGNALS,
  type IntegritySignal,
} from '@crossskill/contracts';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { AppError, type AuthContext } from '../../../platform/http/index.js';
import { users } from '../../identity/index.js';
import {
  examAnswers,
  examAttempts,
  examEvents,
  examPlans,
  examRegistrations,
  examRooms,
  examSessions,
} from '../exams.tables.js';
import { type AttemptPaper, attemptPaper, loadRevisions } from './caches.js';
import { now as clockNow } from './clock.js';
import { closeAttempt } from './close.js';
import { type Cursor, cursorOf, touch } from './presence.js';

/** The attempt's owner and paper; 404 for an unknown attempt, 403 ATTEMPT_NOT_YOURS for someone else's. */
export async function ownAttempt(exec: Executor, auth: AuthContext, attemptId: string): Promise<AttemptPaper> {
  const paper = await attemptPaper(exec, attemptId);
  if (!paper) throw new AppError('ATTEMPT_NOT_FOUND');
  if (paper.userId !== auth.userId) throw new AppError('ATTEMPT_NOT_YOURS');
  return paper;
}

export interface ClockInput {
  status: 'ready' | 'in_progress' | 'paused' | 'submitted';
  deadlineAt: Date | null;
  pausedAt: Date | null;
}

/**
 * The attempt's clock at `now`: seconds left (rounded up; null before the start; frozen while paused; 0 once
 * submitted or past the deadline), the deadline, and when saves stop being accepted (deadline + grace).
 */
export function attemptClock(
  attempt: ClockInput,
  plan: { saveGraceSeconds: number },
  now: Date,
): { remainingSeconds: number | null; deadlineAt: Date | null; closesAt: Date | null } {
  const deadlineAt = attempt.deadlineAt;
  const closesAt = deadlineAt ? new Date(deadlineAt.getTime() + plan.saveGraceSeconds * 1000) : null;
  if (attempt.status === 'ready' || !deadlineAt) return { remainingSeconds: null, deadlineAt, closesAt };
  if (attempt.status === 'submitted') return { remainingSeconds: 0, deadlineAt, closesAt };
  const from = attempt.status === 'paused' && attempt.pausedAt ? attempt.pausedAt : now;
  const remainingSeconds = Math.max(0, Math.ceil((deadlineAt.getTime() - from.getTime()) / 1000));
  return { remainingSeconds, deadlineAt, closesAt };
}

/** Signals the page reports. The plan's warning rules only set when the console warns (0 = never); every
 * signal is still logged, as the issue asks, so all are enabled. */
export function enabledSignals(_plan: { warningRules: unknown }): IntegritySignal[] {
  return [...INTEGRITY_SIGNALS];
}

async function loadAttemptRow(exec: Executor, attemptId: string) {
  const [row] = await exec
    .select({
      id: examAttempts.id,
      status: examAttempts.status,
      identityConfirmedAt: examAttempts.identityConfirmedAt,
      startedAt: examAttempts.startedAt,
      deadlineAt: examAttempts.deadlineAt,
      extraSeconds: examAttempts.extraSeconds,
      pausedAt: examAttempts.pausedAt,
      cursor: examAttempts.cursor,
      planName: examPlans.name,
      saveGraceSeconds: examPlans.saveGraceSeconds,
      lateEntryMinutes: examPlans.lateEntryMinutes,
      warningRules: examPlans.warningRules,
      sessionName: examSessions.name,
      startsAt: examSessions.startsAt,
      durationMinutes: examSessions.durationMinutes,
      roomName: examRooms.name,
      seatNo: examRegistrations.seatNo,
      ticketNo: examRegistrations.ticketNo,
      candidateName: users.name,
      idNumberMasked: users.idNumberMasked,
    })
    .from(examAttempts)
    .innerJoin(examPlans, eq(examPlans.id, examAttempts.planId))
    .innerJoin(examSessions, eq(examSessions.id, examAttempts.sessionId))
    .innerJoin(examRooms, eq(examRooms.id, examAttempts.roomId))
    .innerJoin(examRegistrations, eq(examRegistrations.id, examAttempts.registrationId))
    .innerJoin(users, eq(users.id, examAttempts.userId))
    .where(eq(examAttempts.id, attemptId));
  if (!row) throw new AppError('ATTEMPT_NOT_FOUND');
  return row;
}
type AttemptRow = Awaited<ReturnType<typeof loadAttemptRow>>;

const entryClosesAt = (row: Pick<AttemptRow, 'startsAt' | 'lateEntryMinutes'>) =>
  new Date(row.startsAt.getTime() + row.lateEntryMinutes * 60_000);

/** The paper as the candidate sees it: stems and options in display order relabelled A, B, C… — never keys. */
async function candidateItems(exec: Executor, paper: AttemptPaper): Promise<CandidateItem[]> {
  const revs = await loadRevisions(
    exec,
    paper.paper.map((e) => e.revisionId),
  );
  return paper.paper.map((e) => {
    const rev = revs.get(e.revisionId);
    const byKey = new Map((rev?.options ?? []).map((o) => [o.key, o.content]));
    return {
      position: e.position,
      type: e.type,
      points: e.points,
      stemHtml: rev?.stemHtml ?? '',
      options: e.optionOrder.map((k, i) => ({ key: String.fromCharCode(65 + i), content: byKey.get(k) ?? '' })),
      blanks: rev?.answer.type === 'fill_blank' ? rev.answer.blanks.length : null,
    };
  });
}

async function toCandidateAttempt(
  exec: Executor,
  attemptId: string,
  paper: AttemptPaper,
  row: AttemptRow,
  now: Date,
  opts: { fresh?: boolean } = {},
): Promise<CandidateAttempt> {
  const started = row.status !== 'ready';
  const clock = attemptClock(row, row, now);
  const answers =
    started && !opts.fresh
      ? await exec
          .select({
            position: examAnswers.position,
            response: examAnswers.response,
            flagged: examAnswers.flagged,
            version: examAnswers.version,
          })
          .from(examAnswers)
          .where(and(eq(examAnswers.attemptId, attemptId), gt(examAnswers.version, 0)))
          .orderBy(examAnswers.position)
      : [];
  return {
    id: attemptId,
    status: row.status,
    planName: row.planName,
    sessionName: row.sessionName,
    roomName: row.roomName,
    seatNo: row.seatNo,
    ticketNo: row.ticketNo,
    candidateName: row.candidateName,
    idNumberMasked: row.idNumberMasked,
    identityConfirmed: row.identityConfirmedAt !== null,
    startsAt: row.startsAt.toISOString(),
    durationMinutes: row.durationMinutes,
    entryClosesAt: entryClosesAt(row).toISOString(),
    deadlineAt: clock.deadlineAt?.toISOString() ?? null,
    serverTime: now.toISOString(),
    remainingSeconds: clock.remainingSeconds,
    totalPoints: Math.round(paper.paper.reduce((s, e) => s + e.points, 0) * 100) / 100,
    items: started ? await candidateItems(exec, paper) : [],
    answers: answers.map((a) => ({ ...a, response: a.response ?? null })),
    cursor: cursorOf(attemptId) ?? row.cursor ?? null,
    integritySignals: enabledSignals(row),
  };
}

export async function getAttempt(ctx: AppContext, auth: AuthContext, attemptId: string): Promise<CandidateAttempt> {
  const paper = await ownAttempt(ctx.db, auth, attemptId);
  const now = clockNow();
  touch(attemptId, now);
  return toCandidateAttempt(ctx.db, attemptId, paper, await loadAttemptRow(ctx.db, attemptId), now);
}

/** 核对身份: the candidate confirms the name, masked ID number and seat shown are theirs. */
export async function confirmIdentity(ctx: AppContext, auth: AuthContext, attemptId: string) {
  const paper = await ownAttempt(ctx.db, auth, attemptId);
  const now = clockNow();
  touch(attemptId, now);
  await ctx.db.execute(sql`
    with c as (
      update exam_attempts set identity_confirmed_at = ${now.toISOString()}::timestamptz
      where id = ${attemptId} and identity_confirmed_at is null
      returning id, session_id
    )
    insert into exam_events (attempt_id, session_id, kind, at, actor_id)
    select id, session_id, 'identity_confirmed', ${now.toISOString()}::timestamptz, ${auth.userId} from c`);
  return toCandidateAttempt(ctx.db, attemptId, paper, await loadAttemptRow(ctx.db, attemptId), now);
}

/**
 * 开考: from the session start until `lateEntryMinutes` after it, once the identity is confirmed. The deadline
 * is the session's end (start + duration) plus any extra time — a late starter does not get more time.
 * Starting a started attempt returns it unchanged.
 */
export async function startAttempt(ctx: AppContext, auth: AuthContext, attemptId: string) {
  const paper = await ownAttempt(ctx.db, auth, attemptId);
  const now = clockNow();
  touch(attemptId, now);
  let row = await loadAttemptRow(ctx.db, attemptId);
  if (row.status === 'ready') {
    if (!row.identityConfirmedAt) throw new AppError('ATTEMPT_IDENTITY_UNCONFIRMED');
    if (now < row.startsAt) throw new AppError('ATTEMPT_TOO_EARLY');
    if (now > entryClosesAt(row))
      throw new AppError('ATTEMPT_ENTRY_CLOSED', { params: { minutes: row.lateEntryMinutes } });
    const at = now.toISOString();
    // Conditional on 'ready': two starts at once (double click, two tabs) start it once.
    const res = await ctx.db.execute(sql`
      with s as (
        update exam_attempts a
        set status = 'in_progress', started_at = ${at}::timestamptz,
          deadline_at = ${row.startsAt.toISOString()}::timestamptz
            + make_interval(mins => ${row.durationMinutes}::int, secs => a.extra_seconds)
        where a.id = ${attemptId} and a.status = 'ready'
        returning a.id, a.session_id, (extract(epoch from a.deadline_at) * 1000)::float8 as deadline_ms
      ),
      e as (
        insert into exam_events (attempt_id, session_id, kind, at, actor_id)
        select id, session_id, 'started', ${at}::timestamptz, ${auth.userId} from s
      )
      select deadline_ms from s`);
    const [startedNow] = (res as unknown as { rows: { deadline_ms: number | string }[] }).rows;
    if (startedNow) {
      // Just started here: nothing saved yet, no need to read the row or the answers again.
      row = { ...row, status: 'in_progress', startedAt: now, deadlineAt: new Date(Number(startedNow.deadline_ms)) };
      return toCandidateAttempt(ctx.db, attemptId, paper, row, now, { fresh: true });
    }
    row = await loadAttemptRow(ctx.db, attemptId);
  }
  return toCandidateAttempt(ctx.db, attemptId, paper, row, now);
}

/** Keeps "last contact" (in memory, flushed in batches) and answers the server's clock. */
export async function heartbeat(ctx: AppContext, auth: AuthContext, attemptId: string, cursor: Cursor | undefined) {
  await ownAttempt(ctx.db, auth, attemptId);
  const now = clockNow();
  touch(attemptId, now, cursor ?? null);
  const [row] = await ctx.db
    .select({
      status: examAttempts.status,
      deadlineAt: examAttempts.deadlineAt,
      pausedAt: examAttempts.pausedAt,
      saveGraceSeconds: examPlans.saveGraceSeconds,
    })
    .from(examAttempts)
    .innerJoin(examPlans, eq(examPlans.id, examAttempts.planId))
    .where(eq(examAttempts.id, attemptId));
  if (!row) throw new AppError('ATTEMPT_NOT_FOUND');
  const clock = attemptClock(row, row, now);
  return {
    status: row.status,
    serverTime: now.toISOString(),
    remainingSeconds: clock.remainingSeconds,
    deadlineAt: clock.deadlineAt?.toISOString() ?? null,
  };
}

/**
 * Integrity signals and connection changes, batched by the page, stored with the page's time (clientAt).
 * Accepted while the attempt is in progress or paused; other kinds or states are ignored (answered with the
 * number stored). Never used to fail anyone.
 */
export async function recordEvents(ctx: AppContext, auth: AuthContext, attemptId: string, body: AttemptEventsBody) {
  const paper = await ownAttempt(ctx.db, auth, attemptId);
  const now = clockNow();
  touch(attemptId, now);
  const [row] = await ctx.db
    .select({ status: examAttempts.status, warningRules: examPlans.warningRules })
    .from(examAttempts)
    .innerJoin(examPlans, eq(examPlans.id, examAttempts.planId))
    .where(eq(examAttempts.id, attemptId));
  if (!row || (row.status !== 'in_progress' && row.status !== 'paused')) return { accepted: 0 };
  const enabled = new Set<string>([...enabledSignals(row), 'offline', 'online']);
  const values = body.events
    .filter((e) => enabled.has(e.kind))
    .map((e) => ({
      attemptId,
      sessionId: paper.sessionId,
      kind: e.kind,
      at: now,
      clientAt: new Date(e.at),
      detail: e.detail ?? null,
      actorId: auth.userId,
    }));
  if (values.length > 0) await ctx.db.insert(examEvents).values(values);
  return { accepted: values.length };
}

/** 交卷: closes the attempt (reason candidate); submitting a submitted attempt returns it. */
export async function submitAttempt(ctx: AppContext, auth: AuthContext, attemptId: string) {
  const paper = await ownAttempt(ctx.db, auth, attemptId);
  const now = clockNow();
  touch(attemptId, now);
  const row = await loadAttemptRow(ctx.db, attemptId);
  if (row.status === 'ready') throw new AppError('ATTEMPT_NOT_STARTED');
  if (row.status === 'paused') throw new AppError('ATTEMPT_PAUSED');
  if (row.status === 'in_progress') {
    await closeAttempt(ctx, attemptId, { reason: 'candidate', actorId: auth.userId });
  }
  return toCandidateAttempt(ctx.db, attemptId, paper, await loadAttemptRow(ctx.db, attemptId), clockNow());
}
