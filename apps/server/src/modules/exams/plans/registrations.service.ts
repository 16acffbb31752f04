import {
  type CreateRegistration,
  type MyRegistration,
  maskMobile,
  type Registration,
  type RegistrationStatus,
  type StaffRegistration,
} from '@crossskill/contracts';
import { checkEligibility, type EligibilityResult, type Level } from '@crossskill/standards';
import { and, asc, eq, inArray, isNotNull, isNull, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { AppError, type AuthContext } from '../../../platform/http/index.js';
import { users } from '../../identity/identity.tables.js';
import { organizations } from '../../orgs/orgs.tables.js';
import { examAttempts, examPlans, examRegistrations, examRooms, examSessions } from '../exams.tables.js';
import { auditExam, isPlanAdmin, isPlanStaff, levelName, loadPlan, planFor } from './common.js';

const overrider = alias(users, 'overrider');
const candidate = alias(users, 'candidate');

type Row = {
  r: typeof examRegistrations.$inferSelect;
  overrideByName: string | null;
  sessionName: string | null;
  startsAt: Date | null;
  durationMinutes: number | null;
  roomName: string | null;
  roomLocation: string | null;
};

const baseSelect = {
  r: examRegistrations,
  overrideByName: overrider.name,
  sessionName: examSessions.name,
  startsAt: examSessions.startsAt,
  durationMinutes: examSessions.durationMinutes,
  roomName: examRooms.name,
  roomLocation: examRooms.location,
};

const emptyResult: EligibilityResult = { eligible: false, clauses: [] };

function toRegistration(row: Row): Registration {
  const r = row.r;
  const result = (r.eligibility?.result as EligibilityResult | undefined) ?? emptyResult;
  return {
    id: r.id,
    planId: r.planId,
    userId: r.userId,
    status: r.status,
    eligibility: { eligible: !!result.eligible, clauses: result.clauses ?? [] },
    override:
      r.overrideReason && r.overrideAt
        ? { reason: r.overrideReason, byName: row.overrideByName, at: r.overrideAt.toISOString() }
        : null,
    sessionId: r.sessionId,
    sessionName: row.sessionName,
    startsAt: row.startsAt?.toISOString() ?? null,
    durationMinutes: row.durationMinutes,
    roomId: r.roomId,
    roomName: row.roomName,
    roomLocation: row.roomLocation,
    seatNo: r.seatNo,
    ticketNo: r.ticketNo,
    createdAt: r.createdAt.toISOString(),
  };
}

async function loadRegistration(exec: Executor, registrationId: string): Promise<Registration> {
  const [row] = await exec
    .select(baseSelect)
    .from(examRegistrations)
    .leftJoin(overrider, eq(overrider.id, examRegistrations.overrideBy))
    .leftJoin(examSessions, eq(examSessions.id, examRegistrations.sessionId))
    .leftJoin(examRooms, eq(examRooms.id, examRegistrations.roomId))
    .where(eq(examRegistrations.id, registrationId))
    .limit(1);
  if (!row) throw new AppError('REGISTRATION_NOT_FOUND');
  return toRegistration(row);
}

/** The registration if the caller is its candidate or the plan's staff (`admin`: institution admin); else 404. */
export async function registrationFor(
  exec: Executor,
  auth: AuthContext,
  registrationId: string,
  opts: { admin?: boolean; staffOnly?: boolean } = {},
) {
  const [reg] = await exec.select().from(examRegistrations).where(eq(examRegistrations.id, registrationId)).limit(1);
  if (!reg) throw new AppError('REGISTRATION_NOT_FOUND');
  const plan = await loadPlan(exec, reg.planId);
  const own = reg.userId === auth.userId;
  const staff = isPlanStaff(auth, plan.orgId);
  if (!staff && (!own || opts.staffOnly || opts.admin)) {
    if (own) throw new AppError('FORBIDDEN');
    throw new AppError('REGISTRATION_NOT_FOUND');
  }
  if (opts.admin && !isPlanAdmin(auth, plan.orgId)) throw new AppError('FORBIDDEN');
  return { reg, plan, own, staff };
}

/** Runs the standards' eligibility check (003 §1.8); a bad date or level → 422 VALIDATION_FAILED. */
function eligibilityOf(level: Level, input: CreateRegistration['eligibility'], today: string): EligibilityResult {
  try {
    return checkEligibility({
      targetLevel: level,
      asOf: today,
      work: input.work ?? [],
      certificates: input.certificates ?? [],
      education: input.education ?? [],
      ...(input.apprenticeshipCompleted !== undefined
        ? { apprenticeshipCompleted: input.apprenticeshipCompleted }
        : {}),
      ...(input.ecommerceInternshipMonths !== undefined
        ? { ecommerceInternshipMonths: input.ecommerceInternshipMonths }
        : {}),
    });
  } catch (e) {
    if (e instanceof RangeError || e instanceof TypeError) {
      const m = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.([A-Za-z]+))?/.exec(e.message);
      const field = m ? ['body.eligibility', m[1], m[2], m[3]].filter((x) => x !== undefined).join('.') : 'body';
      throw new AppError('VALIDATION_FAILED', { details: [{ field, code: 'invalid_value', message: e.message }] });
    }
    throw e;
  }
}

