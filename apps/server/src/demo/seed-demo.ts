import { ROLE_LABELS, type Role } from '@crossskill/contracts';
import { NATIONAL_SEED_LABEL, NATIONAL_STANDARD_KEY } from '@crossskill/standards';
import { and, count, eq } from 'drizzle-orm';
import { hashPassword, users } from '../modules/identity/index.js';
import { memberships, organizations } from '../modules/orgs/index.js';
import { activateSeededQuestions, createQuestions, questionBanks } from '../modules/questionbank/index.js';
import { seedStandardVersions, standardVersions } from '../modules/standards/index.js';
import type { AppContext } from '../platform/context.js';
import type { Executor } from '../platform/db/index.js';
import { DEMO_BANK, DEMO_QUESTIONS, demoQuestionDrafts } from './demo-questions.js';
import { type DemoCertificate, seedDemoCertificate } from './seed-demo-certificate.js';
import { DEMO_EXAM, seedDemoExam } from './seed-demo-exam.js';
import {
  DEMO_FINISHED,
  DEMO_PENDING,
  SECOND_TRAINEE_PROFILE,
  seedFinishedPlan,
  TRAINEE_PROFILE,
} from './seed-demo-results.js';
import { DEMO_REVIEW, seedDemoReview } from './seed-demo-review.js';
import { DEMO_SKILL, seedDemoSkillExam } from './seed-demo-skill.js';

/** Known only to demo data, which is never seeded in production. */
export const DEMO_PASSWORD = 'CrossSkill2026';

const DEMO_ORGS = {
  platform: { kind: 'platform', name: '徐州市商务局（演示）', address: '江苏省徐州市' },
  institution: { kind: 'institution', name: '徐州跨境电商职业培训学校（演示）', address: '江苏省徐州市云龙区' },
  enterprise: { kind: 'enterprise', name: '徐州云帆跨境贸易有限公司（演示）', address: '江苏省徐州市经济技术开发区' },
} as const;

const DEMO_USERS: { name: string; mobile: string; org: keyof typeof DEMO_ORGS; role: Role }[] = [
  { name: '王平台', mobile: '13800000001', org: 'platform', role: 'platform_admin' },
  { name: '李校长', mobile: '13800000002', org: 'institution', role: 'institution_admin' },
  { name: '张老师', mobile: '13800000003', org: 'institution', role: 'lecturer' },
  { name: '陈学员', mobile: '13800000004', org: 'institution', role: 'trainee' },
  { name: '刘监考', mobile: '13800000005', org: 'institution', role: 'proctor' },
  { name: '赵考评', mobile: '13800000006', org: 'institution', role: 'examiner' },
  { name: '孙评审', mobile: '13800000007', org: 'platform', role: 'review_member' },
  { name: '周人事', mobile: '13800000008', org: 'enterprise', role: 'enterprise_hr' },
  // Theory exams need two proctors per room and two markers for blind double marking.
  { name: '吴监考', mobile: '13800000009', org: 'institution', role: 'proctor' },
  { name: '郑考评', mobile: '13800000010', org: 'institution', role: 'examiner' },
  // Skill exams need an odd number of examiners, at least three.
  { name: '钱考评', mobile: '13800000011', org: 'institution', role: 'examiner' },
  // Comprehensive review (levels 2 and 1): a committee of at least three members, none from the candidate's org.
  { name: '冯评审', mobile: '13800000012', org: 'platform', role: 'review_member' },
  { name: '韩评审', mobile: '13800000013', org: 'platform', role: 'review_member' },
  // The level-2 review candidate (and a candidate of the plan whose results are still to be published).
  { name: '杨学员', mobile: '13800000014', org: 'institution', role: 'trainee' },
];

const DAY = 86_400_000;
const SECOND_TRAINEE = '13800000014';

/** 09:00 Beijing time of the day `at` falls on (exams start in the morning). */
function beijingMorning(at: number): Date {
  const day = new Date(at + 8 * 3_600_000).toISOString().slice(0, 10);
  return new Date(`${day}T09:00:00+08:00`);
}

export interface DemoAccount {
  role: Role;
  name: string;
  account: string;
  org: string;
}

/** The demo accounts, and the demo trainee's certificate (issued and public) for the banner. */
export type DemoAccounts = DemoAccount[] & { certificate?: DemoCertificate | null };

export async function isDatabaseEmpty(ctx: AppContext): Promise<boolean> {
  const [row] = await ctx.db.select({ n: count() }).from(organizations);
  return (row?.n ?? 0) === 0;
}

