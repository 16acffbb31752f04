import type { AbilityReport, AbilitySkillRow, AbilityTheoryRow } from '@crossskill/contracts';
import { type Level, nationalLevel, OCCUPATION, type WorkType, weightColumnKey } from '@crossskill/standards';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import { AppError, type AuthContext } from '../../../platform/http/index.js';
import { examRegistrations } from '../../exams/exams.tables.js';
import { isPlanStaff, loadPlan, theoryBreakdown } from '../../exams/index.js';
import { users } from '../../identity/identity.tables.js';
import { reviewScores } from '../../review/index.js';
import { practiceTasksFor, skillBreakdown } from '../../simulation/index.js';
import { standardVersions } from '../../standards/index.js';
import { finalResults, resultPublications } from '../results.tables.js';
import { aggregateFunctions, findings, rateOf, STRENGTH_MARK } from './ability.js';

/** Practice tasks listed per function to train. */
const PRACTICE_PER_FUNCTION = 5;

/** The web app's practice page (仿真实训), where a listed task is started. */
export const PRACTICE_PATH = '/sim/practice';

const round2 = (n: number) => Math.round((n + Number.EPSILON) * 100) / 100;

/**
 * 能力评价报告 of one registration. Visible to the candidate (own approved registration, once the plan's results
 * are published) and to the plan's staff (as soon as the theory or the skill result is final); anyone else gets
 * 404 as if the registration did not exist. 409 ABILITY_REPORT_NOT_READY while neither result is final.
 */
