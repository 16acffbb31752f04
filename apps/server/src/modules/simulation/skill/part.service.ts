import type { ApiErrorDetail, SkillBlueprintRow, SkillPart, skillPartSaveSchema } from '@crossskill/contracts';
import { envFor, instantiateTask, type TaskDefinition } from '@crossskill/simulation';
import { checkExamStaffing, NATIONAL_ASSESSMENT } from '@crossskill/standards';
import { and, count, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { AppError, type AuthContext, type Lang } from '../../../platform/http/index.js';
import { recordAudit } from '../../audit/index.js';
import { examPlans } from '../../exams/exams.tables.js';
import { type LoadedPlan, planFor, usersWithRole } from '../../exams/index.js';
import { users } from '../../identity/identity.tables.js';
import { simTaskRevisions, simTasks, skillAttempts, skillExamExaminers, skillExamParts } from '../simulation.tables.js';
import { approvedCandidates, loadPart, type PartRow, pick, planSkillWeights } from './common.js';

type SaveInput = z.infer<typeof skillPartSaveSchema>;
const skillRule = NATIONAL_ASSESSMENT.modes.skill;

/** 003 §1.9.3–1.9.4 for the skill exam: ≥ 90 minutes; examiners an odd number ≥ 3 and ≥ 1 per 15 candidates. */
export function staffingProblems(candidates: number, examiners: number, durationMinutes: number, lang: Lang) {
  const { violations } = checkExamStaffing({ mode: 'skill', candidates, staff: examiners, durationMinutes });
  return violations.map((v) => ({
    code: v.code,
    field: v.code === 'MIN_DURATION' ? 'body.durationMinutes' : 'body.examinerIds',
    message:
      lang === 'en'
        ? v.code === 'MIN_DURATION'
          ? `a skill exam lasts at least ${skillRule.minDurationMinutes} minutes (003 §1.9.4); planned ${durationMinutes}`
          : `examiners must be an odd number, at least 3 and at least 1 per 15 candidates (003 §1.9.3): ${candidates} candidates, ${examiners} examiners`
        : v.message,
  }));
}

function throwRules(problems: { code: string; field: string; message: string }[]): never {
  throw new AppError('EXAM_RULES_VIOLATED', {
    params: { rules: problems.map((p) => p.message).join('；') },
    details: problems.map((p) => ({ field: p.field, code: p.code, message: p.message })),
  });
}

/** The blueprint against the version's skill weight table and the tasks' level / work type / function. */
async function blueprintProblems(
  exec: Executor,
  plan: LoadedPlan,
  rows: SkillBlueprintRow[],
  lang: Lang,
): Promise<ApiErrorDetail[]> {
  const weights = await planSkillWeights(exec, plan);
  const out: ApiErrorDetail[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const w = weights.find((x) => x.weightItem === row.weightItem);
    const field = `body.blueprint.${i}`;
    if (seen.has(row.weightItem)) {
      out.push({
        field,
        code: 'ROW_DUPLICATE',
        message: pick(lang, `「${row.weightItem}」重复`, `"${row.weightItem}" appears twice`),
      });
    } else if (!w) {
      out.push({
        field,
        code: 'ROW_NOT_IN_TABLE',
        message: pick(
          lang,
          `「${row.weightItem}」不在该级别的技能考核权重表中`,
          `"${row.weightItem}" is not in this level's skill weight table`,
        ),
      });
    } else if (Math.abs(w.percent - row.points) > 1e-9) {
      out.push({
        field: `${field}.points`,
        code: 'ROW_POINTS',
        message: pick(
          lang,
          `「${row.weightItem}」权重为 ${w.percent}%，应占 ${w.percent} 分，当前 ${row.points} 分`,
          `"${row.weightItem}" weighs ${w.percent} %, so ${w.percent} points; given ${row.points}`,
        ),
      });
    }
    seen.add(row.weightItem);
  });
  for (const w of weights) {
    if (!seen.has(w.weightItem)) {
      out.push({
        field: 'body.blueprint',
        code: 'ROW_MISSING',
        message: pick(
          lang,
          `缺少「${w.weightItem}」（${w.percent}%）`,
          `"${w.weightItem}" (${w.percent} %) is missing`,
        ),
      });
    }
  }
  const ids = [...new Set(rows.flatMap((r) => r.taskIds))];
  const rowsWithDefinition = ids.length
    ? await exec
        .select({ task: simTasks, definition: simTaskRevisions.definition })
        .from(simTasks)
        .innerJoin(
          simTaskRevisions,
          and(eq(simTaskRevisions.taskId, simTasks.id), eq(simTaskRevisions.revision, simTasks.currentRevision)),
        )
        .where(and(inArray(simTasks.id, ids), or(isNull(simTasks.orgId), eq(simTasks.orgId, plan.orgId))))
    : [];
  const byId = new Map(rowsWithDefinition.map((r) => [r.task.id, r.task]));
  const broken = unrunnableTasks(rowsWithDefinition);
  rows.forEach((row, i) => {
    row.taskIds.forEach((id, j) => {
      const t = byId.get(id);
      const field = `body.blueprint.${i}.taskIds.${j}`;
      const problem = !t
        ? pick(lang, '任务不存在', 'no such task')
        : t.status !== 'active'
          ? pick(lang, `任务 ${t.code} 未启用`, `task ${t.code} is not active`)
          : t.level !== plan.level || (plan.workType !== null && t.workType !== plan.workType)
            ? pick(lang, `任务 ${t.code} 的级别或工种与计划不符`, `task ${t.code} is for another level or work type`)
            : t.weightItem !== row.weightItem
              ? pick(lang, `任务 ${t.code} 属于「${t.weightItem}」`, `task ${t.code} belongs to "${t.weightItem}"`)
              : broken.has(t.id)
                ? pick(
                    lang,
                    `任务 ${t.code} 无法生成考题：${broken.get(t.id)}`,
                    `task ${t.code} cannot be set: ${broken.get(t.id)}`,
                  )
                : null;
      if (problem) out.push({ field, code: 'TASK_MISMATCH', message: problem });
    });
  });
  return out;
}