/**
 * The demo question bank of the institution, written by the demo lecturer: every item created as the
 * question bank module validates it (tags against the published national standard '2022') and then made
 * active. Skipped when a bank of that name exists in the institution.
 */
async function seedDemoQuestionBank(
  ctx: AppContext,
  tx: Executor,
  orgId: string,
  authorId: string,
): Promise<{ bankId: string; versionId: string }> {
  // Seeded when the server starts; idempotent, so a database without it still gets the version.
  await seedStandardVersions(tx);
  const [version] = await tx
    .select({ id: standardVersions.id })
    .from(standardVersions)
    .where(
      and(
        eq(standardVersions.standardKey, NATIONAL_STANDARD_KEY),
        eq(standardVersions.label, NATIONAL_SEED_LABEL),
        eq(standardVersions.status, 'published'),
      ),
    )
    .limit(1);
  if (!version) throw new Error(`demo seed: standard version ${NATIONAL_SEED_LABEL} is not published`);
  const [existing] = await tx
    .select({ id: questionBanks.id })
    .from(questionBanks)
    .where(and(eq(questionBanks.orgId, orgId), eq(questionBanks.name, DEMO_BANK.name)))
    .limit(1);
  if (existing) return { bankId: existing.id, versionId: version.id };
  const [bank] = await tx
    .insert(questionBanks)
    .values({ orgId, name: DEMO_BANK.name, description: DEMO_BANK.description, createdBy: authorId })
    .returning({ id: questionBanks.id });
  const questionIds = await createQuestions(ctx, tx, {
    bankId: bank!.id,
    drafts: demoQuestionDrafts(version.id),
    actorId: authorId,
  });
  await activateSeededQuestions(tx, { questionIds, actorId: authorId });
  return { bankId: bank!.id, versionId: version.id };
}

/**
 * Seeds the demo organisations, one user per role and the institution's demo question bank, in one
 * transaction. Skips what exists.
 */
export async function seedDemo(ctx: AppContext): Promise<DemoAccounts> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const accounts = await ctx.db.transaction(async (tx) => {
    const orgIds = {} as Record<keyof typeof DEMO_ORGS, string>;
    for (const [key, org] of Object.entries(DEMO_ORGS) as [
      keyof typeof DEMO_ORGS,
      (typeof DEMO_ORGS)[keyof typeof DEMO_ORGS],
    ][]) {
      const [existing] = await tx.select().from(organizations).where(eq(organizations.name, org.name)).limit(1);
      orgIds[key] = existing
        ? existing.id
        : (await tx.insert(organizations).values(org).returning({ id: organizations.id }))[0]!.id;
    }
    const accounts: DemoAccount[] = [];
    const idsByRole = new Map<Role, string[]>();
    const idsByMobile = new Map<string, string>();
    for (const u of DEMO_USERS) {
      const [existing] = await tx.select().from(users).where(eq(users.mobile, u.mobile)).limit(1);
      const userId = existing
        ? existing.id
        : (
            await tx.insert(users).values({ name: u.name, mobile: u.mobile, passwordHash }).returning({ id: users.id })
          )[0]!.id;
      await tx.insert(memberships).values({ userId, orgId: orgIds[u.org], role: u.role }).onConflictDoNothing();
      accounts.push({ role: u.role, name: u.name, account: u.mobile, org: DEMO_ORGS[u.org].name });
      if (u.org === 'institution') idsByRole.set(u.role, [...(idsByRole.get(u.role) ?? []), userId]);
      idsByMobile.set(u.mobile, userId);
    }
    // Candidates of the demo's finished plans: trainees of the institution without a password (no login).
    for (const c of [...DEMO_FINISHED.candidates, ...DEMO_PENDING.candidates]) {
      const [existing] = await tx.select().from(users).where(eq(users.mobile, c.mobile)).limit(1);
      const userId =
        existing?.id ??
        (await tx.insert(users).values({ name: c.name, mobile: c.mobile }).returning({ id: users.id }))[0]!.id;
      await tx.insert(memberships).values({ userId, orgId: orgIds.institution, role: 'trainee' }).onConflictDoNothing();
      idsByMobile.set(c.mobile, userId);
    }
    const one = (role: Role) => idsByRole.get(role)![0]!;
    const { bankId, versionId } = await seedDemoQuestionBank(ctx, tx, orgIds.institution, one('lecturer'));
    await seedDemoExam(tx, {
      institutionId: orgIds.institution,
      versionId,
      bankId,
      adminId: one('institution_admin'),
      lecturerId: one('lecturer'),
      traineeId: one('trainee'),
      proctorIds: idsByRole.get('proctor')!,
      examinerIds: idsByRole.get('examiner')!,
    });
    await seedDemoSkillExam(tx, { institutionId: orgIds.institution, examinerIds: idsByRole.get('examiner')! });
    const staff = {
      institutionId: orgIds.institution,
      versionId,
      bankId,
      adminId: one('institution_admin'),
      lecturerId: one('lecturer'),
      proctorIds: idsByRole.get('proctor')!,
      examinerIds: idsByRole.get('examiner')!,
    };
    const now = Date.now();
    await seedFinishedPlan(tx, {
      ...staff,
      planName: DEMO_FINISHED.planName,
      examAt: beijingMorning(now - DEMO_FINISHED.examDaysAgo * DAY),
      candidates: [
        { userId: one('trainee'), profile: TRAINEE_PROFILE },
        ...DEMO_FINISHED.candidates.map((c) => ({ userId: idsByMobile.get(c.mobile)!, profile: c.profile })),
      ],
      publication: {
        publishedAt: beijingMorning(now - DEMO_FINISHED.publishedDaysAgo * DAY),
        appealDays: DEMO_FINISHED.appealDays,
      },
    });
    await seedFinishedPlan(tx, {
      ...staff,
      planName: DEMO_PENDING.planName,
      examAt: beijingMorning(now - DEMO_PENDING.examDaysAgo * DAY),
      candidates: [
        { userId: idsByMobile.get(SECOND_TRAINEE)!, profile: SECOND_TRAINEE_PROFILE },
        ...DEMO_PENDING.candidates.map((c) => ({ userId: idsByMobile.get(c.mobile)!, profile: c.profile })),
      ],
    });
    await seedDemoReview(tx, {
      institutionId: orgIds.institution,
      versionId,
      adminId: one('institution_admin'),
      lecturerId: one('lecturer'),
      candidateId: idsByMobile.get(SECOND_TRAINEE)!,
      candidateName: DEMO_USERS.find((u) => u.mobile === SECOND_TRAINEE)!.name,
      memberIds: DEMO_USERS.filter((u) => u.role === 'review_member').map((u) => idsByMobile.get(u.mobile)!),
    });
    return accounts;
  });
  // Signed outside the seeding transaction (the certificates module opens its own).
  const certificate = await seedDemoCertificate(ctx, {
    institutionName: DEMO_ORGS.institution.name,
    planName: DEMO_FINISHED.planName,
    traineeMobile: '13800000004',
    adminMobile: '13800000002',
  });
  return Object.assign(accounts, { certificate });
}