export async function abilityReport(
  ctx: AppContext,
  auth: AuthContext,
  registrationId: string,
): Promise<AbilityReport> {
  const db = ctx.db;
  const [reg] = await db
    .select({
      id: examRegistrations.id,
      planId: examRegistrations.planId,
      userId: examRegistrations.userId,
      status: examRegistrations.status,
      ticketNo: examRegistrations.ticketNo,
      name: users.name,
    })
    .from(examRegistrations)
    .innerJoin(users, eq(users.id, examRegistrations.userId))
    .where(eq(examRegistrations.id, registrationId))
    .limit(1);
  if (!reg) throw new AppError('REGISTRATION_NOT_FOUND');
  const plan = await loadPlan(db, reg.planId);
  const staff = isPlanStaff(auth, plan.orgId);
  const candidate = reg.userId === auth.userId && reg.status === 'approved';
  if (!staff && !candidate) throw new AppError('REGISTRATION_NOT_FOUND');

  const [theory, skill, [publication], [final]] = await Promise.all([
    theoryBreakdown(db, registrationId),
    skillBreakdown(db, registrationId),
    db.select().from(resultPublications).where(eq(resultPublications.planId, plan.id)).limit(1),
    db.select().from(finalResults).where(eq(finalResults.registrationId, registrationId)).limit(1),
  ]);
  const theoryFinal = theory?.resultStatus === 'final';
  const skillFinal = skill?.status === 'final';
  if (!theoryFinal && !skillFinal) throw new AppError('ABILITY_REPORT_NOT_READY');
  if (!staff && !publication) throw new AppError('ABILITY_REPORT_NOT_PUBLISHED');

  const [version] = await db
    .select({
      id: standardVersions.id,
      label: standardVersions.label,
      title: standardVersions.title,
      snapshot: standardVersions.snapshot,
    })
    .from(standardVersions)
    .where(eq(standardVersions.id, plan.standardVersionId))
    .limit(1);
  if (!version) throw new AppError('REGISTRATION_NOT_FOUND');
  let column: ReturnType<typeof weightColumnKey> | null = null;
  try {
    column = weightColumnKey(plan.level as Level, (plan.workType ?? undefined) as WorkType | undefined);
  } catch {
    column = null;
  }
  const groupOf = new Map(version.snapshot.weights.theory.rows.map((r) => [r.item, r.group]));
  const skillWeightOf = new Map(
    version.snapshot.weights.skill.rows.map((r) => [r.item, column ? (r.weights[column] ?? null) : null]),
  );

  const theoryRows: AbilityTheoryRow[] = (theoryFinal ? theory!.rows : []).map((r) => ({
    item: r.item,
    group: groupOf.get(r.item) ?? null,
    weight: r.weight,
    paperPoints: r.rawAvailable,
    paperScore: r.rawScored,
    available: r.available,
    score: r.scored,
    rate: rateOf(r.rawScored, r.rawAvailable),
  }));
  // One run per blueprint row; rows sharing an item (not expected) are added up.
  const skillByItem = new Map<string, AbilitySkillRow>();
  for (const r of skillFinal ? skill!.rows : []) {
    const prev = skillByItem.get(r.item);
    if (prev) {
      prev.points = round2(prev.points + r.points);
      prev.score = round2(prev.score + r.score);
      prev.rate = rateOf(prev.score, prev.points);
      continue;
    }
    skillByItem.set(r.item, {
      item: r.item,
      weight: skillWeightOf.get(r.item) ?? null,
      points: r.points,
      score: r.score,
      rate: rateOf(r.score, r.points),
      taskCode: r.taskCode,
      taskTitle: r.taskTitle,
    });
  }
  // In the skill weight table's order (rows outside it last).
  const skillOrder = version.snapshot.weights.skill.rows.map((r) => r.item);
  const position = (item: string) => (skillOrder.includes(item) ? skillOrder.indexOf(item) : skillOrder.length);
  const skillRows = [...skillByItem.values()].sort((a, b) => position(a.item) - position(b.item));

  const functions = aggregateFunctions(
    theoryRows.map((r) => ({ item: r.item, group: r.group, available: r.available, score: r.score })),
    skillRows.map((r) => ({ item: r.item, points: r.points, score: r.score })),
    plan.passMark,
  );
  const found = findings(functions, plan.passMark);
  const tasks = await practiceTasksFor(db, {
    level: plan.level,
    workType: plan.level === 1 ? null : plan.workType,
    weightItems: found.toTrain.map((f) => f.name),
    orgId: plan.orgId,
  });

  const reviewRequired = plan.level <= 2;
  let reviewScore: number | null = null;
  if (reviewRequired) {
    if (final) reviewScore = final.reviewScore;
    else reviewScore = (await reviewScores(db, [registrationId])).get(registrationId)?.score ?? null;
  }
  const theoryScore = theoryFinal ? (final?.theoryScore ?? theory!.total) : null;
  const skillScore = skillFinal ? (final?.skillScore ?? skill!.score) : null;
  const passes = (s: number | null) => (s === null ? null : s >= plan.passMark);

  return {
    registrationId,
    planId: plan.id,
    planName: plan.name,
    candidateName: reg.name,
    ticketNo: reg.ticketNo,
    orgName: plan.orgName,
    occupation: { code: OCCUPATION.code, name: OCCUPATION.name },
    level: plan.level,
    levelName: nationalLevel(plan.level as Level).name,
    workType: plan.workType,
    standardVersion: { id: version.id, label: version.label, title: version.title },
    passMark: plan.passMark,
    strengthMark: STRENGTH_MARK,
    theory: {
      status: theory ? (theoryFinal ? 'final' : 'pending') : 'none',
      score: theoryScore,
      passed: passes(theoryScore),
    },
    skill: {
      status: skill ? (skillFinal ? 'final' : 'pending') : 'none',
      score: skillScore,
      passed: passes(skillScore),
    },
    review: { required: reviewRequired, score: reviewScore, passed: passes(reviewScore) },
    passed: publication && final ? final.passed : null,
    publishedAt: publication ? publication.publishedAt.toISOString() : null,
    generatedAt: new Date().toISOString(),
    theoryRows,
    skillRows,
    functions,
    strengths: found.strengths,
    toTrain: found.toTrain.map((f) => ({
      ...f,
      practice: tasks
        .filter((t) => t.weightItem === f.name)
        .slice(0, PRACTICE_PER_FUNCTION)
        .map((t) => ({
          kind: 'practice' as const,
          taskId: t.taskId,
          code: t.code,
          title: t.title,
          marketplace: t.marketplace,
          url: PRACTICE_PATH,
        })),
      // No course module yet: the shape is ready, the list stays empty (never invented).
      courses: [],
    })),
  };
}
