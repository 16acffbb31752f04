import type { ApiErrorDetail, CreateExamSession, ExamSession, UpdateExamSession } from '@crossskill/contracts';
import { and, count, eq, inArray, isNotNull, max } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { AppError, type AuthContext, type Lang } from '../../../platform/http/index.js';
import { users } from '../../identity/identity.tables.js';
import { examAttempts, examRegistrations, examRoomProctors, examRooms, examSessions } from '../exams.tables.js';
import { assertNotFinished, auditExam, type LoadedPlan, pick, planFor } from './common.js';
import { assertStaffRole } from './plans.service.js';
import { checkSessionStaffing } from './staffing.js';

export type SessionRow = typeof examSessions.$inferSelect;

/** The session and its plan if the caller is the plan's staff (`admin`: its institution admin); else 404. */
export async function sessionFor(
  exec: Executor,
  auth: AuthContext,
  sessionId: string,
  opts: { admin?: boolean; lock?: boolean } = {},
): Promise<{ session: SessionRow; plan: LoadedPlan }> {
  const q = exec.select().from(examSessions).where(eq(examSessions.id, sessionId)).limit(1);
  const [session] = opts.lock ? await q.for('update') : await q;
  if (!session) throw new AppError('EXAM_SESSION_NOT_FOUND');
  let plan: LoadedPlan;
  try {
    plan = await planFor(exec, auth, session.planId, { admin: opts.admin ?? false });
  } catch (e) {
    if (e instanceof AppError && e.code === 'EXAM_PLAN_NOT_FOUND') throw new AppError('EXAM_SESSION_NOT_FOUND');
    throw e;
  }
  return { session, plan };
}

export const hasStarted = (s: Pick<SessionRow, 'startsAt'>, now = new Date()) => s.startsAt.getTime() <= now.getTime();

export async function describeSessions(exec: Executor, sessions: SessionRow[]): Promise<ExamSession[]> {
  if (sessions.length === 0) return [];
  const ids = sessions.map((s) => s.id);
  const rooms = await exec
    .select()
    .from(examRooms)
    .where(inArray(examRooms.sessionId, ids))
    .orderBy(examRooms.sessionId, examRooms.name);
  const roomIds = rooms.map((r) => r.id);
  const proctors = roomIds.length
    ? await exec
        .select({ roomId: examRoomProctors.roomId, userId: users.id, name: users.name })
        .from(examRoomProctors)
        .innerJoin(users, eq(users.id, examRoomProctors.userId))
        .where(inArray(examRoomProctors.roomId, roomIds))
        .orderBy(users.name)
    : [];
  const placed = roomIds.length
    ? await exec
        .select({ roomId: examRegistrations.roomId, n: count() })
        .from(examRegistrations)
        .where(and(inArray(examRegistrations.roomId, roomIds), isNotNull(examRegistrations.seatNo)))
        .groupBy(examRegistrations.roomId)
    : [];
  const attempts = await exec
    .select({ sessionId: examAttempts.sessionId, n: count() })
    .from(examAttempts)
    .where(inArray(examAttempts.sessionId, ids))
    .groupBy(examAttempts.sessionId);
  const now = new Date();
  // Rooms in creation order of their names is not meaningful; keep the order the admin gave (name sort is
  // a stable, human order for 第1考场, 第2考场 … when they are numbered).
  return sessions.map((s) => {
    const own = rooms
      .filter((r) => r.sessionId === s.id)
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN', { numeric: true }))
      .map((r) => ({
        id: r.id,
        name: r.name,
        location: r.location,
        seats: r.seats,
        placed: placed.find((p) => p.roomId === r.id)?.n ?? 0,
        proctors: proctors.filter((p) => p.roomId === r.id).map((p) => ({ userId: p.userId, name: p.name })),
      }));
    return {
      id: s.id,
      planId: s.planId,
      name: s.name,
      startsAt: s.startsAt.toISOString(),
      endsAt: new Date(s.startsAt.getTime() + s.durationMinutes * 60_000).toISOString(),
      durationMinutes: s.durationMinutes,
      closedAt: s.closedAt?.toISOString() ?? null,
      started: hasStarted(s, now),
      totalSeats: own.reduce((sum, r) => sum + r.seats, 0),
      placed: own.reduce((sum, r) => sum + r.placed, 0),
      attempts: attempts.find((a) => a.sessionId === s.id)?.n ?? 0,
      rooms: own,
    };
  });
}

export async function listSessions(ctx: AppContext, auth: AuthContext, planId: string) {
  const plan = await planFor(ctx.db, auth, planId);
  const rows = await ctx.db
    .select()
    .from(examSessions)
    .where(eq(examSessions.planId, plan.id))
    .orderBy(examSessions.startsAt, examSessions.name);
  return { items: await describeSessions(ctx.db, rows) };
}