export function formatDemoAccounts(accounts: DemoAccounts, url: string): string {
  const cert = accounts.certificate;
  const lines = [
    '',
    '================ CrossSkill 演示账号 Demo accounts ================',
    `  打开 Open: ${url}`,
    `  密码 Password (all): ${DEMO_PASSWORD}`,
    '',
    ...accounts.map((a) => `  ${ROLE_LABELS[a.role].zh.padEnd(6, '　')} ${a.account}  ${a.name}  ${a.org}`),
    `  题库 Question bank: ${DEMO_BANK.name} — ${DEMO_QUESTIONS.length} 道已启用题目 active items (${DEMO_ORGS.institution.name})`,
    `  考试 Exam: ${DEMO_EXAM.planName} — 陈学员 已安排座位，开考后 ${DEMO_EXAM.lateEntryMinutes} 分钟内可入场 (entry open for ${DEMO_EXAM.lateEntryMinutes} min after seeding)`,
    `  技能考核 Skill exam: 同一计划的技能考核已发布，${DEMO_SKILL.lateEntryMinutes} 分钟内可开始 (the plan's skill exam, entry open for ${DEMO_SKILL.lateEntryMinutes} min; 3 examiners)`,
    '  仿真实训 Simulation practice: 学员登录后打开「仿真实训」 (log in as the trainee, open 仿真实训)',
    `  成绩与复核 Results: ${DEMO_FINISHED.planName} — 已发布，复核期已结束 (published, review period over); ${DEMO_PENDING.planName} — 待发布 (to publish)`,
    `  综合评审 Review: ${DEMO_REVIEW.planName} — 评审委员 13800000007/12/13 可为 杨学员 打分 (members can score now)`,
    ...(cert
      ? [`  演示证书 Demo certificate: ${cert.number} — ${cert.verifyUrl}  (陈学员，凭证已公开 credential public)`]
      : []),
    '  (shown once, at first start; see README "Demo accounts")',
    '====================================================================',
    '',
  ];
  return lines.join('\n');
}
