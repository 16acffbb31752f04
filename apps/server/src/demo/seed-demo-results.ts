import { randomUUID } from 'node:crypto';
import {
  type Answer,
  type CandidateResponse,
  type ExamPaperEntry,
  OPTION_KEYS,
  type SimReport,
} from '@crossskill/contracts';
import {
  createRng,
  envFor,
  evaluateChecks,
  instantiateTask,
  runSolution,
  type TaskDefinition,
} from '@crossskill/simulation';
import { checkEligibility } from '@crossskill/standards';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import {
  examAnswers,
  examAttempts,
  examPlanMarkers,
  examPlans,
  examRegistrations,
  examRoomProctors,
  examRooms,
  examSessions,
} from '../modules/exams/exams.tables.js';
import { assignSeats } from '../modules/exams/plans/index.js';
import { questionRevisions } from '../modules/questionbank/questionbank.tables.js';
import { finalResults, resultPublications } from '../modules/results/results.tables.js';
import {
  simRunActions,
  simRuns,
  simTaskRevisions,
  simTasks,
  skillAttempts,
  skillExamExaminers,
  skillExamParts,
} from '../modules/simulation/simulation.tables.js';
import type { Executor } from '../platform/db/index.js';
import { DEMO_BLUEPRINT } from './seed-demo-exam.js';
import { DEMO_SKILL_ROWS } from './seed-demo-skill.js';

const DAY = 86_400_000;
const round2 = (x: number): number => Math.round((x + Number.EPSILON) * 100) / 100;

/**
 * How well a demo candidate did: the share of theory items answered correctly and the share of each skill task's
 * reference solution carried out, per occupational function (职业功能 / weight-table row); `default` elsewhere.
 */
export interface DemoProfile {
  theory: { default: number } & Record<string, number>;
  skill: { default: number } & Record<string, number>;
}

/** A strong candidate, good everywhere. */
const STRONG: DemoProfile = { theory: { default: 0.9 }, skill: { default: 1 } };

export interface DemoCandidate {
  name: string;
  /** Identifies the account (a demo mobile number); only listed accounts get a password. */
  mobile: string;
  profile: DemoProfile;
}

/** The demo trainee passes level 4 but is weak in 商务数据分析 and 营销推广 (the ability report recommends them). */
export const TRAINEE_PROFILE: DemoProfile = {
  theory: { default: 0.95, 商务数据分析: 0.34, 营销推广: 0.5 },
  skill: { default: 1, 商务数据分析: 0.3, 营销推广: 0.5 },
};

/**
 * The finished level-4 plan: exams 40 days ago, results published 25 days ago with a 15-day review period (over),
 * the demo trainee and five more candidates (one fails the theory exam). The demo trainee's certificate is
 * issued from it.
 */
export const DEMO_FINISHED = {
  planName: '2026年第三期电子商务师（跨境电子商务师）四级鉴定',
  examDaysAgo: 40,
  publishedDaysAgo: 25,
  appealDays: 15,
  candidates: [
    { name: '林晓雯', mobile: '13800000021', profile: STRONG },
    {
      name: '黄志强',
      mobile: '13800000022',
      profile: { theory: { default: 0.8 }, skill: { default: 1, 客户服务: 0.5 } },
    },
    {
      name: '何静怡',
      mobile: '13800000023',
      profile: { theory: { default: 0.85, 职业道德: 0.5 }, skill: STRONG.skill },
    },
    {
      name: '马俊杰',
      mobile: '13800000024',
      profile: { theory: { default: 0.75 }, skill: { default: 1, 营销推广: 0.5 } },
    },
    // fails: theory below 60
    {
      name: '许思远',
      mobile: '13800000025',
      profile: { theory: { default: 0.45 }, skill: { default: 1, 商务数据分析: 0, 客户服务: 0.5 } },
    },
  ] satisfies DemoCandidate[],
};

/**
 * A second finished level-4 plan whose results the institution has not published yet (so the demo can publish
 * them, and a candidate can then appeal inside the review period): the second demo trainee and two more.
 */
