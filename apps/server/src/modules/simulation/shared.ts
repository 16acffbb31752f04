/** What practice/ and skill/ both need: the language picker, the examiner check and the exam grace period. */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import type { Lang } from '../../platform/http/index.js';
import { skillExamExaminers } from './simulation.tables.js';

export const pick = (lang: Lang, zh: string, en: string) => (lang === 'en' ? en : zh);

/** Exam runs accept actions while the attempt is in progress and up to 30 s after its deadline (network delay). */
export const EXAM_GRACE_MS = 30_000;

/** Whether the user is one of the examiners of the plan's skill part. */
export async function isExaminerOf(exec: Executor, userId: string, planId: string): Promise<boolean> {
  const [e] = await exec
    .select({ userId: skillExamExaminers.userId })
    .from(skillExamExaminers)
    .where(and(eq(skillExamExaminers.planId, planId), eq(skillExamExaminers.userId, userId)))
    .limit(1);
  return Boolean(e);
}
