import type { Source } from '../types.js';
import type { SuzhouCategory, SuzhouGrade } from './data.js';

/** Keys of the evaluation-form rows (also the keys of `ratings` in scoreEvaluation). */
export type SuzhouRowKey = '职业素养' | '职业知识' | '职业技能初级' | '职业技能中级' | '职业技能高级' | '职业发展';
export const SUZHOU_ROW_KEYS: readonly SuzhouRowKey[] = [
  '职业素养',
  '职业知识',
  '职业技能初级',
  '职业技能中级',
  '职业技能高级',
  '职业发展',
];

export type SuzhouRating = 'A' | 'B' | 'C' | 'D';
export const SUZHOU_RATINGS: readonly SuzhouRating[] = ['A', 'B', 'C', 'D'];

/** Rows counted in the total, per evaluated grade (说明 under each form). */
export const SUZHOU_ROWS_BY_GRADE: Readonly<Record<SuzhouGrade, readonly SuzhouRowKey[]>> = {
  初级: ['职业素养', '职业知识', '职业技能初级', '职业发展'],
  中级: ['职业素养', '职业知识', '职业技能初级', '职业技能中级', '职业发展'],
  高级: ['职业素养', '职业知识', '职业技能初级', '职业技能中级', '职业技能高级', '职业发展'],
};

/** One row of an evaluation form. */
export interface SuzhouFormRow {
  key: SuzhouRowKey;
  /** 评估项目 as printed (职业技能 rows carry the grade separately). */
  item: string;
  skillGrade?: SuzhouGrade;
  /** 评价内容 / 评价标准: the cell's lines, punctuation as printed. */
  content: readonly string[];
  /** Points for each rating (评估评分等级). */
  points: Readonly<Record<SuzhouRating, number>>;
  source: Source;
}

/** One evaluation form (annex A–E). All five share the same frame. */
export interface SuzhouEvaluationForm {
  annex: 'A' | 'B' | 'C' | 'D' | 'E';
  category: SuzhouCategory;
  /** Annex title, e.g. 开发选品人员能力评价表. */
  annexTitle: string;
  /** Table number and caption as printed. */
  table: string;
  tableTitle: string;
  columns: { item: '评估项目'; content: string; rating: '评估评分等级'; score: '评估分' };
  /** Label of the 职业技能 item as printed (B–E add 及工作实绩…). */
  skillItemLabel: string;
  rows: readonly SuzhouFormRow[];
  /** 总评 block: fields to fill in. */
  summary: { label: '总评'; fields: readonly ['等第', '总分', '评语'] };
  /** 说明: how the total is formed per grade. */
  totalRules: readonly string[];
  /** Sign-off fields at the foot of the form. */
  signOff: readonly ['评价部门', '评价人员姓名', '评价时间'];
  source: Source;
}

const P20 = { A: 20, B: 16, C: 12, D: 8 } as const;
const P10 = { A: 10, B: 8, C: 6, D: 4 } as const;

const PROFESSIONALISM = ['诚实守信，爱岗敬业，团结协作，知识产权保护意识'];
const DEVELOPMENT_SHORT = ['具有行业敏锐性；', '具有市场预判能力；', '具有协调组织能力；', '具有风险控制。'];
const SKILL_LABEL_LONG = '职业技能及工作实绩（根据各企业实际情况确定工作任务）';
const TOTAL_RULES = [
  '初级人员评价总分=职业素养+职业知识+职业技能（初级评分）+职业发展',
  '中级人员评价总分=职业素养+职业知识+职业技能（初级评分+中级评分）+职业发展',
  '高级人员评价总分=职业素养+职业知识+职业技能（初级评分+中级评分+高级评分）+职业发展',
] as const;

interface FormTexts {
  annex: SuzhouEvaluationForm['annex'];
  category: SuzhouCategory;
  annexTitle: string;
  tableTitle: string;
  contentHeader: string;
  skillItemLabel: string;
  knowledge: string[];
  junior: string[];
  intermediate: string[];
  senior: string[];
  development: string[];
}