export const DEMO_PENDING = {
  planName: '2026年第四期电子商务师（跨境电子商务师）四级鉴定',
  examDaysAgo: 6,
  candidates: [
    { name: '高雅琪', mobile: '13800000026', profile: STRONG },
    {
      name: '罗浩然',
      mobile: '13800000027',
      profile: { theory: { default: 0.7 }, skill: { default: 1, 业务处理: 0.5 } },
    },
  ] satisfies DemoCandidate[],
};

/** The second demo trainee (13800000014) in the pending plan: passes, a little weak in 客户服务. */
export const SECOND_TRAINEE_PROFILE: DemoProfile = {
  theory: { default: 0.8, 客户服务: 0.5 },
  skill: { default: 1, 客户服务: 0.6 },
};

export interface FinishedPlanInput {
  planName: string;
  institutionId: string;
  versionId: string;
  bankId: string;
  adminId: string;
  lecturerId: string;
  proctorIds: string[];
  examinerIds: string[];
  examAt: Date;
  candidates: { userId: string; profile: DemoProfile }[];
  /** Published results with this review period; omitted = not published. */
  publication?: { publishedAt: Date; appealDays: number };
}

/** The response a candidate gives to an objective item, right or wrong, in the letters shown. */
function responseFor(entry: ExamPaperEntry, answer: Answer, right: boolean): CandidateResponse | null {
  const letter = (key: string) => OPTION_KEYS[entry.optionOrder.indexOf(key)]!;
  switch (answer.type) {
    case 'single': {
      if (right) return { choices: [letter(answer.key)] };
      const other = entry.optionOrder.find((k) => k !== answer.key);
      return other ? { choices: [letter(other)] } : null;
    }
    case 'multiple': {
      if (right) return { choices: answer.keys.map(letter).sort() };
      const keys = new Set<string>(answer.keys);
      const other = entry.optionOrder.find((k) => !keys.has(k));
      return other ? { choices: [letter(other), letter(answer.keys[0]!)].sort() } : null;
    }
    case 'true_false':
      return { value: right ? answer.value : !answer.value };
    case 'fill_blank':
      return { blanks: answer.blanks.map((b) => (right ? (b.accepted[0] ?? '') : '—')) };
    default:
      return { text: '（演示答案）' };
  }
}

/** Candidates' theory attempts: answers per the profile (the first ⌈share × n⌉ items of each row right). */
async function completeTheory(
  tx: Executor,
  planId: string,
  examAt: Date,
  profiles: Map<string, DemoProfile>,
  passMark: number,
): Promise<void> {
  const attempts = await tx.select().from(examAttempts).where(eq(examAttempts.planId, planId));
  const revisionIds = [...new Set(attempts.flatMap((a) => a.paper.map((p) => p.revisionId)))];
  const revisions = revisionIds.length
    ? await tx
        .select({ id: questionRevisions.id, answer: questionRevisions.answer })
        .from(questionRevisions)
        .where(inArray(questionRevisions.id, revisionIds))
    : [];
  const answerOf = new Map(revisions.map((r) => [r.id, r.answer]));
  for (const [k, attempt] of attempts.entries()) {
    const profile = profiles.get(attempt.userId)!;
    const byRow = new Map<string, ExamPaperEntry[]>();
    for (const entry of attempt.paper) byRow.set(entry.rowItem, [...(byRow.get(entry.rowItem) ?? []), entry]);
    const right = new Set<number>();
    for (const [rowItem, entries] of byRow) {
      const share = profile.theory[rowItem] ?? profile.theory.default;
      const n = Math.round(share * entries.length);
      for (const e of entries.slice(0, n)) right.add(e.position);
    }
    const startedAt = new Date(examAt.getTime() + (2 + k) * 60_000);
    const submittedAt = new Date(startedAt.getTime() + (70 + 5 * k) * 60_000);
    let total = 0;
    const rows = attempt.paper.map((entry) => {
      const answer = answerOf.get(entry.revisionId)!;
      const ok = right.has(entry.position);
      const score = ok ? entry.points : 0;
      total += score;
      return {
        attemptId: attempt.id,
        position: entry.position,
        response: responseFor(entry, answer, ok),
        version: 1,
        savedAt: new Date(startedAt.getTime() + entry.position * 120_000),
        score,
      };
    });
    if (rows.length) await tx.insert(examAnswers).values(rows);
    total = round2(total);
    await tx
      .update(examAttempts)
      .set({
        status: 'submitted',
        identityConfirmedAt: new Date(startedAt.getTime() - 60_000),
        startedAt,
        deadlineAt: new Date(examAt.getTime() + 120 * 60_000),
        submittedAt,
        submitReason: 'candidate',
        answeredCount: rows.length,
        objectiveScore: total,
        subjectiveScore: 0,
        totalScore: total,
        passed: total >= passMark,
        resultStatus: 'final',
      })
      .where(eq(examAttempts.id, attempt.id));
  }
}

