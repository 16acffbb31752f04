import type { AssignSeatsResult } from '@crossskill/contracts';
import { and, asc, eq, isNotNull, isNull, like, sql } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { AppError, type AuthContext, type Lang } from '../../../platform/http/index.js';
import { enqueueJob, registerJobHandler } from '../../../platform/jobs/index.js';
import { examAttempts, examRegistrations, examRooms, examSessions } from '../exams.tables.js';
import { auditExam, loadPlan } from './common.js';
import { generatePapers } from './papers.js';
import { hasStarted, sessionFor } from './sessions.service.js';

export const ASSIGN_SEATS_JOB = 'exams.assign-seats';

interface AssignSeatsPayload {
  sessionId: string;
  actorId: string;
  ip: string | null;
  lang: Lang;
}

/** YYYYMMDD of an instant in China (Asia/Shanghai, UTC+8 without daylight saving). */
export function shanghaiDay(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '');
}

/** 准考证号: YYYYMMDD (session day) + 3-digit block of the session that day + 3-digit room + 3-digit seat. */
export const ticketNumber = (day: string, block: number, room: number, seat: number) =>
  `${day}${String(block).padStart(3, '0')}${String(room).padStart(3, '0')}${String(seat).padStart(3, '0')}`;

/** Rooms in the order seats are filled (their names in natural order: 第1考场, 第2考场 … 第10考场). */
export const roomOrder = <T extends { name: string }>(rooms: T[]) =>
  [...rooms].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN', { numeric: true }));

/** Queues the placement of a session's approved, unplaced registrations (institution admin; before the start). */
export async function requestAssignSeats(
  ctx: AppContext,
  auth: AuthContext,
  sessionId: string,
  lang: Lang,
  ip: string | null,
): Promise<{ jobId: string }> {
  return ctx.db.transaction(async (tx) => {
    const { session, plan } = await sessionFor(tx, auth, sessionId, { admin: true });
    if (plan.status !== 'published') throw new AppError('EXAM_PLAN_NOT_PUBLISHED');
    if (hasStarted(session)) throw new AppError('EXAM_SESSION_STARTED');
    const jobId = await enqueueJob(tx, {
      kind: ASSIGN_SEATS_JOB,
      payload: { sessionId, actorId: auth.userId, ip, lang } satisfies AssignSeatsPayload,
      orgId: plan.orgId,
      createdBy: auth.userId,
    });
    return { jobId };
  });
}

/**
 * Places approved, unplaced registrations of the session's plan into its rooms (rooms in order, seats 1…n
 * skipping taken ones), gives ticket numbers and creates `ready` attempts with their papers — all in one
 * transaction: when the banks cannot fill a paper nothing is written (422 EXAM_BLUEPRINT_SHORT). Candidates
 * beyond the free seats stay unplaced and are counted in the result.
 */
