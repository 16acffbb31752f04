import crypto from 'node:crypto';
import { checkEligibility } from '@crossskill/standards';
import { and, eq } from 'drizzle-orm';
import { PDFDocument, rgb } from 'pdf-lib';
import { PNG } from 'pngjs';
import { examPlans, examRegistrations } from '../modules/exams/exams.tables.js';
import {
  reviewCommitteeMembers,
  reviewDefences,
  reviewMaterials,
  reviewParts,
} from '../modules/review/review.tables.js';
import type { Executor } from '../platform/db/index.js';
import { embedCjkFont, wrapText } from '../platform/pdf/index.js';

const DAY = 86_400_000;

/**
 * The demo comprehensive review (综合评审): a published level-2 跨境电子商务师 plan of the demo institution whose
 * review is published, the committee the three demo review members of the platform organisation (孙评审 chairs),
 * the second demo trainee approved with a work report and an achievement uploaded, and the defence scheduled
 * from 10 minutes before seeding (so the members can score at once).
 */
export const DEMO_REVIEW = {
  planName: '2026年第三期电子商务师（跨境电子商务师）二级鉴定',
  location: '综合楼 501 答辩室（演示）',
  defenceMinutes: 30,
  reportTitle: '跨境电商独立站运营与数据化选品工作总结',
  achievementTitle: '2025年度东南亚站点销售业绩证明',
};

const REPORT_TEXT = [
  '一、工作概况',
  '本人自2018年起从事跨境电子商务运营工作，先后负责亚马逊北美站、Shopee东南亚站点及品牌独立站的店铺运营与团队管理，现任公司跨境事业部运营主管，带领8人团队。',
  '二、主要业绩',
  '1. 建立以数据为核心的选品流程：结合平台热销榜、关键词搜索量与供应链成本测算，2025年新品成功率由23%提升至41%。',
  '2. 优化物流与关务方案：将东南亚小包切换为海外仓备货模式，平均时效由12天缩短至4天，退货率下降2.6个百分点。',
  '3. 推动团队培训：编写《店铺运营标准作业手册》，组织内部培训24课时，培养初级运营人员5名。',
  '三、技术总结与体会',
  '跨境电商运营的关键在于以消费者需求为导向，用数据驱动选品、定价与推广决策，同时严格遵守目的国法律法规与平台规则。',
  '四、今后工作设想',
  '继续完善多平台数据分析体系，探索海外社交媒体营销与品牌化出海路径。',
];

/** A small A4 PDF of a demo material (Chinese, subset font). */
async function materialPdf(title: string, name: string, paragraphs: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const all = [title, name, '（演示材料）', ...paragraphs].join('');
  const font = await embedCjkFont(doc, all);
  const page = doc.addPage([595.28, 841.89]);
  let y = 780;
  page.drawText(title, { x: 60, y, size: 16, font, color: rgb(0, 0, 0) });
  y -= 26;
  page.drawText(`${name}（演示材料）`, { x: 60, y, size: 11, font, color: rgb(0.3, 0.3, 0.3) });
  y -= 30;
  for (const para of paragraphs) {
    for (const line of wrapText(para, font, 11, 475)) {
      page.drawText(line, { x: 60, y, size: 11, font });
      y -= 18;
    }
    y -= 6;
  }
  doc.setTitle(title);
  return doc.save();
}

/** A stand-in for a scanned certificate of achievement: a page with text lines and a red seal (PNG, 600 × 420). */
function scanPng(): Uint8Array {
  const width = 600;
  const height = 420;
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const line = x > 60 && x < 540 && y > 80 && y < 300 && y % 28 < 6 && !(y > 250 && x > 300);
      const seal = Math.abs(Math.hypot(x - 450, y - 320) - 50) < 5;
      const [r, g, b] = seal ? [200, 30, 30] : line ? [90, 90, 90] : [250, 248, 240];
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

export async function seedDemoReview(
  tx: Executor,
  q: {
    institutionId: string;
    versionId: string;
    adminId: string;
    lecturerId: string;
    candidateId: string;
    candidateName: string;
    /** The committee; the first chairs. */
    memberIds: string[];
  },
): Promise<void> {
  const [existing] = await tx
    .select({ id: examPlans.id })
    .from(examPlans)
    .where(and(eq(examPlans.orgId, q.institutionId), eq(examPlans.name, DEMO_REVIEW.planName)))
    .limit(1);
  if (existing) return;
  const now = Date.now();
  const created = new Date(now - 45 * DAY);
  const [plan] = await tx
    .insert(examPlans)
    .values({
      orgId: q.institutionId,
      name: DEMO_REVIEW.planName,
      level: 2,
      workType: '跨境电子商务师',
      standardVersionId: q.versionId,
      modes: ['theory', 'skill', 'review'],
      status: 'published',
      blueprint: null,
      bankIds: [],
      warningRules: { blur: 3, paste: 1, fullscreen_exit: 3 },
      passMark: 60,
      createdBy: q.lecturerId,
      createdAt: created,
      updatedAt: created,
    })
    .returning({ id: examPlans.id });
  const planId = plan!.id;
  const asOf = created.toISOString().slice(0, 10);
  const input = { work: [], certificates: [], education: [], asOf };
  const result = checkEligibility({ targetLevel: 2, ...input });
  const [reg] = await tx
    .insert(examRegistrations)
    .values({
      planId,
      userId: q.candidateId,
      status: 'approved',
      eligibility: { input, result },
      overrideReason: result.eligible ? null : '演示数据',
      overrideBy: result.eligible ? null : q.adminId,
      overrideAt: result.eligible ? null : created,
      createdAt: created,
    })
    .returning({ id: examRegistrations.id });
  await tx.insert(reviewParts).values({
    planId,
    status: 'published',
    combineRule: 'mean',
    materialsDeadline: new Date(now - 3 * DAY),
    defenceMinutes: DEMO_REVIEW.defenceMinutes,
    updatedAt: new Date(now - 20 * DAY),
  });
  await tx
    .insert(reviewCommitteeMembers)
    .values(q.memberIds.map((userId, i) => ({ planId, userId, chair: i === 0 ? 1 : 0 })));
  const report = await materialPdf(DEMO_REVIEW.reportTitle, q.candidateName, REPORT_TEXT);
  const achievement = scanPng();
  const sha = (b: Uint8Array) => crypto.createHash('sha256').update(b).digest('hex');
  await tx.insert(reviewMaterials).values([
    {
      registrationId: reg!.id,
      kind: 'work_report',
      title: DEMO_REVIEW.reportTitle,
      fileName: '工作总结.pdf',
      mime: 'application/pdf',
      bytes: report.byteLength,
      sha256: sha(report),
      content: report,
      uploadedAt: new Date(now - 10 * DAY),
    },
    {
      registrationId: reg!.id,
      kind: 'achievement',
      title: DEMO_REVIEW.achievementTitle,
      fileName: '业绩证明.png',
      mime: 'image/png',
      bytes: achievement.byteLength,
      sha256: sha(achievement),
      content: achievement,
      uploadedAt: new Date(now - 9 * DAY),
    },
  ]);
  await tx.insert(reviewDefences).values({
    registrationId: reg!.id,
    planId,
    startsAt: new Date(now - 10 * 60_000),
    durationMinutes: DEMO_REVIEW.defenceMinutes,
    location: DEMO_REVIEW.location,
  });
}