/**
 * Candidates' skill attempts: one run per blueprint row of a library task, made from the task's own reference
 * solution, of which the profile's share of steps is carried out, then scored by the task's checks (so the
 * reports, the replay and the score agree). Confirmed (final) by the first examiner.
 */
async function completeSkill(
  tx: Executor,
  planId: string,
  skillAt: Date,
  registrations: { id: string; userId: string }[],
  profiles: Map<string, DemoProfile>,
  examinerId: string,
  passMark: number,
): Promise<void> {
  const blueprint: { weightItem: string; points: number; taskIds: string[] }[] = [];
  const definitions = new Map<string, { revision: number; def: TaskDefinition }>();
  for (const [weightItem, points] of DEMO_SKILL_ROWS) {
    const tasks = await tx
      .select({ id: simTasks.id, revision: simTasks.currentRevision, definition: simTaskRevisions.definition })
      .from(simTasks)
      .innerJoin(
        simTaskRevisions,
        and(eq(simTaskRevisions.taskId, simTasks.id), eq(simTaskRevisions.revision, simTasks.currentRevision)),
      )
      .where(
        and(
          isNull(simTasks.orgId),
          eq(simTasks.level, 4),
          eq(simTasks.workType, '跨境电子商务师'),
          eq(simTasks.weightItem, weightItem),
          eq(simTasks.status, 'active'),
        ),
      )
      .orderBy(asc(simTasks.code));
    if (tasks.length === 0) throw new Error(`demo seed: no library task for ${weightItem}`);
    for (const t of tasks) {
      definitions.set(t.id, { revision: t.revision, def: t.definition as unknown as TaskDefinition });
    }
    blueprint.push({ weightItem, points, taskIds: tasks.map((t) => t.id) });
  }
  await tx.insert(skillExamParts).values({
    planId,
    status: 'published',
    blueprint,
    startsAt: skillAt,
    durationMinutes: 120,
    lateEntryMinutes: 30,
    updatedAt: skillAt,
  });
  for (const [k, reg] of registrations.entries()) {
    const profile = profiles.get(reg.userId)!;
    const seed = randomUUID();
    const startedAt = new Date(skillAt.getTime() + (3 + k) * 60_000);
    const submittedAt = new Date(startedAt.getTime() + (90 + 3 * k) * 60_000);
    const [attempt] = await tx
      .insert(skillAttempts)
      .values({
        planId,
        registrationId: reg.id,
        userId: reg.userId,
        status: 'final',
        seed,
        startedAt,
        deadlineAt: new Date(skillAt.getTime() + 120 * 60_000),
        submittedAt,
        submitReason: 'candidate',
        finalizedBy: examinerId,
        finalizedAt: new Date(skillAt.getTime() + DAY),
      })
      .returning({ id: skillAttempts.id });
    let total = 0;
    for (const [i, row] of blueprint.entries()) {
      const taskId = row.taskIds[createRng(`${seed}/row/${row.weightItem}`).int(0, row.taskIds.length - 1)]!;
      const { revision, def } = definitions.get(taskId)!;
      const runSeed = `${seed}/${i}`;
      const instance = instantiateTask(def, runSeed, envFor);
      const share = profile.skill[row.weightItem] ?? profile.skill.default;
      const steps = def.solution ?? [];
      const partial: TaskDefinition = { ...def, solution: steps.slice(0, Math.floor(share * steps.length)) };
      let state = instance.initialState;
      let log: Awaited<ReturnType<typeof runSolution>>['log'] = [];
      try {
        ({ state, log } = runSolution(partial, instance, envFor));
      } catch {
        // a prefix that cannot be carried out: the candidate did nothing on this task
      }
      const report = evaluateChecks(def, instance, state, log, envFor);
      const stored: SimReport = { ...report, scaled: null };
      total += report.total > 0 ? round2((report.awarded / report.total) * row.points) : 0;
      const runStarted = new Date(startedAt.getTime() + i);
      const [run] = await tx
        .insert(simRuns)
        .values({
          userId: reg.userId,
          kind: 'exam',
          status: 'submitted',
          marketplace: def.scenario.marketplace,
          taskId,
          taskRevision: revision,
          seed: runSeed,
          params: instance.params,
          computed: instance.computed,
          instructions: instance.instructions,
          initialState: instance.initialState as unknown as Record<string, unknown>,
          state: state as unknown as Record<string, unknown>,
          seq: log.length ? log[log.length - 1]!.seq : 0,
          skillAttemptId: attempt!.id,
          weightItem: row.weightItem,
          rowPoints: row.points,
          report: stored,
          startedAt: runStarted,
          updatedAt: submittedAt,
        })
        .returning({ id: simRuns.id });
      if (log.length) {
        await tx.insert(simRunActions).values(
          log.map((l, j) => ({
            runId: run!.id,
            seq: l.seq,
            action: l.action as unknown as Record<string, unknown>,
            ok: l.ok,
            refusal: l.refusal ?? null,
            atMs: (j + 1) * 45_000,
            createdAt: new Date(runStarted.getTime() + (j + 1) * 45_000),
          })),
        );
      }
    }
    total = round2(total);
    await tx
      .update(skillAttempts)
      .set({ autoScore: total, score: total, passed: total >= passMark })
      .where(eq(skillAttempts.id, attempt!.id));
  }
}