function form(t: FormTexts): SuzhouEvaluationForm {
  const table = `表 ${t.annex}.1`;
  const source: Source = { doc: '004', clause: table };
  return {
    annex: t.annex,
    category: t.category,
    annexTitle: t.annexTitle,
    table,
    tableTitle: t.tableTitle,
    columns: { item: '评估项目', content: t.contentHeader, rating: '评估评分等级', score: '评估分' },
    skillItemLabel: t.skillItemLabel,
    rows: [
      { key: '职业素养', item: '职业素养', content: PROFESSIONALISM, points: P20, source },
      { key: '职业知识', item: '职业知识', content: t.knowledge, points: P20, source },
      { key: '职业技能初级', item: '职业技能', skillGrade: '初级', content: t.junior, points: P20, source },
      { key: '职业技能中级', item: '职业技能', skillGrade: '中级', content: t.intermediate, points: P10, source },
      { key: '职业技能高级', item: '职业技能', skillGrade: '高级', content: t.senior, points: P10, source },
      { key: '职业发展', item: '职业发展', content: t.development, points: P20, source },
    ],
    summary: { label: '总评', fields: ['等第', '总分', '评语'] },
    totalRules: TOTAL_RULES,
    signOff: ['评价部门', '评价人员姓名', '评价时间'],
    source: { doc: '004', clause: `附录 ${t.annex}` },
  };
}

