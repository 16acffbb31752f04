import type { FinalResults, MyFinalResults, ResultComponent, ResultPlanList } from '@crossskill/contracts';
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import { AppError, type AuthContext, isPlatformAdmin } from '../../platform/http/index.js';
import { recordAudit } from '../audit/index.js';
import { examPlans, examRegistrations } from '../exams/exams.tables.js';
import { isPlanAdmin, planFor } from '../exams/index.js';
import { users } from '../identity/identity.tables.js';
import { enqueueNotification } from '../notifications/index.js';
import { organizations } from '../orgs/orgs.tables.js';
import { appealView } from './appeals.service.js';
import {
  beijingTime,
  componentLabel,
  computeResults,
  type FinalRow,
  frozenComponents,
  levelName,
  requiredComponents,
} from './compute.js';
import { finalResults, resultAppeals, resultPublications } from './results.tables.js';

type PublicationRow = typeof resultPublications.$inferSelect;
const OPEN = ['submitted', 'assigned'] as const;

export async function publicationOf(exec: Executor, planId: string): Promise<PublicationRow | null> {
  const [row] = await exec.select().from(resultPublications).where(eq(resultPublications.planId, planId)).limit(1);
  return row ?? null;
}

const windowOpen = (p: PublicationRow, now = new Date()) => now >= p.publishedAt && now <= p.appealUntil;

async function publicationView(exec: Executor, p: PublicationRow | null) {
  if (!p) return null;
  const [by] = p.publishedBy
    ? await exec.select({ name: users.name }).from(users).where(eq(users.id, p.publishedBy)).limit(1)
    : [];
  return {
    publishedAt: p.publishedAt.toISOString(),
    publishedByName: by?.name ?? null,
    appealDays: p.appealDays,
    appealUntil: p.appealUntil.toISOString(),
    windowOpen: windowOpen(p),
  };
}

/** Plans whose results the caller follows (institution admin / lecturer of the org, platform admin: all). */
export async function listResultPlans(ctx: AppContext, auth: AuthContext): Promise<ResultPlanList> {
  const orgIds = auth.memberships
    .filter((m) => m.role === 'institution_admin' || m.role === 'lecturer')
    .map((m) => m.orgId);
  if (!isPlatformAdmin(auth) && orgIds.length === 0) return { items: [] };
  const plans = await ctx.db
    .select({ plan: examPlans, orgName: organizations.name, pub: resultPublications })
    .from(examPlans)
    .innerJoin(organizations, eq(organizations.id, examPlans.orgId))
    .leftJoin(resultPublications, eq(resultPublications.planId, examPlans.id))
    .where(
      and(sql`${examPlans.status} <> 'draft'`, isPlatformAdmin(auth) ? undefined : inArray(examPlans.orgId, orgIds)),
    )
    .orderBy(desc(examPlans.createdAt))
    .limit(500);
  const ids = plans.map((p) => p.plan.id);
  if (ids.length === 0) return { items: [] };
  const regs = await ctx.db
    .select({ planId: examRegistrations.planId, n: count() })
    .from(examRegistrations)
    .where(and(inArray(examRegistrations.planId, ids), eq(examRegistrations.status, 'approved')))
    .groupBy(examRegistrations.planId);
  const passed = await ctx.db
    .select({ planId: finalResults.planId, n: count() })
    .from(finalResults)
    .where(and(inArray(finalResults.planId, ids), eq(finalResults.passed, true)))
    .groupBy(finalResults.planId);
  const open = await ctx.db
    .select({ planId: resultAppeals.planId, n: count() })
    .from(resultAppeals)
    .where(and(inArray(resultAppeals.planId, ids), inArray(resultAppeals.status, [...OPEN])))
    .groupBy(resultAppeals.planId);
  const n = (rows: { planId: string; n: number }[], id: string) => rows.find((r) => r.planId === id)?.n ?? 0;
  return {
    items: plans.map(({ plan, orgName, pub }) => ({
      planId: plan.id,
      planName: plan.name,
      orgName,
      level: plan.level,
      levelName: levelName(plan.level),
      workType: plan.workType,
      planStatus: plan.status,
      candidates: n(regs, plan.id),
      publishedAt: pub?.publishedAt.toISOString() ?? null,
      appealUntil: pub?.appealUntil.toISOString() ?? null,
      passed: pub ? n(passed, plan.id) : null,
      openAppeals: n(open, plan.id),
    })),
  };
}