export async function assignSeats(
  tx: Executor,
  payload: AssignSeatsPayload,
  progress: (done: number, total?: number) => void = () => {},
): Promise<AssignSeatsResult> {
  const [session] = await tx
    .select()
    .from(examSessions)
    .where(eq(examSessions.id, payload.sessionId))
    .for('update')
    .limit(1);
  if (!session) throw new AppError('EXAM_SESSION_NOT_FOUND');
  const plan = await loadPlan(tx, session.planId, true);
  if (plan.status !== 'published') throw new AppError('EXAM_PLAN_NOT_PUBLISHED');
  if (hasStarted(session)) throw new AppError('EXAM_SESSION_STARTED');

  const rooms = roomOrder(await tx.select().from(examRooms).where(eq(examRooms.sessionId, session.id)));
  const taken = await tx
    .select({ roomId: examRegistrations.roomId, seatNo: examRegistrations.seatNo })
    .from(examRegistrations)
    .where(and(eq(examRegistrations.sessionId, session.id), isNotNull(examRegistrations.seatNo)));
  const takenSet = new Set(taken.map((t) => `${t.roomId}:${t.seatNo}`));
  const free: { roomId: string; roomIndex: number; seat: number }[] = [];
  rooms.forEach((room, i) => {
    for (let seat = 1; seat <= room.seats; seat++) {
      if (!takenSet.has(`${room.id}:${seat}`)) free.push({ roomId: room.id, roomIndex: i + 1, seat });
    }
  });
  const waiting = await tx
    .select({ id: examRegistrations.id, userId: examRegistrations.userId })
    .from(examRegistrations)
    .where(
      and(
        eq(examRegistrations.planId, plan.id),
        eq(examRegistrations.status, 'approved'),
        isNull(examRegistrations.sessionId),
        isNull(examRegistrations.seatNo),
      ),
    )
    .orderBy(asc(examRegistrations.createdAt), asc(examRegistrations.id));
  const placing = waiting.slice(0, free.length);
  const result: AssignSeatsResult = { placed: placing.length, unplaced: waiting.length - placing.length, attempts: 0 };
  if (placing.length === 0) return result;

  progress(0, placing.length);
  const papers = await generatePapers(
    tx,
    plan,
    session.id,
    placing.map((p) => p.id),
    payload.lang,
    (done) => {
      if (done % 50 === 0 || done === placing.length) progress(done, placing.length);
    },
  );

  // Ticket numbers: the session's block of the day (kept on later runs), under a lock per day.
  const day = shanghaiDay(session.startsAt);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`exam-tickets:${day}`}))`);
  const [mine] = await tx
    .select({ ticketNo: examRegistrations.ticketNo })
    .from(examRegistrations)
    .where(and(eq(examRegistrations.sessionId, session.id), isNotNull(examRegistrations.ticketNo)))
    .limit(1);
  let block: number;
  if (mine?.ticketNo && mine.ticketNo.length === 17) block = Number(mine.ticketNo.slice(8, 11));
  else {
    const [top] = await tx
      .select({ b: sql<string | null>`max(substring(${examRegistrations.ticketNo} from 9 for 3))` })
      .from(examRegistrations)
      .where(and(like(examRegistrations.ticketNo, `${day}%`), sql`length(${examRegistrations.ticketNo}) = 17`));
    block = (top?.b ? Number(top.b) : 0) + 1;
  }

  const CHUNK = 500;
  for (let from = 0; from < placing.length; from += CHUNK) {
    const part = placing.slice(from, from + CHUNK);
    const values = part.map((p, k) => {
      const seat = free[from + k]!;
      return sql`(${p.id}::uuid, ${seat.roomId}::uuid, ${seat.seat}::smallint, ${ticketNumber(day, block, seat.roomIndex, seat.seat)})`;
    });
    await tx.execute(sql`
      update ${examRegistrations} r
      set session_id = ${session.id}::uuid, room_id = v.room_id, seat_no = v.seat_no, ticket_no = v.ticket_no,
          updated_at = now()
      from (values ${sql.join(values, sql`, `)}) as v(id, room_id, seat_no, ticket_no)
      where r.id = v.id`);
    await tx.insert(examAttempts).values(
      part.map((p, k) => {
        const seat = free[from + k]!;
        const paper = papers[from + k]!;
        return {
          registrationId: p.id,
          planId: plan.id,
          sessionId: session.id,
          roomId: seat.roomId,
          userId: p.userId,
          paper: paper.paper,
          paperSeed: paper.seed,
          status: 'ready' as const,
        };
      }),
    );
    result.attempts += part.length;
  }
  await auditExam(tx, 'exam_session.seats_assigned', {
    actorUserId: payload.actorId,
    orgId: plan.orgId,
    ip: payload.ip,
    details: { planId: plan.id, sessionId: session.id, ...result },
  });
  return result;
}

/** Registers the job handler (registering again replaces it). */
export function registerAssignSeatsJob() {
  registerJobHandler<AssignSeatsPayload, AssignSeatsResult>(
    ASSIGN_SEATS_JOB,
    async ({ ctx, payload, progress }) =>
      ctx.db.transaction((tx) =>
        assignSeats(tx, payload, (done, total) => {
          void progress(done, total);
        }),
      ),
    { maxAttempts: 2 },
  );
}
