import type { ExamBlueprintChoices } from '@crossskill/contracts';
import { checkEligibility } from '@crossskill/standards';
import { and, eq } from 'drizzle-orm';
import {
  examPlanMarkers,
  examPlans,
  examRegistrations,
  examRoomProctors,
  examRooms,
  examSessions,
} from '../modules/exams/exams.tables.js';
import { assignSeats } from '../modules/exams/plans/index.js';
import type { Executor } from '../platform/db/index.js';

/**
 * The demo theory exam: a published level-4 跨境电子商务师 plan of the demo institution over the demo bank,
 * with the demo examiners as markers, one session that starts when the demo is seeded (120 minutes,
 * entry open for 120 minutes) in one room with the two demo proctors, and the demo trainee registered
 * (approved by the institution admin's override), placed at seat 1 with a `ready` attempt and its paper.
 */
export const DEMO_EXAM = {
  planName: '2026年第四季度 四级跨境电子商务师 理论知识考试（演示）',
  sessionName: '演示场次',
  roomName: '第1考场',
  roomLocation: '综合楼 301 机房（演示）',
  seats: 30,
  durationMinutes: 120,
  lateEntryMinutes: 120,
  overrideReason: '演示数据',
};

/**
 * A blueprint the demo bank's 47 active items fill: 100 points, 12 单选 + 4 判断 + 4 多选 of 5 points each,
 * 20% 易 / 40% 较易 / 30% 中等 / 10% 较难. (The bank's 职业道德, 产品及服务信息管理 and 商务数据分析 rows hold only
 * three items each, so a row of 5 or 10 points needs 5-point items.)
 */
export const DEMO_BLUEPRINT: ExamBlueprintChoices = {
  totalPoints: 100,
  typeCounts: {
    single: { count: 12, points: 5 },
    true_false: { count: 4, points: 5 },
    multiple: { count: 4, points: 5 },
  },
  difficultyMix: { '1': 20, '2': 40, '3': 30, '4': 10 },
};

export async function seedDemoExam(
  tx: Executor,
  q: {
    institutionId: string;
    versionId: string;
    bankId: string;
    adminId: string;
    lecturerId: string;
    traineeId: string;
    proctorIds: string[];
    examinerIds: string[];
  },
): Promise<void> {
  const [existing] = await tx
    .select({ id: examPlans.id })
    .from(examPlans)
    .where(and(eq(examPlans.orgId, q.institutionId), eq(examPlans.name, DEMO_EXAM.planName)))
    .limit(1);
  if (existing) return;
  const now = new Date();
  const [plan] = await tx
    .insert(examPlans)
    .values({
      orgId: q.institutionId,
      name: DEMO_EXAM.planName,
      level: 4,
      workType: '跨境电子商务师',
      standardVersionId: q.versionId,
      modes: ['theory'],
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
      lateEntryMinutes: DEMO_EXAM.lateEntryMinutes,
      passMark: 60,
      createdBy: q.lecturerId,
    })
    .returning({ id: examPlans.id });
  const planId = plan!.id;
  await tx.insert(examPlanMarkers).values(q.examinerIds.map((userId) => ({ planId, userId })));
  // Seats are assigned before the start: create the session a little ahead, assign, then move it to now.
  const [session] = await tx
    .insert(examSessions)
    .values({
      planId,
      name: DEMO_EXAM.sessionName,
      startsAt: new Date(now.getTime() + 3_600_000),
      durationMinutes: DEMO_EXAM.durationMinutes,
    })
    .returning({ id: examSessions.id });
  const [room] = await tx
    .insert(examRooms)
    .values({
      sessionId: session!.id,
      name: DEMO_EXAM.roomName,
      location: DEMO_EXAM.roomLocation,
      seats: DEMO_EXAM.seats,
    })
    .returning({ id: examRooms.id });
  await tx.insert(examRoomProctors).values(q.proctorIds.map((userId) => ({ roomId: room!.id, userId })));

  // The demo trainee declared nothing: ineligible by the standard, approved by the admin's override.
  const asOf = now.toISOString().slice(0, 10);
  const input = { work: [], certificates: [], education: [], asOf };
  const result = checkEligibility({ targetLevel: 4, ...input });
  await tx.insert(examRegistrations).values({
    planId,
    userId: q.traineeId,
    status: 'approved',
    eligibility: { input, result },
    overrideReason: result.eligible ? null : DEMO_EXAM.overrideReason,
    overrideBy: result.eligible ? null : q.adminId,
    overrideAt: result.eligible ? null : now,
  });
  await assignSeats(tx, { sessionId: session!.id, actorId: q.adminId, ip: null, lang: 'zh' });
  await tx.update(examSessions).set({ startsAt: now }).where(eq(examSessions.id, session!.id));
}
