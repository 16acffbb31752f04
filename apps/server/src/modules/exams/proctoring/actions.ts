import type {
  AuditEvent,
  ExtraTimeBody,
  IrregularityBody,
  ProctorCandidate,
  ProctorEventKind,
  ProctorReasonBody,
  ProctorRoomActionResult,
} from '@crossskill/contracts';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/index.js';
import { AppError, type AuthContext } from '../../../platform/http/index.js';
import { recordAudit } from '../../audit/index.js';
import { examAttempts, examEvents } from '../exams.tables.js';
import { closeAttempt } from '../runtime/index.js';
import { type AttemptForAction, attemptForCaller, roomForCaller } from './access.js';
import { candidateRow } from './live.js';

/**
 * The proctor's actions. Each writes the change, an exam_events row (actor, detail with the reason) and an
 * audit row in one transaction, then answers the candidate's row as the live view shows it.
 */

const AUDIT_OF: Record<ProctorEventKind, AuditEvent> = {
  extra_time: 'exam.extra_time',
  pause: 'exam.paused',
  resume: 'exam.resumed',
  irregularity: 'exam.irregularity',
  force_submit: 'exam.force_submitted',
};

async function record(
  tx: Tx,
  a: Pick<AttemptForAction, 'id' | 'userId' | 'sessionId' | 'roomId' | 'orgId'>,
  kind: ProctorEventKind,
  detail: Record<string, unknown>,
  actorId: string,
  at: Date,
  ip: string | null,
): Promise<void> {
  await tx.insert(examEvents).values({ attemptId: a.id, sessionId: a.sessionId, kind, at, detail, actorId });
  await recordAudit(tx, {
    // The exam audit events are listed in contracts/audit.ts by the lead (see the report).
    event: AUDIT_OF[kind],
    actorUserId: actorId,
    subjectUserId: a.userId,
    orgId: a.orgId,
    ip,
    details: { attemptId: a.id, roomId: a.roomId, sessionId: a.sessionId, ...detail },
  });
}

/** The attempt's time (deadline + the plan's grace) has run out: the sweeper is closing it. */
const timeUp = (a: AttemptForAction, now: Date) =>
  a.status === 'in_progress' &&
  a.deadlineAt !== null &&
  a.deadlineAt.getTime() + a.saveGraceSeconds * 1000 < now.getTime();

function mustBeRunning(a: AttemptForAction): void {
  if (a.status === 'submitted') throw new AppError('ATTEMPT_CLOSED');
  if (a.status === 'ready') throw new AppError('ATTEMPT_NOT_STARTED');
}

export async function grantExtraTime(
  ctx: AppContext,
  auth: AuthContext,
  attemptId: string,
  body: ExtraTimeBody,
  ip: string | null,
): Promise<ProctorCandidate> {
  await ctx.db.transaction(async (tx) => {
    const a = await attemptForCaller(tx, auth, attemptId, true);
    const now = new Date();
    if (a.status === 'submitted') throw new AppError('ATTEMPT_CLOSED');
    if (timeUp(a, now)) throw new AppError('PROCTOR_TIME_UP');
    const seconds = body.minutes * 60;
    // Started: the deadline moves now; ready: runtime adds extra_seconds when it sets the deadline at start.
    const deadlineAt = a.deadlineAt ? new Date(a.deadlineAt.getTime() + seconds * 1000) : null;
    await tx
      .update(examAttempts)
      .set({ extraSeconds: a.extraSeconds + seconds, ...(deadlineAt ? { deadlineAt } : {}) })
      .where(eq(examAttempts.id, a.id));
    await record(
      tx,
      a,
      'extra_time',
      { minutes: body.minutes, reason: body.reason, deadlineAt: deadlineAt?.toISOString() ?? null },
      auth.userId,
      now,
      ip,
    );
  });
  return candidateRow(ctx.db, attemptId);
}

export async function pauseAttempt(
  ctx: AppContext,
  auth: AuthContext,
  attemptId: string,
  body: ProctorReasonBody,
  ip: string | null,
): Promise<ProctorCandidate> {
  await ctx.db.transaction(async (tx) => {
    const a = await attemptForCaller(tx, auth, attemptId, true);
    const now = new Date();
    mustBeRunning(a);
    if (a.status === 'paused') throw new AppError('PROCTOR_ALREADY_PAUSED');
    if (timeUp(a, now)) throw new AppError('PROCTOR_TIME_UP');
    await tx.update(examAttempts).set({ status: 'paused', pausedAt: now }).where(eq(examAttempts.id, a.id));
    await record(tx, a, 'pause', { reason: body.reason }, auth.userId, now, ip);
  });
  return candidateRow(ctx.db, attemptId);
}