/** The five evaluation forms (附录 A–E), texts as printed in each form. */
export const SUZHOU_EVALUATION_FORMS: readonly SuzhouEvaluationForm[] = [
  form({
    annex: 'A',
    category: '开发选品',
    annexTitle: '开发选品人员能力评价表',
    tableTitle: '开发选品人员职业能力评价表',
    contentHeader: '评价内容',
    skillItemLabel: '职业技能',
    knowledge: ['数据分析工具、产品市场数据分析', '产品工艺、选品软件'],
    junior: [
      '能采集市场行情、竞争对手、客户成交、销售、产品类目、推广效果的相关数据；',
      '能整理数据和简单的分析数据；',
      '能进行目标市场调研，确定目标消费人群、产品定位和品牌定位；',
      '对一定品类产品的材料、结构、功能有所了解；',
      '能进行站内外选品。',
    ],
    intermediate: [
      '能选择数据采集渠道及工具；',
      '能使用分析工具分析平台经营策略和经营品类情况；',
      '能够识别产品侵权风险；',
      '能进行新品特点、卖点、痛点分析，确定主推款商品；',
      '能梳理商品品类和挖掘潜力爆款商品；',
      '能负责与供应商洽谈，筛选公司产品并进行价格谈判。',
    ],
    senior: [
      '能对产品业务、店铺运营数据进行综合分析与优化；',
      '能进行算法设计与搭建、优化监控数据指标，观察数据异常并寻找异常原因。',
      '能撰写数据综合分析报告；',
      '能制定产品选择策略；',
      '能结合产品成本、重量、交货期等信息计算利润，评估产品开发效益，为团队提供采购向导。',
    ],
    development: ['具有行业敏锐性；', '具有市场预判能力；', '具有协调组织能力；', '具有风险控制能力。'],
  }),
  form({
    annex: 'B',
    category: '产品采购',
    annexTitle: '产品采购人员能力评价表',
    tableTitle: '产品采购人员职业能力评价表',
    contentHeader: '评价内容',
    skillItemLabel: SKILL_LABEL_LONG,
    knowledge: ['采购流程、供应商选择、采购计划、采购成本'],
    junior: [
      '能与供应商进行基本信息沟通；',
      '协助制定产品采购计划；',
      '能编制采购合同；',
      '能确保货物及时有效供应，货物质量符合公司要求；',
      '能下达采购订单，跟踪订单进度。',
    ],
    intermediate: [
      '熟练筛选产品和供应商；',
      '能独立制定产品合理的采购计划；',
      '协调和沟通订单进度；',
      '能进行采购成本控制和账期优化；',
      '有一定品类产品的生产供应链资源。',
    ],
    senior: [
      '熟悉主营产品的属性并具有一定的风控能力；',
      '有主营产品的优质供应商资源；',
      '能维护与供应商良好的合作关系。',
    ],
    development: DEVELOPMENT_SHORT,
  }),
  form({
    annex: 'C',
    category: '美工设计',
    annexTitle: '美工设计人员能力评价表',
    tableTitle: '美工设计人员职业能力评价表',
    contentHeader: '评价内容',
    skillItemLabel: SKILL_LABEL_LONG,
    knowledge: ['常用美工软件、电商平台规则和政策', '主图和详情页设计'],
    junior: [
      '能进行平台产品图片的拍摄；',
      '能进行平台产品的视频拍摄与制作；',
      '能对产品图片进行美化处理，制作产品主图、详情页；',
      '能配合运营及跨境电商平台要求，及时对产品图片更新；',
      '能进行店铺的首页、单品页、活动页等相关设计。',
    ],
    intermediate: [
      '能进行产品图片渲染美化；',
      '能甄别信息正确性、合理性，避免侵权和违规信息展示；',
      '能进行色彩搭配和视觉统筹；',
      '能进行店铺整体形象风格设计和页面创意设计；',
      '能做好店铺广告活动海报、促销图片和页面设计。',
    ],
    senior: ['能独立开发设计热销产品外观；', '能独立设计店铺网站页面；', '能规避产品外观设计侵权风险。'],
    development: DEVELOPMENT_SHORT,
  }),
  form({
    annex: 'D',
    category: '平台运营',
    annexTitle: '平台运营人员能力评价表',
    tableTitle: '平台运营人员职业能力评价表',
    contentHeader: '评价内容',
    skillItemLabel: SKILL_LABEL_LONG,
    knowledge: ['营销规则和政策、站内外引流、文案策划', '客户服务、投诉处理、客户问题反馈'],
    junior: [
      '了解平台的运营规则，撰写产品文案；',
      '能进行跨境电商平台活动推广；',
      '协助处理客户投诉问题；',
      '能搜集和统计客户相关数据，参与客户满意度的策划和推广；',
      '能统计汇总客户提出的产品问题。',
    ],
    intermediate: [
      '熟悉平台规则和操作，独立运营店铺；',
      '能随市场变化进行站内和站外引流推广，制定各类营销方案；',
      '能独立应对客户投诉。',
    ],
    senior: [
      '能制定跨境电商年度经营目标，形成预算并有效实施；',
      '能对竞争对手进行分析并做出对应策略；',
      '能进行营销效果评估；',
      '能对市场趋势有一定的预判。',
    ],
    development: DEVELOPMENT_SHORT,
  }),
  form({
    annex: 'E',
    category: '物流管理',
    annexTitle: '物流管理人员能力评价表',
    // Printed caption of 表 E.1 says 产品物流人员 although the annex is for 物流管理人员.
    tableTitle: '产品物流人员职业能力评价表',
    contentHeader: '评价标准',
    skillItemLabel: SKILL_LABEL_LONG,
    knowledge: ['国际物流方式、进出口报关、海外仓平台规则、库存管理、尾程物流运输'],
    junior: [
      '能关注和收集国际货物运输代理公司提供的物流服务和收费标准；',
      '能协助完成报关、清关；',
      '能协助运营服务客户尾程发货；',
      '能进行海外仓系统操作和海外仓入库出库操作；',
      '能够操作跨境电商综合试验区平台。',
    ],
    intermediate: [
      '能独立完成报关、清关工作；',
      '能进行处理海外仓库存管理；',
      '能制定低成本、高效率的物流方案；',
      '能针对物流问题提出优化解决方案。',
    ],
    senior: [
      '具有较多的国际货物运输代理公司的资源；',
      '能应对物流的突发事件并提出解决方案；',
      '能预判物流市场趋势，把控物流成本，识别经营风险。',
    ],
    development: DEVELOPMENT_SHORT,
  }),
];

/**
 * The evaluation form of a category.
 *
 * @throws {RangeError} if the category has no form.
 */
export function suzhouEvaluationForm(category: SuzhouCategory): SuzhouEvaluationForm {
  const f = SUZHOU_EVALUATION_FORMS.find((x) => x.category === category);
  if (!f) throw new RangeError(`No Suzhou evaluation form for category "${String(category)}"`);
  return f;
}
