import type { QuestionDraft } from '@crossskill/contracts';
import { snapshotFromPackage } from '@crossskill/standards';
import { runDueJobs } from '../src/modules/questionbank/index.js';
import { exportWorkbook, parseWorkbook, readWorkbookCells } from '../src/modules/questionbank/interchange/excel.js';
import { currentStandard } from '../src/modules/questionbank/interchange/import.service.js';
import { createWorld } from '../src/test/factories.js';
import { call, startTestServer } from '../src/test/harness.js';
import { type Benchmark, time } from './support.js';

const ROWS = 10_000;

/** 10,000 varied, realistic rows: every type, a third tagged to the standard, stems built from varied phrases. */
export function rows(versionId: string): QuestionDraft[] {
  const topics = [
    '跨境物流',
    '海外仓',
    '平台规则',
    '支付结算',
    '关税与增值税',
    '选品策略',
    '店铺运营',
    '客户服务',
    '数据分析',
    '知识产权',
    '广告投放',
    '品牌备案',
    '退货处理',
    '汇率风险',
    '合规认证',
  ];
  const asks = [
    '下列做法中最恰当的是',
    '首先应当考虑的因素是',
    '不符合平台规定的是',
    '风险最高的选择是',
    '最能提升转化率的是',
    '应优先核对的单据是',
    '常见的误区是',
    '最合理的解释是',
  ];
  let seed = 12345;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  // Stems as distinct as a real bank's: random words from a pool of ~3,000 character pairs.
  const chars =
    '物流仓储平台规则支付结算关税增值选品策略店铺运营客户服务数据分析知识产权广告投放品牌备案退货处理汇率风险合规认证美国日本东南亚中东拉美独立站速卖通亚马逊直播库存报表定价竞品调研差评促销订单发货包装清关报关检验检疫保险索赔信用账期货币兑换供应链采购质量标准评价转化流量搜索排名关键词标题图片视频详情页优惠券会员复购邮件社媒网红营销预算利润成本毛利核算税务发票合同谈判';
  const words: string[] = [];
  for (let a = 0; a < chars.length; a++) for (let b = 0; b < chars.length; b += 3) words.push(chars[a]! + chars[b]!);
  const stemOf = (i: number) => {
    const n = 10 + Math.floor(rand() * 8);
    const parts: string[] = [];
    for (let k = 0; k < n; k++) parts.push(pick(words));
    return `${parts.join('')}（${i}），${pick(asks)}？`;
  };
  const tagsFor = (i: number): QuestionDraft['tags'] =>
    i % 3 === 0
      ? {
          standardVersionId: versionId,
          level: 4,
          workType: '网商',
          functionId: 'L4/F4',
          contentId: 'L4/F4/C4.2',
          knowledgeId: 'L4/F4/C4.2/K4.2.1',
          basicItem: null,
        }
      : null;
  const out: QuestionDraft[] = [];
  for (let i = 0; i < ROWS; i++) {
    const topic = topics[i % topics.length]!;
    const base = {
      stem: stemOf(i),
      shuffleOptions: false,
      points: 1 + (i % 3),
      difficulty: (i % 5) + 1,
      tags: tagsFor(i),
      source: i % 4 === 0 ? `《跨境电商实务》第 ${1 + (i % 12)} 章` : null,
      explanation: i % 2 === 0 ? `${topic}相关规定见教材，题号 ${i}。` : null,
    };
    switch (i % 6) {
      case 0:
      case 1:
        out.push({
          ...base,
          type: 'single',
          shuffleOptions: true,
          options: ['A', 'B', 'C', 'D'].map((k) => ({ key: k as 'A', content: `${topic}做法 ${k}-${i}` })),
          answer: { type: 'single', key: (['A', 'B', 'C', 'D'] as const)[i % 4]! },
        });
        break;
      case 2:
        out.push({
          ...base,
          type: 'multiple',
          shuffleOptions: true,
          options: ['A', 'B', 'C', 'D', 'E'].map((k) => ({ key: k as 'A', content: `${topic}要素 ${k}-${i}` })),
          answer: { type: 'multiple', keys: ['A', 'C'] },
        });
        break;
      case 3:
        out.push({ ...base, type: 'true_false', options: [], answer: { type: 'true_false', value: i % 2 === 0 } });
        break;
      case 4:
        out.push({
          ...base,
          type: 'fill_blank',
          stem: `${base.stem}（填空）____`,
          options: [],
          answer: { type: 'fill_blank', blanks: [{ accepted: [`答案${i}`, `答案 ${i}`] }], caseSensitive: false },
        });
        break;
      default:
        out.push({
          ...base,
          type: 'short_answer',
          points: 5,
          options: [],
          answer: {
            type: 'short_answer',
            reference: `${topic}的要点`,
            rubric: [
              { criterion: '要点一', points: 3 },
              { criterion: '要点二', points: 2 },
            ],
          },
        });
    }
  }
  return out;
}

export const excelImportBenchmark: Benchmark = {
  name: 'excel-import',
  description: `import of a ${ROWS.toLocaleString('en')}-row Excel file with validation`,
  async run(log) {
    const server = await startTestServer();
    try {
      const standard = await currentStandard(server.ctx.db);
      if (!standard) throw new Error('no published standard');
      const buf = await exportWorkbook(rows(standard.versionId), {
        snapshots: new Map([[standard.versionId, snapshotFromPackage()]]),
      });
      log(`workbook: ${(buf.length / 1024 / 1024).toFixed(1)} MB`);

      const baseline = await time(() => readWorkbookCells(buf));
      log(`baseline read ${baseline.value} cells`);
      const parse = await time(() => parseWorkbook(buf, { standard }));
      if (parse.value.problems.length > 0 || parse.value.drafts.length !== ROWS) {
        throw new Error(
          `parse: ${parse.value.drafts.length} drafts, problems ${JSON.stringify(parse.value.problems.slice(0, 3))}`,
        );
      }

      const world = await createWorld(server);
      const as = world.sessions.lecturer;
      const bank = await call(server, as, {
        method: 'POST',
        url: `/api/orgs/${world.institution.id}/question-banks`,
        body: { name: '基准测试题库' },
      });
      const boundary = '----bench';
      const body = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.xlsx"\r\n\r\n`),
        buf,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      if (as.kind !== 'cookie') throw new Error('cookie session expected');
      const full = await time(async () => {
        const res = await server.app.inject({
          method: 'POST',
          url: `/api/question-banks/${bank.json().id}/imports`,
          headers: {
            'content-type': `multipart/form-data; boundary=${boundary}`,
            cookie: `cs_session=${as.session}; cs_csrf=${as.csrf}`,
            'x-csrf-token': as.csrf,
          },
          payload: body,
        });
        if (res.statusCode !== 202) throw new Error(res.body);
        await runDueJobs(server.ctx);
        return (await call(server, as, { method: 'GET', url: `/api/jobs/${res.json().jobId}` })).json();
      });
      const report = full.value.result;
      if (report?.outcome !== 'imported' || report.imported !== ROWS)
        throw new Error(JSON.stringify(full.value).slice(0, 500));
      log(`imported ${report.imported}, near-duplicates reported: ${report.duplicates.length}`);
      return [
        {
          name: 'parse + validate (pure)',
          ms: parse.ms,
          baselineName: 'read every cell, no validation',
          baselineMs: baseline.ms,
        },
        {
          name: 'full import job (upload, parse, validate, near-duplicates, insert)',
          ms: full.ms,
          baselineName: 'read every cell, no validation',
          baselineMs: baseline.ms,
          targetMs: 30_000,
        },
      ];
    } finally {
      await server.close();
    }
  },
};
