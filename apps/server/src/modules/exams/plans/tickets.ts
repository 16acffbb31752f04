import type { TicketVerify } from '@crossskill/contracts';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { zipSync } from 'fflate';
import type { AppContext } from '../../../platform/context.js';
import { safeEqual } from '../../../platform/crypto.js';
import type { Executor } from '../../../platform/db/index.js';
import { AppError, type AuthContext } from '../../../platform/http/index.js';
import { users } from '../../identity/identity.tables.js';
import { examPlans, examRegistrations, examRooms, examSessions } from '../exams.tables.js';
import { levelName } from './common.js';
import { registrationFor } from './registrations.service.js';
import { sessionFor } from './sessions.service.js';
import { renderTicketFiles, renderTickets, type TicketData } from './ticket-pdf.js';

/** The signature in a ticket's QR code: a keyed hash of the ticket number (cannot be forged without the key). */
export const ticketSignature = (ctx: AppContext, ticketNo: string) =>
  ctx.cipher.blindIndex(`exam-ticket:${ticketNo}`).slice(0, 22);

export const verifyUrl = (ctx: AppContext, origin: string, ticketNo: string) =>
  `${origin}/api/tickets/verify?no=${encodeURIComponent(ticketNo)}&sig=${ticketSignature(ctx, ticketNo)}`;

const hhmm = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(11, 16);

/** e.g. 2026年12月01日 09:00–10:30（北京时间） */
export function shanghaiTimeText(startsAt: Date, durationMinutes: number): string {
  const local = new Date(startsAt.getTime() + 8 * 3_600_000).toISOString();
  const end = new Date(startsAt.getTime() + durationMinutes * 60_000);
  return `${local.slice(0, 4)}年${local.slice(5, 7)}月${local.slice(8, 10)}日 ${hhmm(startsAt)}–${hhmm(end)}（北京时间）`;
}

/** 张三 → 张*, 欧阳娜娜 → 欧**娜 */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

async function ticketRows(exec: Executor, where: ReturnType<typeof and>) {
  return exec
    .select({
      ticketNo: examRegistrations.ticketNo,
      seatNo: examRegistrations.seatNo,
      candidateName: users.name,
      idNumberMasked: users.idNumberMasked,
      planName: examPlans.name,
      level: examPlans.level,
      workType: examPlans.workType,
      lateEntryMinutes: examPlans.lateEntryMinutes,
      sessionName: examSessions.name,
      startsAt: examSessions.startsAt,
      durationMinutes: examSessions.durationMinutes,
      roomName: examRooms.name,
      roomLocation: examRooms.location,
    })
    .from(examRegistrations)
    .innerJoin(users, eq(users.id, examRegistrations.userId))
    .innerJoin(examPlans, eq(examPlans.id, examRegistrations.planId))
    .innerJoin(examSessions, eq(examSessions.id, examRegistrations.sessionId))
    .innerJoin(examRooms, eq(examRooms.id, examRegistrations.roomId))
    .where(and(where, isNotNull(examRegistrations.ticketNo), isNotNull(examRegistrations.seatNo)))
    .orderBy(asc(examRooms.name), asc(examRegistrations.seatNo));
}

function toTicket(
  ctx: AppContext,
  origin: string,
  orgName: string,
  r: Awaited<ReturnType<typeof ticketRows>>[number],
): TicketData {
  return {
    planName: r.planName,
    levelLabel: r.workType ? `${levelName(r.level)} ${r.workType}` : levelName(r.level),
    orgName,
    candidateName: r.candidateName,
    idNumberMasked: r.idNumberMasked,
    ticketNo: r.ticketNo!,
    sessionName: r.sessionName,
    timeText: shanghaiTimeText(r.startsAt, r.durationMinutes),
    durationMinutes: r.durationMinutes,
    roomName: r.roomName,
    roomLocation: r.roomLocation,
    seatNo: r.seatNo!,
    lateEntryMinutes: r.lateEntryMinutes,
    verifyUrl: verifyUrl(ctx, origin, r.ticketNo!),
  };
}

/** The 准考证 of one registration: its candidate or the plan's staff; 409 REGISTRATION_NOT_PLACED before seats. */
export async function ticketPdf(ctx: AppContext, auth: AuthContext, registrationId: string, origin: string) {
  const { reg, plan } = await registrationFor(ctx.db, auth, registrationId);
  if (reg.status !== 'approved' || !reg.ticketNo) throw new AppError('REGISTRATION_NOT_PLACED');
  const [row] = await ticketRows(ctx.db, and(eq(examRegistrations.id, reg.id)));
  if (!row) throw new AppError('REGISTRATION_NOT_PLACED');
  const pdf = await renderTickets([toTicket(ctx, origin, plan.orgName, row)]);
  return { pdf, filename: `准考证-${row.ticketNo}.pdf` };
}

/** Every placed candidate's 准考证 of a session, one PDF each, zipped (plan staff). */
export async function ticketsZip(ctx: AppContext, auth: AuthContext, sessionId: string, origin: string) {
  const { session, plan } = await sessionFor(ctx.db, auth, sessionId);
  const rows = await ticketRows(
    ctx.db,
    and(eq(examRegistrations.sessionId, session.id), eq(examRegistrations.status, 'approved')),
  );
  const tickets = rows.map((r) => toTicket(ctx, origin, plan.orgName, r));
  const files = await renderTicketFiles(tickets);
  const entries: Record<string, Uint8Array> = {};
  tickets.forEach((t, i) => {
    entries[`${t.ticketNo}.pdf`] = files[i]!;
  });
  return { zip: zipSync(entries, { level: 6 }), filename: `准考证-${session.name}.zip`, count: tickets.length };
}

/** Public: what a ticket's QR code shows — valid or not, and minimal, masked information. */
export async function verifyTicket(ctx: AppContext, ticketNo: string, sig: string): Promise<TicketVerify> {
  const invalid: TicketVerify = {
    valid: false,
    ticketNo,
    candidateName: null,
    planName: null,
    sessionName: null,
    startsAt: null,
    roomName: null,
    seatNo: null,
  };
  if (!safeEqual(sig, ticketSignature(ctx, ticketNo))) return invalid;
  const [row] = await ticketRows(ctx.db, and(eq(examRegistrations.ticketNo, ticketNo)));
  if (!row) return invalid;
  return {
    valid: true,
    ticketNo,
    candidateName: maskName(row.candidateName),
    planName: row.planName,
    sessionName: row.sessionName,
    startsAt: row.startsAt.toISOString(),
    roomName: row.roomName,
    seatNo: row.seatNo,
  };
}