/**
 * A level-4 跨境电子商务师 plan that has been held: registrations approved, seats and papers from the real
 * assembly over the demo bank, theory attempts submitted and scored, skill attempts scored and confirmed, the plan
 * finished and, when asked, its results published. Skipped when the plan exists. Returns the plan's id.
 */
export async function seedFinishedPlan(tx: Executor, q: FinishedPlanInput): Promise<string | null> {
  const [existing] = await tx
    .select({ id: examPlans.id })
    .from(examPlans)
    .where(and(eq(examPlans.orgId, q.institutionId), eq(examPlans.name, q.planName)))
    .limit(1);
  if (existing) return null;
  const created = new Date(q.examAt.getTime() - 30 * DAY);
  const [plan] = await tx
    .insert(examPlans)
    .values({
      orgId: q.institutionId,
      name: q.planName,
      level: 4,
      workType: '跨境电子商务师',
      standardVersionId: q.versionId,
      modes: ['theory', 'skill'],
      status: 'published',
      blueprint: DEMO_BLUEPRINT,
      bankIds: [q.bankId],
      paperMode: 'per_candidate',
      shuffleItems: true,
      shuffleOptions: true,
      multipleScoring: 'partial',
      thirdMarkThresholdPct: 20,
      warningRules: { blur: 3, paste: 1, fullscreen_exit: 3 },
      saveGraceSeconds: 30,
      lateEntryMinutes: 30,
      passMark: 60,
      createdBy: q.lecturerId,
      createdAt: created,
      updatedAt: created,
    })
    .returning({ id: examPlans.id, passMark: examPlans.passMark });
  const planId = plan!.id;
  await tx.insert(examPlanMarkers).values(q.examinerIds.map((userId) => ({ planId, userId })));
  // Seats are assigned before a session starts: create it ahead, assign, then move it to the exam day.
  const [session] = await tx
    .insert(examSessions)
    .values({ planId, name: '第一场', startsAt: new Date(Date.now() + 3_600_000), durationMinutes: 120 })
    .returning({ id: examSessions.id });
  const [room] = await tx
    .insert(examRooms)
    .values({ sessionId: session!.id, name: '第1考场', location: '综合楼 302 机房（演示）', seats: 30 })
    .returning({ id: examRooms.id });
  await tx.insert(examRoomProctors).values(q.proctorIds.map((userId) => ({ roomId: room!.id, userId })));
  const asOf = created.toISOString().slice(0, 10);
  const input = { work: [], certificates: [], education: [], asOf };
  const result = checkEligibility({ targetLevel: 4, ...input });
  for (const [k, c] of q.candidates.entries()) {
    await tx.insert(examRegistrations).values({
      planId,
      userId: c.userId,
      status: 'approved',
      eligibility: { input, result },
      overrideReason: result.eligible ? null : '演示数据',
      overrideBy: result.eligible ? null : q.adminId,
      overrideAt: result.eligible ? null : created,
      createdAt: new Date(created.getTime() + k * 60_000),
    });
  }
  await assignSeats(tx, { sessionId: session!.id, actorId: q.adminId, ip: null, lang: 'zh' });
  await tx
    .update(examSessions)
    .set({ startsAt: q.examAt, closedAt: new Date(q.examAt.getTime() + 125 * 60_000) })
    .where(eq(examSessions.id, session!.id));

  const profiles = new Map(q.candidates.map((c) => [c.userId, c.profile]));
  await completeTheory(tx, planId, q.examAt, profiles, plan!.passMark);
  const registrations = await tx
    .select({ id: examRegistrations.id, userId: examRegistrations.userId })
    .from(examRegistrations)
    .where(eq(examRegistrations.planId, planId))
    .orderBy(asc(examRegistrations.createdAt));
  const skillAt = new Date(q.examAt.getTime() + DAY);
  await completeSkill(tx, planId, skillAt, registrations, profiles, q.examinerIds[0]!, plan!.passMark);
  await tx.insert(skillExamExaminers).values(q.examinerIds.map((userId) => ({ planId, userId })));
  await tx.update(examPlans).set({ status: 'finished', updatedAt: skillAt }).where(eq(examPlans.id, planId));

  if (q.publication) {
    const { publishedAt, appealDays } = q.publication;
    await tx.insert(resultPublications).values({
      planId,
      publishedAt,
      publishedBy: q.adminId,
      appealDays,
      appealUntil: new Date(publishedAt.getTime() + appealDays * DAY),
    });
    const theory = await tx
      .select({ registrationId: examAttempts.registrationId, score: examAttempts.totalScore })
      .from(examAttempts)
      .where(eq(examAttempts.planId, planId));
    const skill = await tx
      .select({ registrationId: skillAttempts.registrationId, score: skillAttempts.score })
      .from(skillAttempts)
      .where(eq(skillAttempts.planId, planId));
    const theoryOf = new Map(theory.map((t) => [t.registrationId, t.score]));
    const skillOf = new Map(skill.map((s) => [s.registrationId, s.score]));
    await tx.insert(finalResults).values(
      registrations.map((r) => {
        const theoryScore = theoryOf.get(r.id) ?? null;
        const skillScore = skillOf.get(r.id) ?? null;
        return {
          registrationId: r.id,
          planId,
          userId: r.userId,
          theoryScore,
          skillScore,
          reviewScore: null,
          reviewRequired: false,
          passMark: plan!.passMark,
          passed:
            theoryScore !== null &&
            skillScore !== null &&
            theoryScore >= plan!.passMark &&
            skillScore >= plan!.passMark,
          publishedAt,
          updatedAt: publishedAt,
        };
      }),
    );
  }
  return planId;
}