export async function getSession(ctx: AppContext, auth: AuthContext, sessionId: string) {
  const { session } = await sessionFor(ctx.db, auth, sessionId);
  return (await describeSessions(ctx.db, [session]))[0]!;
}

type RoomInput = CreateExamSession['rooms'][number];

/** Room names unique, proctors not in two rooms, the proctor role, and the standard's rules. */
async function checkSessionInput(
  exec: Executor,
  plan: LoadedPlan,
  input: { durationMinutes: number; rooms: RoomInput[] },
  lang: Lang,
) {
  const names = new Map<string, number>();
  const dupNames: ApiErrorDetail[] = [];
  input.rooms.forEach((r, i) => {
    if (names.has(r.name)) {
      dupNames.push({
        field: `body.rooms.${i}.name`,
        code: 'duplicate',
        message: pick(lang, `考场名称「${r.name}」重复`, `room name “${r.name}” is used twice`),
      });
    }
    names.set(r.name, i);
  });
  if (dupNames.length) throw new AppError('VALIDATION_FAILED', { details: dupNames });

  const seen = new Map<string, number>();
  const dupProctors: ApiErrorDetail[] = [];
  input.rooms.forEach((r, i) => {
    for (const id of new Set(r.proctorIds)) {
      const other = seen.get(id);
      if (other !== undefined && other !== i) {
        dupProctors.push({ field: `body.rooms.${i}.proctorIds`, code: 'EXAM_PROCTOR_DUPLICATE', message: id });
      }
      seen.set(id, i);
    }
  });
  if (dupProctors.length) throw new AppError('EXAM_PROCTOR_DUPLICATE', { details: dupProctors });

  const violations = checkSessionStaffing(input);
  if (violations.length > 0) {
    const messages = violations.map((v) => pick(lang, v.message, v.messageEn));
    throw new AppError('EXAM_RULES_VIOLATED', {
      params: { rules: [...new Set(messages)].join(pick(lang, '；', '; ')) },
      details: violations.map((v, i) => ({ field: v.field, code: v.code, message: messages[i]! })),
    });
  }
  for (const [i, r] of input.rooms.entries()) {
    await assertStaffRole(exec, plan.orgId, 'proctor', [...new Set(r.proctorIds)], `body.rooms.${i}.proctorIds`, lang);
  }
}

async function writeRooms(exec: Executor, sessionId: string, rooms: RoomInput[]) {
  for (const r of rooms) {
    let roomId = r.id;
    if (roomId) {
      await exec
        .update(examRooms)
        .set({ name: r.name, location: r.location ?? null, seats: r.seats })
        .where(eq(examRooms.id, roomId));
      await exec.delete(examRoomProctors).where(eq(examRoomProctors.roomId, roomId));
    } else {
      const [row] = await exec
        .insert(examRooms)
        .values({ sessionId, name: r.name, location: r.location ?? null, seats: r.seats })
        .returning({ id: examRooms.id });
      roomId = row!.id;
    }
    const ids = [...new Set(r.proctorIds)];
    if (ids.length) await exec.insert(examRoomProctors).values(ids.map((userId) => ({ roomId: roomId!, userId })));
  }
}

export async function createSession(
  ctx: AppContext,
  auth: AuthContext,
  planId: string,
  body: CreateExamSession,
  lang: Lang,
  ip: string | null,
): Promise<ExamSession> {
  return ctx.db.transaction(async (tx) => {
    const plan = await planFor(tx, auth, planId, { admin: true, lock: true });
    assertNotFinished(plan);
    const rooms = body.rooms.map((r) => ({ ...r, id: undefined }));
    await checkSessionInput(tx, plan, { durationMinutes: body.durationMinutes, rooms }, lang);
    const [session] = await tx
      .insert(examSessions)
      .values({
        planId: plan.id,
        name: body.name,
        startsAt: new Date(body.startsAt),
        durationMinutes: body.durationMinutes,
      })
      .returning();
    await writeRooms(tx, session!.id, rooms);
    await auditExam(tx, 'exam_session.created', {
      actorUserId: auth.userId,
      orgId: plan.orgId,
      ip,
      details: { planId: plan.id, sessionId: session!.id, name: body.name, rooms: rooms.length },
    });
    return (await describeSessions(tx, [session!]))[0]!;
  });
}