/** Staff view: the live preview before publication, the frozen final_results rows after it. */
export async function getFinalResults(ctx: AppContext, auth: AuthContext, planId: string): Promise<FinalResults> {
  const plan = await planFor(ctx.db, auth, planId);
  const pub = await publicationOf(ctx.db, planId);
  const components = requiredComponents(plan.level);
  let items: FinalResults['items'];
  if (pub) {
    const rows = await ctx.db
      .select({ row: finalResults, name: users.name, ticketNo: examRegistrations.ticketNo })
      .from(finalResults)
      .innerJoin(users, eq(users.id, finalResults.userId))
      .innerJoin(examRegistrations, eq(examRegistrations.id, finalResults.registrationId))
      .where(eq(finalResults.planId, planId))
      .orderBy(asc(examRegistrations.ticketNo), asc(users.name));
    items = rows.map(({ row, name, ticketNo }) => ({
      registrationId: row.registrationId,
      userId: row.userId,
      candidateName: name,
      ticketNo,
      components: frozenComponents(row, plan.level),
      passed: row.passed,
      ready: true,
      openAppeals: 0,
    }));
  } else {
    items = (await computeResults(ctx.db, plan)).map((r) => ({ ...r, openAppeals: 0 }));
  }
  if (pub && items.length > 0) {
    const open = await ctx.db
      .select({ registrationId: resultAppeals.registrationId, n: count() })
      .from(resultAppeals)
      .where(and(eq(resultAppeals.planId, planId), inArray(resultAppeals.status, [...OPEN])))
      .groupBy(resultAppeals.registrationId);
    const byReg = new Map(open.map((o) => [o.registrationId, o.n]));
    for (const it of items) it.openAppeals = byReg.get(it.registrationId) ?? 0;
  }
  const passedCount = items.filter((i) => i.passed).length;
  return {
    plan: {
      id: plan.id,
      name: plan.name,
      orgName: plan.orgName,
      level: plan.level,
      levelName: levelName(plan.level),
      workType: plan.workType,
      passMark: plan.passMark,
      components,
    },
    publication: await publicationView(ctx.db, pub),
    canAdminister: isPlanAdmin(auth, plan.orgId),
    summary: {
      candidates: items.length,
      passed: passedCount,
      passRate: items.length ? Math.round((passedCount / items.length) * 10_000) / 10_000 : 0,
      notReady: items.filter((i) => !i.ready).length,
      perComponent: components.map((c) => {
        const of = items.map((i) => i.components.find((x) => x.component === c)!);
        return {
          component: c,
          passed: of.filter((x) => x.passed === true).length,
          failed: of.filter((x) => x.passed === false).length,
          absent: of.filter((x) => x.state === 'absent').length,
          marking: of.filter((x) => x.state === 'marking').length,
        };
      }),
    },
    items,
  };
}

/**
 * 发布成绩: refused while any required component is still being marked; writes the frozen final_results rows
 * and the publication (review period `appealDays`) in one transaction, audited `results.published`.
 */
