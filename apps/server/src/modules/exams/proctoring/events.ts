import type { ProctorEventList, ProctorEventsQuery } from '@crossskill/contracts';
import { and, asc, desc, eq, gt, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AppContext } from '../../../platform/context.js';
import type { AuthContext } from '../../../platform/http/index.js';
import { users } from '../../identity/index.js';
import { examAttempts, examEvents, examRegistrations } from '../exams.tables.js';
import { roomForCaller } from './access.js';

const candidate = alias(users, 'ev_candidate');
const actor = alias(users, 'ev_actor');

/**
 * GET /api/proctoring/rooms/:roomId/events — the room's log, oldest first. With `after` only newer events (the
 * console polls with the last id it has); without it the latest `limit`.
 */
export async function roomEvents(
  ctx: AppContext,
  auth: AuthContext,
  roomId: string,
  query: ProctorEventsQuery & { limit: number },
): Promise<ProctorEventList> {
  const room = await roomForCaller(ctx.db, auth, roomId);
  const conds: SQL[] = [
    eq(examEvents.sessionId, room.sessionId),
    eq(examAttempts.roomId, room.roomId),
    eq(examAttempts.sessionId, room.sessionId),
  ];
  if (query.attemptId) conds.push(eq(examEvents.attemptId, query.attemptId));
  if (query.after !== undefined) conds.push(gt(examEvents.id, query.after));
  const rows = await ctx.db
    .select({
      id: examEvents.id,
      attemptId: examEvents.attemptId,
      candidateName: candidate.name,
      seatNo: examRegistrations.seatNo,
      kind: examEvents.kind,
      at: examEvents.at,
      clientAt: examEvents.clientAt,
      detail: examEvents.detail,
      actorId: examEvents.actorId,
      actorName: actor.name,
    })
    .from(examEvents)
    .innerJoin(examAttempts, eq(examAttempts.id, examEvents.attemptId))
    .innerJoin(examRegistrations, eq(examRegistrations.id, examAttempts.registrationId))
    .innerJoin(candidate, eq(candidate.id, examAttempts.userId))
    .leftJoin(actor, eq(actor.id, examEvents.actorId))
    .where(and(...conds))
    // Polling: the next ones after `after`; first load: the latest ones (reversed below).
    .orderBy(query.after !== undefined ? asc(examEvents.id) : desc(examEvents.id))
    .limit(query.limit);
  if (query.after === undefined) rows.reverse();
  const items = rows.map((r) => ({
    id: Number(r.id),
    attemptId: r.attemptId,
    candidateName: r.candidateName,
    seatNo: r.seatNo,
    kind: r.kind,
    at: r.at.toISOString(),
    clientAt: r.clientAt?.toISOString() ?? null,
    detail: r.detail ?? null,
    actorId: r.actorId,
    actorName: r.actorName ?? null,
  }));
  return { items, lastId: items.at(-1)?.id ?? query.after ?? 0 };
}
