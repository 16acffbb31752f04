import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { AppError, type AuthContext, isOrgAdmin, isPlatformAdmin } from '../../../platform/http/index.js';
import { examAttempts, examPlans, examRoomProctors, examRooms, examSessions } from '../exams.tables.js';

/**
 * Who may watch a room and act on its attempts: a proctor assigned to the room, an institution admin of the
 * plan's organisation, or a platform admin. Unknown ids → 404; anyone else → 403 PROCTOR_NOT_ASSIGNED.
 */
export function mayProctor(auth: AuthContext, orgId: string, assigned: boolean): boolean {
  return assigned || isPlatformAdmin(auth) || isOrgAdmin(auth, orgId);
}

const assignedTo = (userId: string) =>
  sql<boolean>`exists (select 1 from ${examRoomProctors} where ${examRoomProctors.roomId} = ${examRooms.id} and ${examRoomProctors.userId} = ${userId})`;

export interface RoomScope {
  roomId: string;
  sessionId: string;
  planId: string;
  orgId: string;
  saveGraceSeconds: number;
  assignedToMe: boolean;
}

/** Loads a room's ids for the caller, or throws 404 / 403. */
export async function roomForCaller(exec: Executor, auth: AuthContext, roomId: string): Promise<RoomScope> {
  const [row] = await exec
    .select({
      roomId: examRooms.id,
      sessionId: examSessions.id,
      planId: examPlans.id,
      orgId: examPlans.orgId,
      saveGraceSeconds: examPlans.saveGraceSeconds,
      assignedToMe: assignedTo(auth.userId),
    })
    .from(examRooms)
    .innerJoin(examSessions, eq(examSessions.id, examRooms.sessionId))
    .innerJoin(examPlans, eq(examPlans.id, examSessions.planId))
    .where(eq(examRooms.id, roomId));
  if (!row) throw new AppError('EXAM_ROOM_NOT_FOUND');
  if (!mayProctor(auth, row.orgId, row.assignedToMe)) throw new AppError('PROCTOR_NOT_ASSIGNED');
  return row;
}

export interface AttemptForAction {
  id: string;
  userId: string;
  roomId: string;
  sessionId: string;
  planId: string;
  orgId: string;
  status: 'ready' | 'in_progress' | 'paused' | 'submitted';
  deadlineAt: Date | null;
  pausedAt: Date | null;
  extraSeconds: number;
  saveGraceSeconds: number;
}

/**
 * Loads (and, with `lock`, locks for the transaction) an attempt the caller may act on, or throws 404 / 403.
 */
export async function attemptForCaller(
  exec: Executor,
  auth: AuthContext,
  attemptId: string,
  lock: boolean,
): Promise<AttemptForAction> {
  const q = exec
    .select({
      id: examAttempts.id,
      userId: examAttempts.userId,
      roomId: examAttempts.roomId,
      sessionId: examAttempts.sessionId,
      planId: examAttempts.planId,
      orgId: examPlans.orgId,
      status: examAttempts.status,
      deadlineAt: examAttempts.deadlineAt,
      pausedAt: examAttempts.pausedAt,
      extraSeconds: examAttempts.extraSeconds,
      saveGraceSeconds: examPlans.saveGraceSeconds,
      assignedToMe: sql<boolean>`exists (select 1 from ${examRoomProctors} where ${examRoomProctors.roomId} = ${examAttempts.roomId} and ${examRoomProctors.userId} = ${auth.userId})`,
    })
    .from(examAttempts)
    .innerJoin(examPlans, eq(examPlans.id, examAttempts.planId))
    .where(eq(examAttempts.id, attemptId));
  const [row] = lock ? await q.for('update', { of: examAttempts }) : await q;
  if (!row) throw new AppError('ATTEMPT_NOT_FOUND');
  const { assignedToMe, ...attempt } = row;
  if (!mayProctor(auth, row.orgId, assignedToMe)) throw new AppError('PROCTOR_NOT_ASSIGNED');
  return attempt;
}