export async function publishResults(
  ctx: AppContext,
  auth: AuthContext,
  planId: string,
  appealDays: number,
  ip: string | null,
) {
  await ctx.db.transaction(async (tx) => {
    const plan = await planFor(tx, auth, planId, { admin: true, lock: true });
    const existing = await publicationOf(tx, planId);
    if (existing)
      throw new AppError('RESULTS_ALREADY_PUBLISHED', { params: { publishedAt: beijingTime(existing.publishedAt) } });
    const rows = await computeResults(tx, plan);
    const notReady = rows.filter((r) => !r.ready);
    if (notReady.length > 0) {
      const marking = requiredComponents(plan.level).filter((c) =>
        notReady.some((r) => r.components.some((x) => x.component === c && x.state === 'marking')),
      );
      throw new AppError('RESULTS_STILL_MARKING', {
        params: {
          count: notReady.length,
          component: marking.map((c) => componentLabel(c).zh).join('、'),
          componentEn: marking.map((c) => componentLabel(c).en).join(', '),
        },
      });
    }
    const publishedAt = new Date();
    const appealUntil = new Date(publishedAt.getTime() + appealDays * 86_400_000);
    const reviewRequired = requiredComponents(plan.level).includes('review');
    await tx
      .insert(resultPublications)
      .values({ planId, publishedAt, publishedBy: auth.userId, appealDays, appealUntil });
    const score = (r: (typeof rows)[number], c: ResultComponent) =>
      r.components.find((x) => x.component === c)?.score ?? null;
    if (rows.length > 0) {
      await tx.insert(finalResults).values(
        rows.map((r) => ({
          registrationId: r.registrationId,
          planId,
          userId: r.userId,
          theoryScore: score(r, 'theory'),
          skillScore: score(r, 'skill'),
          reviewScore: reviewRequired ? score(r, 'review') : null,
          reviewRequired,
          passMark: plan.passMark,
          passed: r.passed,
          publishedAt,
          updatedAt: publishedAt,
        })),
      );
    }
    // Tell the candidates (SMS outbox, delivered by the notifications worker).
    const contacts = rows.length
      ? await tx
          .select({ id: users.id, mobile: users.mobile })
          .from(users)
          .where(
            inArray(
              users.id,
              rows.map((r) => r.userId),
            ),
          )
      : [];
    const until = beijingTime(appealUntil);
    for (const c of contacts) {
      if (!c.mobile) continue;
      await enqueueNotification(tx, {
        channel: 'sms',
        recipient: c.mobile,
        template: 'results_published',
        body: `【CrossSkill】您参加的「${plan.name}」成绩已发布，请登录平台“我的成绩”查看。如有异议，可于 ${until}（北京时间）前申请复核。Your results are published; appeals until ${until} (Beijing time).`,
      });
    }
    await recordAudit(tx, {
      event: 'results.published',
      actorUserId: auth.userId,
      subjectUserId: null,
      orgId: plan.orgId,
      ip,
      details: {
        planId,
        planName: plan.name,
        candidates: rows.length,
        passed: rows.filter((r) => r.passed).length,
        appealDays,
        appealUntil: appealUntil.toISOString(),
      },
    });
  });
  return getFinalResults(ctx, auth, planId);
}

/** The candidate's published results (one card per plan) with the appeal window and their appeals. */
export async function myFinalResults(ctx: AppContext, auth: AuthContext): Promise<MyFinalResults> {
  const rows = await ctx.db
    .select({
      row: finalResults,
      plan: examPlans,
      orgName: organizations.name,
      pub: resultPublications,
      ticketNo: examRegistrations.ticketNo,
    })
    .from(finalResults)
    .innerJoin(examPlans, eq(examPlans.id, finalResults.planId))
    .innerJoin(organizations, eq(organizations.id, examPlans.orgId))
    .innerJoin(resultPublications, eq(resultPublications.planId, finalResults.planId))
    .innerJoin(examRegistrations, eq(examRegistrations.id, finalResults.registrationId))
    .where(eq(finalResults.userId, auth.userId))
    .orderBy(desc(resultPublications.publishedAt));
  const regIds = rows.map((r) => r.row.registrationId);
  const appeals = regIds.length
    ? await ctx.db
        .select({ appeal: resultAppeals, assigneeName: users.name })
        .from(resultAppeals)
        .leftJoin(users, eq(users.id, resultAppeals.assigneeId))
        .where(inArray(resultAppeals.registrationId, regIds))
        .orderBy(asc(resultAppeals.submittedAt))
    : [];
  const now = new Date();
  return {
    items: rows.map(({ row, plan, orgName, pub, ticketNo }) => ({
      registrationId: row.registrationId,
      planId: plan.id,
      planName: plan.name,
      orgName,
      level: plan.level,
      levelName: levelName(plan.level),
      workType: plan.workType,
      ticketNo,
      passMark: row.passMark,
      components: frozenComponents(row, plan.level),
      passed: row.passed,
      publishedAt: pub.publishedAt.toISOString(),
      appealFrom: pub.publishedAt.toISOString(),
      appealUntil: pub.appealUntil.toISOString(),
      windowOpen: windowOpen(pub, now),
      // The candidate does not learn who re-marks.
      appeals: appeals
        .filter((a) => a.appeal.registrationId === row.registrationId)
        .map((a) => ({ ...appealView(a.appeal, null) })),
    })),
  };
}

/** The frozen result of a registration (404 when not published). */
export async function finalRowOf(exec: Executor, registrationId: string, lock = false): Promise<FinalRow> {
  const q = exec.select().from(finalResults).where(eq(finalResults.registrationId, registrationId)).limit(1);
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw new AppError('FINAL_RESULT_NOT_FOUND');
  return row;
}
