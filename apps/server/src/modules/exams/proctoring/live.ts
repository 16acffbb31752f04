import {
  CONNECTION_ONLINE_SECONDS,
  CONNECTION_UNSTABLE_SECONDS,
  type ConnectionState,
  INTEGRITY_SIGNALS,
  type IntegritySignal,
  type IrregularityKind,
  type ProctorCandidate,
  type ProctorCandidateStatus,
  type ProctorRoom,
  type ProctorRoomListQuery,
  type ProctorRoomLive,
  type ProctorRoomSummary,
  type WarningRules,
} from '@crossskill/contracts';
import { and, asc, eq, gte, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { AppError, type AuthContext, isPlatformAdmin } from '../../../platform/http/index.js';
import { users } from '../../identity/index.js';
import {
  examAttempts,
  examEvents,
  examPlans,
  examRegistrations,
  examRoomProctors,
  examRooms,
  examSessions,
} from '../exams.tables.js';
import { attemptClock, lastSeen } from '../runtime/index.js';
import { mayProctor } from './access.js';

// ---------------------------------------------------------------------------------------------------------
// Rooms

/** Counts of a room's attempts (correlated on the (session_id, room_id) index). */
const roomCounts = sql<{ n: number; ip: number; pa: number; su: number; total: number | null }>`(
  select json_build_object(
    'n', count(*)::int,
    'ip', (count(*) filter (where a.status = 'in_progress'))::int,
    'pa', (count(*) filter (where a.status = 'paused'))::int,
    'su', (count(*) filter (where a.status = 'submitted'))::int
  ) from ${examAttempts} a where a.session_id = ${examSessions.id} and a.room_id = ${examRooms.id})`;

const roomColumns = (userId: string) => ({
  roomId: examRooms.id,
  roomName: examRooms.name,
  location: examRooms.location,
  seats: examRooms.seats,
  sessionId: examSessions.id,
  sessionName: examSessions.name,
  startsAt: examSessions.startsAt,
  durationMinutes: examSessions.durationMinutes,
  sessionClosedAt: examSessions.closedAt,
  planId: examPlans.id,
  planName: examPlans.name,
  orgId: examPlans.orgId,
  level: examPlans.level,
  workType: examPlans.workType,
  warningRules: examPlans.warningRules,
  assignedToMe: sql<boolean>`exists (select 1 from ${examRoomProctors} where ${examRoomProctors.roomId} = ${examRooms.id} and ${examRoomProctors.userId} = ${userId})`,
  proctors: sql<{ id: string; name: string }[]>`coalesce((
    select json_agg(json_build_object('id', pu.id, 'name', pu.name) order by pu.name, pu.id)
    from ${examRoomProctors} rp join ${users} pu on pu.id = rp.user_id where rp.room_id = ${examRooms.id}), '[]'::json)`,
  counts: roomCounts,
});

type RoomRow = {
  roomId: string;
  roomName: string;
  location: string | null;
  seats: number;
  sessionId: string;
  sessionName: string;
  startsAt: Date;
  durationMinutes: number;
  sessionClosedAt: Date | null;
  planId: string;
  planName: string;
  orgId: string;
  level: number;
  workType: string | null;
  warningRules: WarningRules;
  assignedToMe: boolean;
  proctors: { id: string; name: string }[];
  counts: { n: number; ip: number; pa: number; su: number } | null;
};

function toRoom(r: RoomRow): ProctorRoom {
  return {
    roomId: r.roomId,
    roomName: r.roomName,
    location: r.location,
    seats: r.seats,
    sessionId: r.sessionId,
    sessionName: r.sessionName,
    startsAt: r.startsAt.toISOString(),
    endsAt: new Date(r.startsAt.getTime() + r.durationMinutes * 60_000).toISOString(),
    durationMinutes: r.durationMinutes,
    sessionClosedAt: r.sessionClosedAt?.toISOString() ?? null,
    planId: r.planId,
    planName: r.planName,
    orgId: r.orgId,
    level: r.level,
    workType: r.workType,
    proctors: r.proctors ?? [],
    assignedToMe: Boolean(r.assignedToMe),
    counts: {
      candidates: r.counts?.n ?? 0,
      inProgress: r.counts?.ip ?? 0,
      paused: r.counts?.pa ?? 0,
      submitted: r.counts?.su ?? 0,
    },
  };
}

/** GET /api/proctoring/rooms: the rooms the caller may watch, by session start. */
export async function listProctorRooms(
  ctx: AppContext,
  auth: AuthContext,
  query: ProctorRoomListQuery,
): Promise<{ items: ProctorRoom[] }> {
  const conds: SQL[] = [];
  if (!isPlatformAdmin(auth)) {
    const adminOrgs = auth.memberships.filter((m) => m.role === 'institution_admin').map((m) => m.orgId);
    const mine = sql`exists (select 1 from ${examRoomProctors} where ${examRoomProctors.roomId} = ${examRooms.id} and ${examRoomProctors.userId} = ${auth.userId})`;
    conds.push(adminOrgs.length ? or(mine, inArray(examPlans.orgId, adminOrgs))! : mine);
  }
  if (query.from) conds.push(gte(examSessions.startsAt, new Date(query.from)));
  if (query.to) conds.push(lte(examSessions.startsAt, new Date(query.to)));
  const rows = await ctx.db
    .select(roomColumns(auth.userId))
    .from(examRooms)
    .innerJoin(examSessions, eq(examSessions.id, examRooms.sessionId))
    .innerJoin(examPlans, eq(examPlans.id, examSessions.planId))
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(asc(examSessions.startsAt), asc(examPlans.name), asc(examRooms.name))
    .limit(1000);
  return { items: (rows as RoomRow[]).map(toRoom) };
}

// ---------------------------------------------------------------------------------------------------------
// A room live

export function connectionOf(lastSeenAt: Date | null, now: Date): ConnectionState | null {
  if (!lastSeenAt) return null;
  const silent = (now.getTime() - lastSeenAt.getTime()) / 1000;
  if (silent < CONNECTION_ONLINE_SECONDS) return 'online';
  if (silent < CONNECTION_UNSTABLE_SECONDS) return 'unstable';
  return 'offline';
}

export function warningsOf(signals: Record<IntegritySignal, number>, rules: WarningRules): IntegritySignal[] {
  return INTEGRITY_SIGNALS.filter((s) => rules[s] > 0 && signals[s] >= rules[s]);
}

/** The candidate page's clock (runtime's attemptClock): in progress → to the deadline, paused → frozen; else null. */
export function remainingSecondsOf(
  a: { status: 'ready' | 'in_progress' | 'paused' | 'submitted'; deadlineAt: Date | null; pausedAt: Date | null },
  now: Date,
): number | null {
  if (a.status !== 'in_progress' && a.status !== 'paused') return null;
  return attemptClock(a, { saveGraceSeconds: 0 }, now).remainingSeconds;
}

const actor = alias(users, 'ev_actor');

/**
 * Integrity counts and irregularities per attempt: a lateral subquery over the (attempt_id, at) index, so the
 * whole room is one query however many candidates it has.
 */
const eventAggregates = (exec: Executor) =>
  exec
    .select({
      blur: sql<number>`(count(*) filter (where ${examEvents.kind} = 'blur'))::int`.as('blur'),
      paste: sql<number>`(count(*) filter (where ${examEvents.kind} = 'paste'))::int`.as('paste'),
      fullscreenExit: sql<number>`(count(*) filter (where ${examEvents.kind} = 'fullscreen_exit'))::int`.as(
        'fullscreen_exit',
      ),
      irregularities: sql<
        {
          id: number;
          detail: Record<string, unknown> | null;
          at: string;
          actorId: string | null;
          actorName: string | null;
        }[]
      >`coalesce(json_agg(json_build_object('id', ${examEvents.id}, 'detail', ${examEvents.detail}, 'at', ${examEvents.at}, 'actorId', ${examEvents.actorId}, 'actorName', ${actor.name}) order by ${examEvents.id}) filter (where ${examEvents.kind} = 'irregularity'), '[]'::json)`.as(
        'irregularities',
      ),
    })
    .from(examEvents)
    .leftJoin(actor, eq(actor.id, examEvents.actorId))
    .where(
      and(
        eq(examEvents.attemptId, examAttempts.id),
        inArray(examEvents.kind, ['blur', 'paste', 'fullscreen_exit', 'irregularity']),
      ),
    )
    .as('ev');

/** The candidate rows of a room (or of one attempt), in one query. */
async function candidateRows(exec: Executor, where: SQL, rules: WarningRules, now: Date): Promise<ProctorCandidate[]> {
  const ev = eventAggregates(exec);
  const rows = await exec
    .select({
      attemptId: examAttempts.id,
      registrationId: examAttempts.registrationId,
      userId: examAttempts.userId,
      name: users.name,
      seatNo: examRegistrations.seatNo,
      ticketNo: examRegistrations.ticketNo,
      status: examAttempts.status,
      identityConfirmedAt: examAttempts.identityConfirmedAt,
      answered: examAttempts.answeredCount,
      lastSeenAt: examAttempts.lastSeenAt,
      startedAt: examAttempts.startedAt,
      deadlineAt: examAttempts.deadlineAt,
      pausedAt: examAttempts.pausedAt,
      extraSeconds: examAttempts.extraSeconds,
      submittedAt: examAttempts.submittedAt,
      submitReason: examAttempts.submitReason,
      blur: ev.blur,
      paste: ev.paste,
      fullscreenExit: ev.fullscreenExit,
      irregularities: ev.irregularities,
    })
    .from(examAttempts)
    .innerJoin(users, eq(users.id, examAttempts.userId))
    .innerJoin(examRegistrations, eq(examRegistrations.id, examAttempts.registrationId))
    .leftJoinLateral(ev, sql`true`)
    .where(where)
    .orderBy(sql`${examRegistrations.seatNo} asc nulls last`, asc(users.name));
  return rows.map((r) => {
    const memory = lastSeen(r.attemptId);
    const lastSeenAt = memory && (!r.lastSeenAt || memory > r.lastSeenAt) ? memory : r.lastSeenAt;
    const signals = { blur: r.blur ?? 0, paste: r.paste ?? 0, fullscreen_exit: r.fullscreenExit ?? 0 };
    const status: ProctorCandidateStatus =
      r.status === 'ready' ? (r.identityConfirmedAt ? 'identity_confirmed' : 'not_started') : r.status;
    return {
      attemptId: r.attemptId,
      registrationId: r.registrationId,
      userId: r.userId,
      name: r.name,
      seatNo: r.seatNo,
      ticketNo: r.ticketNo,
      status,
      attemptStatus: r.status,
      answered: r.answered,
      total: 0,
      lastSeenAt: lastSeenAt?.toISOString() ?? null,
      connection: connectionOf(lastSeenAt, now),
      startedAt: r.startedAt?.toISOString() ?? null,
      deadlineAt: r.deadlineAt?.toISOString() ?? null,
      remainingSeconds: remainingSecondsOf(r, now),
      pausedAt: r.pausedAt?.toISOString() ?? null,
      extraMinutes: Math.round((r.extraSeconds / 60) * 100) / 100,
      submittedAt: r.submittedAt?.toISOString() ?? null,
      submitReason: r.submitReason,
      signals,
      warnings: warningsOf(signals, rules),
      irregularities: (r.irregularities ?? []).map((i) => ({
        eventId: Number(i.id),
        kind: (i.detail?.kind as IrregularityKind | undefined) ?? 'other',
        note: typeof i.detail?.note === 'string' ? i.detail.note : '',
        at: new Date(i.at).toISOString(),
        actorId: i.actorId,
        actorName: i.actorName,
      })),
    };
  });
}

/** Items on the room's papers (every paper of a plan has the blueprint's item count): read from one attempt. */
const paperLength = sql<number | null>`(select jsonb_array_length(a.paper) from ${examAttempts} a
  where a.session_id = ${examSessions.id} and a.room_id = ${examRooms.id} limit 1)`;

/** GET /api/proctoring/rooms/:roomId — two queries: the room (with access facts), then its candidates. */
export async function roomLive(ctx: AppContext, auth: AuthContext, roomId: string): Promise<ProctorRoomLive> {
  const [row] = await ctx.db
    .select({ ...roomColumns(auth.userId), total: paperLength })
    .from(examRooms)
    .innerJoin(examSessions, eq(examSessions.id, examRooms.sessionId))
    .innerJoin(examPlans, eq(examPlans.id, examSessions.planId))
    .where(eq(examRooms.id, roomId));
  if (!row) throw new AppError('EXAM_ROOM_NOT_FOUND');
  if (!mayProctor(auth, row.orgId, row.assignedToMe)) throw new AppError('PROCTOR_NOT_ASSIGNED');
  const now = new Date();
  const rules = row.warningRules;
  const total = row.total ?? 0;
  const candidates = (
    await candidateRows(
      ctx.db,
      and(eq(examAttempts.sessionId, row.sessionId), eq(examAttempts.roomId, row.roomId))!,
      rules,
      now,
    )
  ).map((c) => ({ ...c, total }));
  return {
    room: toRoom(row as RoomRow),
    serverTime: now.toISOString(),
    warningRules: rules,
    summary: summarise(candidates),
    candidates,
  };
}

export function summarise(candidates: ProctorCandidate[]): ProctorRoomSummary {
  const s: ProctorRoomSummary = {
    candidates: candidates.length,
    present: 0,
    notStarted: 0,
    inProgress: 0,
    paused: 0,
    submitted: 0,
    offline: 0,
    unstable: 0,
    withWarnings: 0,
  };
  for (const c of candidates) {
    if (c.status !== 'not_started' || c.lastSeenAt) s.present++;
    if (c.status === 'not_started' || c.status === 'identity_confirmed') s.notStarted++;
    if (c.status === 'in_progress') s.inProgress++;
    if (c.status === 'paused') s.paused++;
    if (c.status === 'submitted') s.submitted++;
    if (c.status !== 'submitted' && c.connection === 'offline') s.offline++;
    if (c.status !== 'submitted' && c.connection === 'unstable') s.unstable++;
    if (c.warnings.length) s.withWarnings++;
  }
  return s;
}

/** One candidate's row as the live view shows it (the answer of every per-attempt action). */
export async function candidateRow(exec: Executor, attemptId: string): Promise<ProctorCandidate> {
  const [meta] = await exec
    .select({ rules: examPlans.warningRules, total: sql<number>`jsonb_array_length(${examAttempts.paper})` })
    .from(examAttempts)
    .innerJoin(examPlans, eq(examPlans.id, examAttempts.planId))
    .where(eq(examAttempts.id, attemptId));
  if (!meta) throw new AppError('ATTEMPT_NOT_FOUND');
  const [row] = await candidateRows(exec, eq(examAttempts.id, attemptId), meta.rules, new Date());
  return { ...row!, total: meta.total };
}