/** Tasks whose current revision cannot be made into a candidate's task (a broken computation, scenario …). */
function unrunnableTasks(rows: { task: { id: string }; definition: unknown }[]) {
  const broken = new Map<string, string>();
  for (const { task, definition } of rows) {
    try {
      instantiateTask(definition as TaskDefinition, 'blueprint-check', envFor);
    } catch (error) {
      broken.set(task.id, error instanceof Error ? error.message : String(error));
    }
  }
  return broken;
}

async function hasAttempts(exec: Executor, planId: string) {
  const [row] = await exec.select({ n: count() }).from(skillAttempts).where(eq(skillAttempts.planId, planId));
  return (row?.n ?? 0) > 0;
}

async function partView(exec: Executor, plan: LoadedPlan, part: PartRow, lang: Lang): Promise<SkillPart> {
  const examiners = await exec
    .select({ userId: users.id, name: users.name })
    .from(skillExamExaminers)
    .innerJoin(users, eq(users.id, skillExamExaminers.userId))
    .where(eq(skillExamExaminers.planId, plan.id))
    .orderBy(users.name);
  const candidates = await approvedCandidates(exec, plan.id);
  return {
    planId: plan.id,
    status: part.status,
    blueprint: part.blueprint,
    startsAt: part.startsAt.toISOString(),
    durationMinutes: part.durationMinutes,
    lateEntryMinutes: part.lateEntryMinutes,
    examiners,
    weightTable: await planSkillWeights(exec, plan),
    approvedCandidates: candidates,
    staffing: staffingProblems(candidates, examiners.length, part.durationMinutes, lang).map(({ code, message }) => ({
      code,
      message,
    })),
  };
}

export async function getPart(
  ctx: AppContext,
  auth: AuthContext,
  planId: string,
  lang: Lang,
): Promise<SkillPart | null> {
  const plan = await planFor(ctx.db, auth, planId);
  const part = await loadPart(ctx.db, planId);
  return part ? partView(ctx.db, plan, part, lang) : null;
}