export async function register(
  ctx: AppContext,
  auth: AuthContext,
  planId: string,
  body: CreateRegistration,
  ip: string | null,
): Promise<Registration> {
  return ctx.db.transaction(async (tx) => {
    const plan = await loadPlan(tx, planId, true);
    if (plan.status !== 'published') {
      if (plan.status === 'draft' && !isPlanStaff(auth, plan.orgId)) throw new AppError('EXAM_PLAN_NOT_FOUND');
      throw new AppError('EXAM_PLAN_NOT_PUBLISHED');
    }
    const [existing] = await tx
      .select()
      .from(examRegistrations)
      .where(and(eq(examRegistrations.planId, plan.id), eq(examRegistrations.userId, auth.userId)))
      .limit(1);
    if (existing && existing.status !== 'withdrawn') throw new AppError('REGISTRATION_EXISTS');
    const today = new Date().toISOString().slice(0, 10);
    const result = eligibilityOf(plan.level as Level, body.eligibility, today);
    const status: RegistrationStatus = result.eligible ? 'approved' : 'ineligible';
    const values = {
      status,
      eligibility: { input: { ...body.eligibility, asOf: today }, result },
      overrideReason: null,
      overrideBy: null,
      overrideAt: null,
      updatedAt: new Date(),
    };
    let id: string;
    if (existing) {
      await tx.update(examRegistrations).set(values).where(eq(examRegistrations.id, existing.id));
      id = existing.id;
    } else {
      const [row] = await tx
        .insert(examRegistrations)
        .values({ planId: plan.id, userId: auth.userId, ...values })
        .returning({ id: examRegistrations.id });
      id = row!.id;
    }
    await auditExam(tx, 'exam_registration.created', {
      actorUserId: auth.userId,
      subjectUserId: auth.userId,
      orgId: plan.orgId,
      ip,
      details: { planId: plan.id, registrationId: id, status },
    });
    return loadRegistration(tx, id);
  });
}

