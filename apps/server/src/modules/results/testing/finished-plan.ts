import type { ExamPaperEntry } from '@crossskill/contracts';
import { type Level, type WorkType, weightTable } from '@crossskill/standards';
import { eq } from 'drizzle-orm';
import { createOrg, createUser, loginUser, type TestUser } from '../../../test/factories.js';
import type { Credentials, TestServer } from '../../../test/harness.js';
import {
  examAnswers,
  examAttempts,
  examPlanMarkers,
  examPlans,
  examRegistrations,
  examRooms,
  examSessions,
} from '../../exams/exams.tables.js';
import { organizations } from '../../orgs/index.js';
import { reviewCommitteeMembers, reviewParts, reviewScores } from '../../review/review.tables.js';
import { simRuns, skillAttempts, skillExamExaminers, skillExamParts } from '../../simulation/simulation.tables.js';
import { standardVersions } from '../../standards/index.js';
import { finalResults, resultPublications } from '../results.tables.js';

/**
 * A finished exam plan written straight into the database, for the results, certificates and report tests:
 * an institution with an admin and a lecturer (logged in), a plan (level, work type, the published standard
 * version, modes theory + skill (+ review for levels 2/1), pass mark 60), one approved registration per entry of
 * `candidates`, and per candidate:
 * - theory: a `final` exam attempt whose paper has one item per row of the theory weight table (points = weight)
 *   with answers scored so they add up to the given score; `null` = no attempt (缺考);
 * - skill: a `final` skill attempt (score) with one submitted exam run per skill weight row (scaled score =
 *   weight × score / 100); `null` = no attempt;
 * - review (levels 2/1): a published review part, a committee of 3 review members (new platform org) who all
 *   scored the given value (so the combined score is it); `null`/omitted = no scores yet.
 * With `publish`, a publication (published now − 1 min, appeal window until `publish.appealUntil`) and the
 * frozen final_results rows computed the same way the results module does.
 */
export interface FinishedPlanCandidate {
  user: TestUser;
  creds: Credentials;
  registrationId: string;
}

export interface FinishedPlan {
  planId: string;
  orgId: string;
  admin: { user: TestUser; creds: Credentials };
  lecturer: { user: TestUser; creds: Credentials };
  /** The theory markers (exam_plan_markers) and skill examiners of the plan (examiners of the org). */
  examiners: TestUser[];
  /** The review committee (levels 2/1), from a separate platform organisation. */
  committee: TestUser[];
  candidates: FinishedPlanCandidate[];
}

export interface FinishedPlanOptions {
  level?: number;
  workType?: string;
  candidates: { theory: number | null; skill: number | null; review?: number | null }[];
  publish?: { appealUntil: Date };
}

let seq = 0;