export async function updateSession(
  ctx: AppContext,
  auth: AuthContext,
  sessionId: string,
  body: UpdateExamSession,
  lang: Lang,
  ip: string | null,
): Promise<ExamSession> {
  return ctx.db.transaction(async (tx) => {
    const { session, plan } = await sessionFor(tx, auth, sessionId, { admin: true, lock: true });
    assertNotFinished(plan);
    if (hasStarted(session)) throw new AppError('EXAM_SESSION_STARTED');
    const existing = await tx.select().from(examRooms).where(eq(examRooms.sessionId, session.id));
    const existingProctors = existing.length
      ? await tx
          .select()
          .from(examRoomProctors)
          .where(
            inArray(
              examRoomProctors.roomId,
              existing.map((r) => r.id),
            ),
          )
      : [];
    const rooms: RoomInput[] =
      body.rooms ??
      existing.map((r) => ({
        id: r.id,
        name: r.name,
        location: r.location,
        seats: r.seats,
        proctorIds: existingProctors.filter((p) => p.roomId === r.id).map((p) => p.userId),
      }));
    const durationMinutes = body.durationMinutes ?? session.durationMinutes;
    if (body.rooms) {
      const badIds = body.rooms
        .map((r, i) => ({ r, i }))
        .filter(({ r }) => r.id && !existing.some((e) => e.id === r.id));
      if (badIds.length) {
        throw new AppError('EXAM_ROOM_NOT_FOUND', {
          details: badIds.map(({ i }) => ({ field: `body.rooms.${i}.id`, code: 'EXAM_ROOM_NOT_FOUND', message: 'id' })),
        });
      }
      // Seats in use: a room with candidates cannot go, nor shrink below its highest seat number.
      const used = await tx
        .select({ roomId: examRegistrations.roomId, top: max(examRegistrations.seatNo) })
        .from(examRegistrations)
        .where(eq(examRegistrations.sessionId, session.id))
        .groupBy(examRegistrations.roomId);
      for (const u of used) {
        if (!u.roomId || u.top === null) continue;
        const kept = body.rooms.find((r) => r.id === u.roomId);
        if (!kept || kept.seats < u.top) {
          const name = existing.find((e) => e.id === u.roomId)?.name ?? '';
          throw new AppError('EXAM_ROOM_OCCUPIED', {
            details: [{ field: 'body.rooms', code: 'EXAM_ROOM_OCCUPIED', message: name }],
          });
        }
      }
    }
    await checkSessionInput(tx, plan, { durationMinutes, rooms }, lang);
    await tx
      .update(examSessions)
      .set({
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.startsAt !== undefined ? { startsAt: new Date(body.startsAt) } : {}),
        durationMinutes,
      })
      .where(eq(examSessions.id, session.id));
    if (body.rooms) {
      const keep = new Set(body.rooms.map((r) => r.id).filter(Boolean));
      const gone = existing.filter((e) => !keep.has(e.id)).map((e) => e.id);
      if (gone.length) await tx.delete(examRooms).where(inArray(examRooms.id, gone));
      // Renames may swap names between rooms: park the kept rooms' names first (unique per session).
      for (const r of body.rooms) {
        if (r.id)
          await tx
            .update(examRooms)
            .set({ name: `~${r.id}` })
            .where(eq(examRooms.id, r.id));
      }
      await writeRooms(tx, session.id, body.rooms);
    }
    await auditExam(tx, 'exam_session.updated', {
      actorUserId: auth.userId,
      orgId: plan.orgId,
      ip,
      details: { planId: plan.id, sessionId: session.id, fields: Object.keys(body) },
    });
    const [fresh] = await tx.select().from(examSessions).where(eq(examSessions.id, session.id));
    return (await describeSessions(tx, [fresh!]))[0]!;
  });
}

/** Deletes a session before its start: its placements are undone and its (ready) attempts removed. */
export async function deleteSession(ctx: AppContext, auth: AuthContext, sessionId: string, ip: string | null) {
  await ctx.db.transaction(async (tx) => {
    const { session, plan } = await sessionFor(tx, auth, sessionId, { admin: true, lock: true });
    if (hasStarted(session)) throw new AppError('EXAM_SESSION_STARTED');
    await tx.delete(examAttempts).where(eq(examAttempts.sessionId, session.id));
    await tx
      .update(examRegistrations)
      .set({ sessionId: null, roomId: null, seatNo: null, ticketNo: null, updatedAt: new Date() })
      .where(eq(examRegistrations.sessionId, session.id));
    await tx.delete(examSessions).where(eq(examSessions.id, session.id));
    await auditExam(tx, 'exam_session.deleted', {
      actorUserId: auth.userId,
      orgId: plan.orgId,
      ip,
      details: { planId: plan.id, sessionId: session.id, name: session.name },
    });
  });
}