/** Resume: the deadline moves by the time the attempt was paused. */
function resumed(a: AttemptForAction, now: Date) {
  const pausedMs = a.pausedAt ? Math.max(0, now.getTime() - a.pausedAt.getTime()) : 0;
  const deadlineAt = a.deadlineAt ? new Date(a.deadlineAt.getTime() + pausedMs) : null;
  return { pausedSeconds: Math.round(pausedMs / 1000), deadlineAt };
}

export async function resumeAttempt(
  ctx: AppContext,
  auth: AuthContext,
  attemptId: string,
  body: ProctorReasonBody,
  ip: string | null,
): Promise<ProctorCandidate> {
  await ctx.db.transaction(async (tx) => {
    const a = await attemptForCaller(tx, auth, attemptId, true);
    const now = new Date();
    mustBeRunning(a);
    if (a.status !== 'paused') throw new AppError('PROCTOR_NOT_PAUSED');
    const { pausedSeconds, deadlineAt } = resumed(a, now);
    await tx
      .update(examAttempts)
      .set({ status: 'in_progress', pausedAt: null, ...(deadlineAt ? { deadlineAt } : {}) })
      .where(eq(examAttempts.id, a.id));
    await record(
      tx,
      a,
      'resume',
      { reason: body.reason, pausedSeconds, deadlineAt: deadlineAt?.toISOString() ?? null },
      auth.userId,
      now,
      ip,
    );
  });
  return candidateRow(ctx.db, attemptId);
}

export async function recordIrregularity(
  ctx: AppContext,
  auth: AuthContext,
  attemptId: string,
  body: IrregularityBody,
  ip: string | null,
): Promise<ProctorCandidate> {
  await ctx.db.transaction(async (tx) => {
    const a = await attemptForCaller(tx, auth, attemptId, false);
    await record(tx, a, 'irregularity', { kind: body.kind, note: body.note ?? '' }, auth.userId, new Date(), ip);
  });
  return candidateRow(ctx.db, attemptId);
}

/**
 * Force submission through runtime's closeAttempt (submits, scores the objective items, queues marking and
 * writes its 'submitted' event with the proctor as actor); the 'force_submit' event with the reason and the
 * audit row are written by its `onClosed` hook, in the same transaction.
 */
export async function forceSubmit(
  ctx: AppContext,
  auth: AuthContext,
  attemptId: string,
  body: ProctorReasonBody,
  ip: string | null,
): Promise<ProctorCandidate> {
  const a = await attemptForCaller(ctx.db, auth, attemptId, false);
  mustBeRunning(a);
  const { closed } = await closeAttempt(ctx, attemptId, {
    reason: 'proctor',
    actorId: auth.userId,
    onClosed: (tx) => record(tx, a, 'force_submit', { reason: body.reason }, auth.userId, new Date(), ip),
  });
  // Someone else (the candidate, the sweeper, another proctor) closed it first.
  if (!closed) throw new AppError('ATTEMPT_CLOSED');
  return candidateRow(ctx.db, attemptId);
}

/** POST /api/proctoring/rooms/:roomId/pause|resume — every in-progress (resp. paused) attempt of the room. */
export async function roomPauseResume(
  ctx: AppContext,
  auth: AuthContext,
  roomId: string,
  action: 'pause' | 'resume',
  body: ProctorReasonBody,
  ip: string | null,
): Promise<ProctorRoomActionResult> {
  return ctx.db.transaction(async (tx) => {
    const room = await roomForCaller(tx, auth, roomId);
    const rows = await tx
      .select({
        id: examAttempts.id,
        userId: examAttempts.userId,
        status: examAttempts.status,
        deadlineAt: examAttempts.deadlineAt,
        pausedAt: examAttempts.pausedAt,
      })
      .from(examAttempts)
      .where(and(eq(examAttempts.sessionId, room.sessionId), eq(examAttempts.roomId, room.roomId)))
      .for('update');
    const now = new Date();
    const changed: string[] = [];
    for (const r of rows) {
      const a: AttemptForAction = { ...room, ...r, extraSeconds: 0 };
      if (action === 'pause') {
        if (r.status !== 'in_progress' || timeUp(a, now)) continue;
        await tx.update(examAttempts).set({ status: 'paused', pausedAt: now }).where(eq(examAttempts.id, r.id));
        await record(tx, a, 'pause', { reason: body.reason, roomWide: true }, auth.userId, now, ip);
      } else {
        if (r.status !== 'paused') continue;
        const { pausedSeconds, deadlineAt } = resumed(a, now);
        await tx
          .update(examAttempts)
          .set({ status: 'in_progress', pausedAt: null, ...(deadlineAt ? { deadlineAt } : {}) })
          .where(eq(examAttempts.id, r.id));
        await record(
          tx,
          a,
          'resume',
          { reason: body.reason, roomWide: true, pausedSeconds, deadlineAt: deadlineAt?.toISOString() ?? null },
          auth.userId,
          now,
          ip,
        );
      }
      changed.push(r.id);
    }
    return { changed: changed.length, skipped: rows.length - changed.length, attemptIds: changed };
  });
}
