import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { examPlans } from '../modules/exams/exams.tables.js';
import { simTasks, skillExamExaminers, skillExamParts } from '../modules/simulation/simulation.tables.js';
import type { Executor } from '../platform/db/index.js';
import { DEMO_EXAM } from './seed-demo-exam.js';

/** The demo skill exam opens when seeded; candidates may enter for `lateEntryMinutes`. */
export const DEMO_SKILL = { durationMinutes: 120, lateEntryMinutes: 120 };

/** L4 跨境电子商务师 skill weight table (003 §4.2): the demo blueprint's rows and points. */
export const DEMO_SKILL_ROWS: [string, number][] = [
  ['产品及服务信息管理', 20],
  ['线上店铺设计与装修', 15],
  ['营销推广', 15],
  ['业务处理', 20],
  ['客户服务', 15],
  ['商务数据分析', 15],
];

/**
 * The demo skill exam: the skill part of the demo plan, published, open from seeding for 120 minutes (entry for
 * 120), every row drawing from the library's active level-4 cross-border tasks of its function, the three demo
 * examiners. Skipped when the part exists. Needs the task library (seeded at start).
 */
export async function seedDemoSkillExam(
  tx: Executor,
  q: { institutionId: string; examinerIds: string[] },
): Promise<void> {
  const [plan] = await tx
    .select({ id: examPlans.id, modes: examPlans.modes })
    .from(examPlans)
    .where(and(eq(examPlans.orgId, q.institutionId), eq(examPlans.name, DEMO_EXAM.planName)))
    .limit(1);
  if (!plan) return;
  const [existing] = await tx.select().from(skillExamParts).where(eq(skillExamParts.planId, plan.id)).limit(1);
  if (existing) return;
  const blueprint = [];
  for (const [weightItem, points] of DEMO_SKILL_ROWS) {
    const tasks = await tx
      .select({ id: simTasks.id })
      .from(simTasks)
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
    blueprint.push({ weightItem, points, taskIds: tasks.map((t) => t.id) });
  }
  await tx.insert(skillExamParts).values({
    planId: plan.id,
    status: 'published',
    blueprint,
    startsAt: new Date(),
    durationMinutes: DEMO_SKILL.durationMinutes,
    lateEntryMinutes: DEMO_SKILL.lateEntryMinutes,
  });
  await tx.insert(skillExamExaminers).values(q.examinerIds.map((userId) => ({ planId: plan.id, userId })));
  if (!plan.modes.includes('skill')) {
    await tx
      .update(examPlans)
      .set({ modes: sql`array_append(${examPlans.modes}, 'skill')` })
      .where(eq(examPlans.id, plan.id));
  }
}