/** An ineligible registration approved by the institution admin, with a reason; audited. */
export async function overrideRegistration(
  ctx: AppContext,
  auth: AuthContext,
  registrationId: string,
  reason: string,
  ip: string | null,
): Promise<Registration> {
  return ctx.db.transaction(async (tx) => {
    const { reg, plan } = await registrationFor(tx, auth, registrationId, { admin: true });
    if (plan.status === 'finished') throw new AppError('EXAM_PLAN_FINISHED');
    if (reg.status !== 'ineligible') throw new AppError('REGISTRATION_NOT_OVERRIDABLE');
    await tx
      .update(examRegistrations)
      .set({
        status: 'approved',
        overrideReason: reason,
        overrideBy: auth.userId,
        overrideAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(examRegistrations.id, reg.id));
    await auditExam(tx, 'exam_registration.overridden', {
      actorUserId: auth.userId,
      subjectUserId: reg.userId,
      orgId: plan.orgId,
      ip,
      details: { planId: plan.id, registrationId: reg.id, reason },
    });
    return loadRegistration(tx, reg.id);
  });
}

/** The candidate withdraws before being placed. */
export async function withdrawRegistration(
  ctx: AppContext,
  auth: AuthContext,
  registrationId: string,
  ip: string | null,
): Promise<Registration> {
  return ctx.db.transaction(async (tx) => {
    const { reg, plan, own } = await registrationFor(tx, auth, registrationId);
    if (!own && !isPlanAdmin(auth, plan.orgId)) throw new AppError('FORBIDDEN');
    if (reg.seatNo !== null || reg.sessionId !== null) throw new AppError('REGISTRATION_PLACED');
    if (reg.status !== 'withdrawn') {
      await tx
        .update(examRegistrations)
        .set({ status: 'withdrawn', updatedAt: new Date() })
        .where(eq(examRegistrations.id, reg.id));
      await auditExam(tx, 'exam_registration.withdrawn', {
        actorUserId: auth.userId,
        subjectUserId: reg.userId,
        orgId: plan.orgId,
        ip,
        details: { planId: plan.id, registrationId: reg.id },
      });
    }
    return loadRegistration(tx, reg.id);
  });
}

export async function getRegistration(ctx: AppContext, auth: AuthContext, registrationId: string) {
  await registrationFor(ctx.db, auth, registrationId);
  return loadRegistration(ctx.db, registrationId);
}

export interface RegistrationFilter {
  status?: RegistrationStatus | undefined;
  sessionId?: string | undefined;
  unplaced?: 'true' | 'false' | undefined;
}

/** The staff list of a plan's registrations (name, masked ID and mobile, placement, attempt). */
export async function listRegistrations(
  ctx: AppContext,
  auth: AuthContext,
  planId: string,
  f: RegistrationFilter,
): Promise<StaffRegistration[]> {
  const plan = await planFor(ctx.db, auth, planId);
  const conds: SQL[] = [eq(examRegistrations.planId, plan.id)];
  if (f.status) conds.push(eq(examRegistrations.status, f.status));
  if (f.sessionId) conds.push(eq(examRegistrations.sessionId, f.sessionId));
  if (f.unplaced === 'true') conds.push(eq(examRegistrations.status, 'approved'), isNull(examRegistrations.seatNo));
  if (f.unplaced === 'false') conds.push(isNotNull(examRegistrations.seatNo));
  const rows = await ctx.db
    .select({
      ...baseSelect,
      candidateName: candidate.name,
      idNumberMasked: candidate.idNumberMasked,
      mobile: candidate.mobile,
      attemptId: examAttempts.id,
      attemptStatus: examAttempts.status,
    })
    .from(examRegistrations)
    .innerJoin(candidate, eq(candidate.id, examRegistrations.userId))
    .leftJoin(overrider, eq(overrider.id, examRegistrations.overrideBy))
    .leftJoin(examSessions, eq(examSessions.id, examRegistrations.sessionId))
    .leftJoin(examRooms, eq(examRooms.id, examRegistrations.roomId))
    .leftJoin(examAttempts, eq(examAttempts.registrationId, examRegistrations.id))
    .where(and(...conds))
    .orderBy(
      asc(examSessions.startsAt),
      asc(examRooms.name),
      asc(examRegistrations.seatNo),
      asc(examRegistrations.createdAt),
    );
  return rows.map((row) => ({
    ...toRegistration(row),
    candidateName: row.candidateName,
    idNumberMasked: row.idNumberMasked,
    mobileMasked: row.mobile ? maskMobile(row.mobile) : null,
    attemptId: row.attemptId,
    attemptStatus: row.attemptStatus,
  }));
}

/** The caller's registrations with plan, placement, attempt and (when final) the result. */
export async function myRegistrations(ctx: AppContext, auth: AuthContext): Promise<MyRegistration[]> {
  const rows = await ctx.db
    .select({
      ...baseSelect,
      plan: {
        name: examPlans.name,
        level: examPlans.level,
        workType: examPlans.workType,
        status: examPlans.status,
        passMark: examPlans.passMark,
      },
      orgName: organizations.name,
      attempt: {
        id: examAttempts.id,
        status: examAttempts.status,
        resultStatus: examAttempts.resultStatus,
        totalScore: examAttempts.totalScore,
        passed: examAttempts.passed,
      },
    })
    .from(examRegistrations)
    .innerJoin(examPlans, eq(examPlans.id, examRegistrations.planId))
    .innerJoin(organizations, eq(organizations.id, examPlans.orgId))
    .leftJoin(overrider, eq(overrider.id, examRegistrations.overrideBy))
    .leftJoin(examSessions, eq(examSessions.id, examRegistrations.sessionId))
    .leftJoin(examRooms, eq(examRooms.id, examRegistrations.roomId))
    .leftJoin(examAttempts, eq(examAttempts.registrationId, examRegistrations.id))
    .where(eq(examRegistrations.userId, auth.userId))
    .orderBy(asc(examRegistrations.createdAt));
  return rows.map((row) => {
    const a = row.attempt;
    const final = a?.resultStatus === 'final';
    return {
      ...toRegistration(row),
      planName: row.plan.name,
      orgName: row.orgName,
      level: row.plan.level as Level,
      levelName: levelName(row.plan.level),
      workType: row.plan.workType,
      planStatus: row.plan.status,
      attemptId: a?.id ?? null,
      attemptStatus: a?.status ?? null,
      result: a?.id
        ? {
            status: a.resultStatus,
            totalScore: final ? (a.totalScore ?? null) : null,
            passed: final ? (a.passed ?? null) : null,
            passMark: row.plan.passMark,
          }
        : null,
    };
  });
}

/** Published plans open for registration, with their sessions and the caller's registration. */
export async function openPlans(ctx: AppContext, auth: AuthContext) {
  const plans = await ctx.db
    .select({
      id: examPlans.id,
      name: examPlans.name,
      level: examPlans.level,
      workType: examPlans.workType,
      orgName: organizations.name,
    })
    .from(examPlans)
    .innerJoin(organizations, eq(organizations.id, examPlans.orgId))
    .where(and(eq(examPlans.status, 'published'), eq(organizations.status, 'active')))
    .orderBy(asc(examPlans.createdAt));
  const ids = plans.map((p) => p.id);
  const sessions = ids.length
    ? await ctx.db
        .select({
          planId: examSessions.planId,
          name: examSessions.name,
          startsAt: examSessions.startsAt,
          durationMinutes: examSessions.durationMinutes,
        })
        .from(examSessions)
        .where(inArray(examSessions.planId, ids))
        .orderBy(examSessions.startsAt)
    : [];
  const mine = ids.length
    ? await ctx.db
        .select({ id: examRegistrations.id, planId: examRegistrations.planId, status: examRegistrations.status })
        .from(examRegistrations)
        .where(and(inArray(examRegistrations.planId, ids), eq(examRegistrations.userId, auth.userId)))
    : [];
  return {
    items: plans.map((p) => {
      const my = mine.find((m) => m.planId === p.id);
      return {
        ...p,
        level: p.level as Level,
        levelName: levelName(p.level),
        sessions: sessions
          .filter((s) => s.planId === p.id)
          .map((s) => ({ name: s.name, startsAt: s.startsAt.toISOString(), durationMinutes: s.durationMinutes })),
        myRegistration: my ? { id: my.id, status: my.status } : null,
      };
    }),
  };
}