export async function createFinishedPlan(server: TestServer, opts: FinishedPlanOptions): Promise<FinishedPlan> {
  const db = server.ctx.db;
  const level = (opts.level ?? 4) as Level;
  const workType = level === 1 ? null : ((opts.workType ?? '跨境电子商务师') as WorkType);
  const withReview = level <= 2;
  const org = await createOrg(server, 'institution');
  const person = async (role: 'institution_admin' | 'lecturer' | 'trainee') => {
    const user = await createUser(server, { roles: [{ orgId: org.id, role }] });
    return { user, creds: await loginUser(server, user) };
  };
  const admin = await person('institution_admin');
  const lecturer = await person('lecturer');
  const examiners = [
    await createUser(server, { roles: [{ orgId: org.id, role: 'examiner' }] }),
    await createUser(server, { roles: [{ orgId: org.id, role: 'examiner' }] }),
    await createUser(server, { roles: [{ orgId: org.id, role: 'examiner' }] }),
  ];
  const committee: TestUser[] = [];
  if (withReview) {
    const [platform] = await db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.kind, 'platform'))
      .limit(1);
    const reviewOrg = platform?.id ?? (await createOrg(server, 'platform')).id;
    for (let i = 0; i < 3; i++) {
      committee.push(await createUser(server, { roles: [{ orgId: reviewOrg, role: 'review_member' }] }));
    }
  }
  const people: { user: TestUser; creds: Credentials }[] = [];
  for (let i = 0; i < opts.candidates.length; i++) people.push(await person('trainee'));

  const [version] = await db
    .select({ id: standardVersions.id })
    .from(standardVersions)
    .where(eq(standardVersions.status, 'published'))
    .limit(1);
  if (!version) throw new Error('finished plan: no published standard version');

  const theoryRows = weightTable('theory', level, workType ?? undefined);
  const skillRows = weightTable('skill', level, workType ?? undefined);
  const paper: ExamPaperEntry[] = theoryRows.map((r, i) => ({
    position: i + 1,
    questionId: crypto.randomUUID(),
    revisionId: crypto.randomUUID(),
    type: 'short_answer',
    points: r.weight,
    row: i,
    rowItem: r.item,
    difficulty: 3,
    optionOrder: [],
  }));
  const tag = `${org.id.slice(0, 6)}${++seq}`;
  const finishedAt = new Date(Date.now() - 2 * 86_400_000);

  const result = await db.transaction(async (tx) => {
    const [plan] = await tx
      .insert(examPlans)
      .values({
        orgId: org.id,
        name: `${level}级电子商务师鉴定 ${tag}`,
        level,
        workType,
        standardVersionId: version.id,
        modes: withReview ? ['theory', 'skill', 'review'] : ['theory', 'skill'],
        status: 'finished',
        blueprint: null,
        bankIds: [],
        paperMode: 'fixed',
        fixedPaper: paper,
        shuffleItems: false,
        shuffleOptions: false,
        warningRules: { blur: 3, paste: 1, fullscreen_exit: 3 },
        passMark: 60,
        createdBy: lecturer.user.id,
      })
      .returning({ id: examPlans.id });
    const planId = plan!.id;
    await tx.insert(examPlanMarkers).values(examiners.map((e) => ({ planId, userId: e.id })));
    const [session] = await tx
      .insert(examSessions)
      .values({ planId, name: '第一场', startsAt: finishedAt, durationMinutes: 90, closedAt: finishedAt })
      .returning({ id: examSessions.id });
    const [room] = await tx
      .insert(examRooms)
      .values({ sessionId: session!.id, name: '第1考场', location: '教学楼 301', seats: Math.max(people.length, 1) })
      .returning({ id: examRooms.id });
    await tx.insert(skillExamParts).values({
      planId,
      status: 'published',
      blueprint: skillRows.map((r) => ({ weightItem: r.item, points: r.weight, taskIds: [crypto.randomUUID()] })),
      startsAt: finishedAt,
      durationMinutes: 120,
    });
    await tx.insert(skillExamExaminers).values(examiners.map((e) => ({ planId, userId: e.id })));
    if (withReview) {
      await tx
        .insert(reviewParts)
        .values({ planId, status: 'published', combineRule: 'mean', materialsDeadline: finishedAt });
      await tx
        .insert(reviewCommitteeMembers)
        .values(committee.map((m, i) => ({ planId, userId: m.id, chair: i === 0 ? 1 : 0 })));
    }

    const candidates: FinishedPlanCandidate[] = [];
    for (const [i, p] of people.entries()) {
      const spec = opts.candidates[i]!;
      const [reg] = await tx
        .insert(examRegistrations)
        .values({
          planId,
          userId: p.user.id,
          status: 'approved',
          eligibility: { input: {}, result: { eligible: true, clauses: [] } },
          sessionId: session!.id,
          roomId: room!.id,
          seatNo: i + 1,
          ticketNo: `F${tag}${String(i + 1).padStart(4, '0')}`,
        })
        .returning({ id: examRegistrations.id });
      const registrationId = reg!.id;
      if (spec.theory !== null) {
        const [attempt] = await tx
          .insert(examAttempts)
          .values({
            registrationId,
            planId,
            sessionId: session!.id,
            roomId: room!.id,
            userId: p.user.id,
            paper,
            paperSeed: `${session!.id}:${registrationId}`,
            status: 'submitted',
            startedAt: finishedAt,
            deadlineAt: new Date(finishedAt.getTime() + 90 * 60_000),
            submittedAt: new Date(finishedAt.getTime() + 80 * 60_000),
            submitReason: 'candidate',
            answeredCount: paper.length,
            objectiveScore: 0,
            subjectiveScore: spec.theory,
            totalScore: spec.theory,
            passed: spec.theory >= 60,
            resultStatus: 'final',
          })
          .returning({ id: examAttempts.id });
        // Item scores proportional to the points; the rounding rest goes to the last item.
        let rest = spec.theory;
        const scores = paper.map((e, k) => {
          const s = k === paper.length - 1 ? rest : Math.round(((e.points * spec.theory!) / 100) * 100) / 100;
          rest = Math.round((rest - s) * 100) / 100;
          return s;
        });
        await tx.insert(examAnswers).values(
          paper.map((e, k) => ({
            attemptId: attempt!.id,
            position: e.position,
            response: null,
            version: 1,
            score: scores[k]!,
          })),
        );
      }
      if (spec.skill !== null) {
        const [sa] = await tx
          .insert(skillAttempts)
          .values({
            planId,
            registrationId,
            userId: p.user.id,
            status: 'final',
            seed: `${planId}:${registrationId}`,
            startedAt: finishedAt,
            deadlineAt: new Date(finishedAt.getTime() + 120 * 60_000),
            submittedAt: new Date(finishedAt.getTime() + 100 * 60_000),
            submitReason: 'candidate',
            autoScore: spec.skill,
            score: spec.skill,
            passed: spec.skill >= 60,
            finalizedBy: examiners[0]!.id,
            finalizedAt: new Date(finishedAt.getTime() + 200 * 60_000),
          })
          .returning({ id: skillAttempts.id });
        await tx.insert(simRuns).values(
          skillRows.map((r) => {
            const scaled = Math.round(((r.weight * spec.skill!) / 100) * 100) / 100;
            return {
              userId: p.user.id,
              kind: 'exam' as const,
              status: 'submitted' as const,
              marketplace: 'amazon',
              seed: `${sa!.id}:${r.item}`,
              params: {},
              computed: {},
              initialState: {},
              state: {},
              skillAttemptId: sa!.id,
              weightItem: r.item,
              rowPoints: r.weight,
              report: { results: [], awarded: spec.skill!, total: 100, scaled },
            };
          }),
        );
      }
      if (withReview && spec.review !== undefined && spec.review !== null) {
        await tx
          .insert(reviewScores)
          .values(committee.map((m) => ({ registrationId, memberId: m.id, score: spec.review!, comment: '答辩表现' })));
      }
      candidates.push({ ...p, registrationId });
    }

    if (opts.publish) {
      const publishedAt = new Date(Date.now() - 60_000);
      await tx.insert(resultPublications).values({
        planId,
        publishedAt,
        publishedBy: admin.user.id,
        appealDays: Math.max(
          1,
          Math.min(30, Math.ceil((opts.publish.appealUntil.getTime() - publishedAt.getTime()) / 86_400_000)),
        ),
        appealUntil: opts.publish.appealUntil,
      });
      await tx.insert(finalResults).values(
        candidates.map((c, i) => {
          const spec = opts.candidates[i]!;
          const review = withReview ? (spec.review ?? null) : null;
          const passed =
            spec.theory !== null &&
            spec.theory >= 60 &&
            spec.skill !== null &&
            spec.skill >= 60 &&
            (!withReview || (review !== null && review >= 60));
          return {
            registrationId: c.registrationId,
            planId,
            userId: c.user.id,
            theoryScore: spec.theory,
            skillScore: spec.skill,
            reviewScore: review,
            reviewRequired: withReview,
            passMark: 60,
            passed,
            publishedAt,
          };
        }),
      );
    }
    return { planId, candidates };
  });

  return { planId: result.planId, orgId: org.id, admin, lecturer, examiners, committee, candidates: result.candidates };
}