export async function savePart(
  ctx: AppContext,
  auth: AuthContext,
  planId: string,
  input: SaveInput,
  lang: Lang,
  ip: string | null,
): Promise<SkillPart> {
  const examinerIds = [...new Set(input.examinerIds)];
  return ctx.db.transaction(async (tx) => {
    const plan = await planFor(tx, auth, planId, { admin: true, lock: true });
    if (plan.status === 'finished') throw new AppError('EXAM_PLAN_FINISHED');
    if (await hasAttempts(tx, planId)) throw new AppError('SKILL_PART_LOCKED');
    const candidates = await approvedCandidates(tx, planId);
    const rules = staffingProblems(candidates, examinerIds.length, input.durationMinutes, lang);
    if (rules.length) throwRules(rules);
    const okExaminers = await usersWithRole(tx, plan.orgId, 'examiner', examinerIds);
    const missing = examinerIds.map((id, i) => ({ id, i })).filter(({ id }) => !okExaminers.has(id));
    if (missing.length) {
      throw new AppError('EXAM_STAFF_ROLE_MISSING', {
        params: { role: pick(lang, '考评员', 'examiner') },
        details: missing.map(({ id, i }) => ({
          field: `body.examinerIds.${i}`,
          code: 'EXAM_STAFF_ROLE_MISSING',
          message: id,
        })),
      });
    }
    const problems = await blueprintProblems(tx, plan, input.blueprint, lang);
    if (problems.length) throw new AppError('SKILL_BLUEPRINT_MISMATCH', { details: problems });

    const values = {
      blueprint: input.blueprint,
      startsAt: new Date(input.startsAt),
      durationMinutes: input.durationMinutes,
      lateEntryMinutes: input.lateEntryMinutes,
      updatedAt: new Date(),
    };
    await tx
      .insert(skillExamParts)
      .values({ planId, ...values })
      .onConflictDoUpdate({ target: skillExamParts.planId, set: values });
    await tx.delete(skillExamExaminers).where(eq(skillExamExaminers.planId, planId));
    if (examinerIds.length)
      await tx.insert(skillExamExaminers).values(examinerIds.map((userId) => ({ planId, userId })));
    if (!plan.modes.includes('skill')) {
      await tx
        .update(examPlans)
        .set({ modes: sql`array_append(${examPlans.modes}, 'skill')`, updatedAt: new Date() })
        .where(eq(examPlans.id, planId));
    }
    await recordAudit(tx, {
      event: 'skill_part.saved',
      actorUserId: auth.userId,
      orgId: plan.orgId,
      ip,
      details: {
        planId,
        blueprint: input.blueprint,
        startsAt: input.startsAt,
        durationMinutes: input.durationMinutes,
        examinerIds,
      },
    });
    const part = (await loadPart(tx, planId)) as PartRow;
    return partView(tx, plan, part, lang);
  });
}

/** Publishing checks the staffing rules again at today's candidate count; candidates can then start at the time. */
export async function publishPart(ctx: AppContext, auth: AuthContext, planId: string, lang: Lang, ip: string | null) {
  return ctx.db.transaction(async (tx) => {
    const plan = await planFor(tx, auth, planId, { admin: true, lock: true });
    const part = await loadPart(tx, planId, true);
    if (!part) throw new AppError('SKILL_PART_NOT_FOUND');
    const [row] = await tx.select({ n: count() }).from(skillExamExaminers).where(eq(skillExamExaminers.planId, planId));
    const rules = staffingProblems(await approvedCandidates(tx, planId), row?.n ?? 0, part.durationMinutes, lang);
    if (rules.length) throwRules(rules);
    const problems = await blueprintProblems(tx, plan, part.blueprint, lang);
    if (problems.length) throw new AppError('SKILL_BLUEPRINT_MISMATCH', { details: problems });
    await tx
      .update(skillExamParts)
      .set({ status: 'published', updatedAt: new Date() })
      .where(eq(skillExamParts.planId, planId));
    await recordAudit(tx, {
      event: 'skill_part.published',
      actorUserId: auth.userId,
      orgId: plan.orgId,
      ip,
      details: { planId },
    });
    return partView(tx, plan, { ...part, status: 'published' }, lang);
  });
}
