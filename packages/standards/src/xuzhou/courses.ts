import type { Source } from '../types.js';
import type { XuzhouTraineeLevelName } from './data.js';

/** The occupational-function names of the national standard 003 (电子商务师) a topic may be linked to. */
export type XuzhouNationalFunctionName =
  | '产品及服务信息管理'
  | '线上店铺设计与装修'
  | '营销推广'
  | '业务处理'
  | '客户服务'
  | '商务数据分析'
  | '技术管理与培训'
  | '电子商务战略规划'
  | '电子商务模式设计';

/** One 培训内容 row of annex A–C. Abilities and knowledge are the numbered lines without their numbers. */
export interface XuzhouCourseTopic {
  /** Ordinal as printed, e.g. "一" for （一）; absent where the table has a single unnumbered topic. */
  ordinal?: string;
  name: string;
  /** 能力要求 */
  abilities: readonly string[];
  /** 相关知识 */
  knowledge: readonly string[];
  /** National 003 function this topic clearly corresponds to (a platform judgement, not seed text). */
  nationalFunction?: XuzhouNationalFunctionName;
  /** The 003 work content the link rests on, so a reader can check it. */
  nationalBasis?: string;
  source: Source;
}

/** One 职业功能 block of annex A–C. */
export interface XuzhouCourseModule {
  name: string;
  topics: readonly XuzhouCourseTopic[];
  source: Source;
}

/** The course outline of one trainee level. */
export interface XuzhouCourseOutline {
  level: XuzhouTraineeLevelName;
  annex: 'A' | 'B' | 'C';
  title: string;
  /** The annexes give no hours; the cycle is 5 days for every level (clause 10). */
  hours?: number;
  modules: readonly XuzhouCourseModule[];
  source: Source;
}

type Link = { nationalFunction: XuzhouNationalFunctionName; nationalBasis: string };
const L = (nationalFunction: XuzhouNationalFunctionName, nationalBasis: string): Link => ({
  nationalFunction,
  nationalBasis,
});

function topic(
  table: string,
  ordinal: string | undefined,
  name: string,
  abilities: string[],
  knowledge: string[],
  link?: Link,
): XuzhouCourseTopic {
  return {
    ...(ordinal === undefined ? {} : { ordinal }),
    name,
    abilities,
    knowledge,
    ...(link ?? {}),
    source: { doc: '002', clause: table },
  };
}

const A = '表 A.1';
const B = '表 B.1';
const C = '表 C.1';

/** 附录 A 初级跨境电商师课程内容建议. */
export const XUZHOU_COURSE_JUNIOR: XuzhouCourseOutline = {
  level: '初级跨境电商师',
  annex: 'A',
  title: '初级跨境电商师课程内容建议',
  source: { doc: '002', clause: '附录 A' },
  modules: [
    {
      name: '注册店铺',
      source: { doc: '002', clause: A },
      topics: [
        topic(
          A,
          '一',
          '注册卖家账号',
          ['熟悉平台注册流程、能够完成平台卖家账号注册。'],
          ['平台入驻规则', '平台操作知识'],
          L('线上店铺设计与装修', '003 五级 2.1 店铺注册及认证'),
        ),
        topic(
          A,
          '二',
          '卖家账号安全维护',
          ['熟悉跨境电商平台卖家管理规则及考核维度。', '熟悉卖家账号安全维护方法。'],
          ['平台卖家管理规则', '平台卖家约束维度', '平台卖家绩效维护方法'],
          L('业务处理', '003 四级 4.3 网店账户维护'),
        ),
      ],
    },
    {
      name: '选品策略',
      source: { doc: '002', clause: A },
      topics: [
        topic(
          A,
          '一',
          '选品思路',
          ['了解跨境电商选品的基本思路。', '了解跨境电商选品需要关注的因素。'],
          ['选品思维', '选品关注要点'],
          L('业务处理', '003 四级 4.4 跨境电商选品'),
        ),
        topic(
          A,
          '二',
          '选品方法',
          ['了解跨境电商选品数据采集方法。', '了解选品数据整理和归纳。'],
          ['数据搜集相关知识', '数据整理归纳知识'],
          L('业务处理', '003 四级 4.4 跨境电商选品'),
        ),
      ],
    },
    {
      name: '产品刊登及发布',
      source: { doc: '002', clause: A },
      topics: [
        topic(
          A,
          '一',
          '产品上架',
          ['能单个产品上架的操作方法。', '能批量产品发布的操作方法。'],
          ['平台产品发布知识', '平台产品发布工具模板使用'],
          L('线上店铺设计与装修', '003 五级 2.2 商品信息设置及发布、2.4 跨境电商商品发布'),
        ),
        topic(
          A,
          '二',
          '产品信息编辑',
          ['能对上架产品信息进行编辑修改，包括图片、文字描述、价格等。'],
          ['平台信息编辑功能的使用'],
          L('线上店铺设计与装修', '003 五级 2.2 商品信息设置及发布、2.4 跨境电商商品发布'),
        ),
      ],
    },
    {
      name: '平台运营',
      source: { doc: '002', clause: A },
      topics: [
        topic(
          A,
          '一',
          '产品运营',
          ['能利用跨境电商平台上的推广方式为产品引流。', '能通过产品表现对产品文案做出优化，提升订单转化率。'],
          ['平台站内营销知识', '平台站内广告创建', '产品运营优化知识'],
        ),
        topic(
          A,
          '二',
          '库存管理',
          ['能根据库存情况制定合理的补货计划。', '能根据库存情况调整产品价格。'],
          ['补货备货原则', '价格与销量控制知识'],
        ),
      ],
    },
    {
      name: '营销推广',
      source: { doc: '002', clause: A },
      topics: [
        topic(
          A,
          '一',
          '站内推广',
          ['能利用跨境电商平台营销推广手段提升产品订单。', '能利用平台广告提升产品曝光和流量'],
          ['站内营销手段相关知识', '站内广告知识'],
          L('营销推广', '003 营销推广（同名职业功能）'),
        ),
        topic(
          A,
          '二',
          '站外推广',
          ['了解主流的站外推广网站及其特点。', '能够选取并运用合适的站外营销平台。'],
          ['站外营销平台知识', '站外营销平台的操作使用'],
          L('营销推广', '003 营销推广（同名职业功能）'),
        ),
      ],
    },
    {
      name: '支付与结算',
      source: { doc: '002', clause: A },
      topics: [
        topic(
          A,
          '一',
          '支付设置',
          ['了解根据跨境电商平台要求的支付方式，对接好支付渠道，并在后台做好相应设置。'],
          ['平台支付规则', '支付渠道账户申请和开通'],
        ),
        topic(
          A,
          '二',
          '结算与回款',
          ['能根据要求在后台设置结算方式', '了解合理降低汇损。'],
          ['结算设置操作', '结算扣款规则相关知识'],
        ),
      ],
    },
    {
      name: '物流方案',
      source: { doc: '002', clause: A },
      topics: [
        topic(
          A,
          '一',
          '物流方案',
          ['能选择合理的物流发货方式。', '了解有效控制物流成本的支出。'],
          ['物流方式相关知识', '物流成本核算'],
          L('业务处理', '003 四级 4.6 国际物流选择'),
        ),
        topic(
          A,
          '二',
          '仓储规划',
          [
            '了解合理规划库存容量配置。',
            '了解及时洞察产品库存变动及需求。',
            '了解定期检查库存健康状况并采取相应措施。',
          ],
          ['平台库存管理工具使用', '平台库存管理政策', '库存成本控制', '库存异动处理'],
          L('业务处理', '003 二级 3.2 仓储管理'),
        ),
      ],
    },
    {
      name: '客户服务',
      source: { doc: '002', clause: A },
      topics: [
        topic(
          A,
          '一',
          '客户服务支持',
          ['能为客户提供售后服务技术支持', '能处理退换货等需求。'],
          ['客户服务相关知识', '产品相关知识', '成本核算'],
          L('客户服务', '003 客户服务（同名职业功能）'),
        ),
        topic(
          A,
          '二',
          '客户评论维护',
          ['能积极维护产品评论星级方法。', '能及时处理客户负面反馈的方法。'],
          ['平台客户管理相关功能的使用', '客户服务技巧相关知识'],
          L('客户服务', '003 客户服务（同名职业功能）'),
        ),
      ],
    },
  ],
};

/** 附录 B 中级跨境电商师课程内容建议. */
export const XUZHOU_COURSE_INTERMEDIATE: XuzhouCourseOutline = {
  level: '中级跨境电商师',
  annex: 'B',
  title: '中级跨境电商师课程内容建议',
  source: { doc: '002', clause: '附录 B' },
  modules: [
    {
      name: '运营规划与建设',
      source: { doc: '002', clause: B },
      topics: [
        topic(
          B,
          '一',
          '跨境电商平台选品规划',
          ['能根据相关运营目标，制定合理的产品上线规划。', '能根据产品定位、制定合理的产品价格。'],
          ['产品品类管理知识', '产品市场定位知识', '产品利润核算能力'],
          L('产品及服务信息管理', '003 三级 1.1 产品及服务品类信息管理、1.3 产品及服务的价格信息管理'),
        ),
        topic(
          B,
          '二',
          '跨境电商平台产品展示规划',
          [
            '能根据目标市场需求和用户喜欢制做高质量的产品图片制作方案。',
            '能结合产品特色和目标群体写出优质的产品文案。',
          ],
          ['市场需求调研', '用户喜好挖掘', '产品卖点显现', '图片展现技巧'],
        ),
        topic(
          B,
          '三',
          '跨境电商平台库存规划',
          ['能为不同产品制定合理库存规划。', '能合理的利用好卖家库存容量，并提高库存周转率。'],
          ['销量预测知识', '平台库存规则', '库存规划技巧'],
          L('业务处理', '003 二级 3.2 仓储管理'),
        ),
      ],
    },
    {
      name: '品牌管理',
      source: { doc: '002', clause: B },
      topics: [
        topic(
          B,
          '一',
          '跨境电商品牌建设',
          ['具备国际商标注册流程、方式。', '能处理跨境电商平台上的品牌备案。'],
          ['商标注册渠道对接和信息调研知识', '跨境电商平台建设知识'],
        ),
        topic(
          B,
          '二',
          '跨境电商品牌宣传',
          ['拥有树立统一品牌形象的意识。', '制定品牌推广策略的流程、方式。'],
          ['品牌形象建立知识', '品牌形象宣传知识'],
        ),
      ],
    },
    {
      name: '营销管理',
      source: { doc: '002', clause: B },
      topics: [
        topic(
          B,
          '一',
          '站内推广',
          [
            '能利用跨境电商平台营销推广手段提升产品订单。',
            '能利用平台广告提升产品曝光和流量。',
            '能根据广告表现制定广告优化策略。',
          ],
          ['站内营销手段相关知识', '站内广告知识', '站内广告优化知识'],
          L('营销推广', '003 营销推广（同名职业功能）'),
        ),
        topic(
          B,
          '二',
          '站外推广',
          ['了解主流的站外推广网站及其特点。', '能够根据店铺产品制定站外推广策略'],
          ['站外营销平台知识', '站外推广策略知识'],
          L('营销推广', '003 营销推广（同名职业功能）'),
        ),
        topic(
          B,
          '三',
          'EDM 推广',
          ['了解 EDM 营销的特点。', '了解 EDM 营销的使用方法和注意事项。'],
          ['EDM 营销知识', 'EDM 使用技巧'],
          L('营销推广', '003 营销推广（同名职业功能）'),
        ),
      ],
    },
    {
      name: '数据推广与决策',
      source: { doc: '002', clause: B },
      topics: [
        topic(
          B,
          '一',
          '跨境电商数据分析',
          ['能进行市场调研数据分析方法。', '能进行用户行为数据分析方法。', '能处理营销数据分析方法。'],
          ['市场调研知识', '数据分析知识', '营销分析知识'],
          L('商务数据分析', '003 商务数据分析'),
        ),
        topic(
          B,
          '二',
          '跨境电商数据决策',
          ['能制定以数据为基础的备货策略。', '能根据营销数据分析结果制定合理的营销策略。'],
          ['数据分析和反馈知识', '备货策略知识', '营销策略知识'],
          L('商务数据分析', '003 商务数据分析'),
        ),
      ],
    },
    {
      name: '客户管理',
      source: { doc: '002', clause: B },
      topics: [
        topic(
          B,
          '一',
          '跨境电商客户服务',
          ['跨境电商平台店铺客户售前、售中、售后问题的处理技巧。', '能平台客户互动及客户营销工具使用。'],
          ['客户服务意识', '客户服务技巧', '平台客户管理工具使用知识'],
          L('客户服务', '003 客户服务'),
        ),
        topic(
          B,
          '二',
          '跨境电商平台店铺绩效及商品评价管理',
          ['能够制定策略应对客户给平台店铺做出的负面反馈。', '能够制定策略应对客户对产品做出的负面反馈。'],
          ['客户服务知识', '平台店铺管理知识', '平台产品评论管理知识'],
          L('客户服务', '003 客户服务'),
        ),
      ],
    },
    {
      name: '物流管理',
      source: { doc: '002', clause: B },
      topics: [
        topic(
          B,
          '一',
          '物流方案选择',
          ['了解国际物流的常用方式及各主流平台物流解决方案。', '能在发货前进行物流成本核算、优化物流成本。'],
          ['国际物流知识', '跨境电商平台物流方案知识', '物流成本知识'],
          L('业务处理', '003 四级 4.6 国际物流选择'),
        ),
        topic(
          B,
          '二',
          '跨境电商平台物流管理',
          ['了解平台物流渠道的对接方式。', '熟悉平台物流追踪查询及物流索赔渠道。'],
          ['平台物流管理知识', '物流信息跟踪知识', '物流异常处理知识'],
          L('业务处理', '003 三级 4.5 跨境物流管理'),
        ),
      ],
    },
    {
      name: '风险管理',
      source: { doc: '002', clause: B },
      topics: [
        topic(B, '一', '法律风险', ['能合理避免知识产权侵权。'], ['知识产权知识']),
        topic(
          B,
          '二',
          '物流风险',
          ['了解国际物流的各类潜在风险。', '能结合平台特点规避高风险物流方案。'],
          ['国际物流风险知识', '平台物流风险控制知识'],
        ),
      ],
    },
  ],
};

/** 附录 C 高级跨境电商师课程内容建议 (the seed's table caption says 中级; the annex title says 高级). */
export const XUZHOU_COURSE_SENIOR: XuzhouCourseOutline = {
  level: '高级跨境电商师',
  annex: 'C',
  title: '高级跨境电商师课程内容建议',
  source: { doc: '002', clause: '附录 C' },
  modules: [
    {
      name: '运营规划与建设',
      source: { doc: '002', clause: C },
      topics: [
        topic(
          C,
          '一',
          '跨境电商平台产品开发规划',
          ['根据企业运营战略目标，制定合理的产品布局规划。', '根据市场需求提出创新产品设计开发规划。'],
          ['产品开发知识', '产品设计开发知识'],
          L('产品及服务信息管理', '003 二级 1.1 产品及服务品类规划'),
        ),
        topic(
          C,
          '二',
          '跨境电商平台品类管理规划',
          ['根据企业发展策略制定合理的品类管理策略。'],
          ['品类管理知识'],
          L('产品及服务信息管理', '003 二级 1.1 产品及服务品类规划'),
        ),
      ],
    },
    {
      name: '品牌管理',
      source: { doc: '002', clause: C },
      topics: [
        topic(
          C,
          '一',
          '跨境电商品牌建设',
          ['能指导国际商标注册。', '能制定品牌建设规划策略。'],
          ['国际商标知识', '品牌规划知识'],
        ),
        topic(
          C,
          '二',
          '跨境电商品牌宣传',
          ['能制定品牌形象建设规划。', '能制定品牌推广策略。'],
          ['品牌形象建立知识', '品牌形象宣传知识'],
        ),
      ],
    },
    {
      name: '营销管理',
      source: { doc: '002', clause: C },
      topics: [
        topic(
          C,
          undefined,
          '跨境电商营销策略制定',
          ['了解跨境电商营销推广手段。', '能制定组合营销策略和营销效果监测管理方案。'],
          ['营销知识', '组合营销知识', '营销效果监测知识'],
          L('营销推广', '003 二级 2.4 跨境电商营销策略制定'),
        ),
      ],
    },
    {
      name: '数据分析与决策',
      source: { doc: '002', clause: C },
      topics: [
        topic(
          C,
          '一',
          '跨境电商数据分析',
          ['能跨境电商数据分析方案和策略。', '能指导制定数据分析策略。'],
          ['数据分析知识', '策略制定知识'],
          L('商务数据分析', '003 商务数据分析'),
        ),
        topic(
          C,
          '二',
          '跨境电商数据决策',
          ['能指导数据选品决策。', '能指导制定以数据为基础的科学备货策略。', '能指导制定以数据为依托的科学营销策略。'],
          ['数据分析与反馈知识', '备货策略知识', '营销策略知识', '策略指导知识'],
          L('商务数据分析', '003 商务数据分析'),
        ),
      ],
    },
    {
      name: '战略管理',
      source: { doc: '002', clause: C },
      topics: [
        topic(
          C,
          '一',
          '企业发展时间规划',
          ['能根据企业资源优势和发展目标制定合理的发展时间规划。'],
          ['企业发展战略知识'],
          L('电子商务战略规划', '003 一级 1.3 企业电子商务战略分析'),
        ),
        topic(
          C,
          '二',
          '产品品类战略发展规划',
          ['能制定合理的品类发展与管理规划。'],
          ['品类知识', '品类管理知识'],
          L('产品及服务信息管理', '003 二级 1.1 产品及服务品类规划'),
        ),
        topic(
          C,
          '三',
          '跨境电商营销战略规划',
          [
            '能根据企业实际情况制定营销计划。',
            '能结合跨境电商平台营销特点，制定合适的推广方案。',
            '能合理把握营销成本投入和营销效果检测。',
          ],
          ['营销知识', '平台营销特点知识', '营销管理知识'],
          L('营销推广', '003 二级 2.4 跨境电商营销策略制定'),
        ),
      ],
    },
    {
      name: '物流管理',
      source: { doc: '002', clause: C },
      topics: [
        topic(
          C,
          '一',
          '物流方案决策',
          ['了解国际物流的常用方式及各主流平台物流解决方案。', '能指导制定物流方案策略。'],
          ['国际物流知识', '跨境电商平台物流方案知识', '物流策略知识'],
          L('业务处理', '003 二级 3.3 物流管理'),
        ),
        topic(
          C,
          '二',
          '企业物流管理策略',
          ['根据企业需求制定合理的物流管理策略。'],
          ['物流管理知识'],
          L('业务处理', '003 二级 3.3 物流管理'),
        ),
      ],
    },
    {
      name: '风险管理',
      source: { doc: '002', clause: C },
      topics: [
        topic(
          C,
          '一',
          '法律风险',
          ['能制定策略避免知识产权侵权。', '能制定策略规避产品安全风险。'],
          ['知识产权知识', '产品安全知识'],
        ),
        topic(
          C,
          '二',
          '信用风险',
          ['能评估平台交易风险。', '能评估平台收款风险并做出相应的应对策略。'],
          ['平台风险评估知识', '交易风险控制知识'],
        ),
        topic(
          C,
          '三',
          '物流风险',
          ['了解国际物流的各类潜在风险。', '制定企业国际物流风险管控策略。'],
          ['国际物流风险知识', '物流风险管理知识'],
        ),
      ],
    },
  ],
};

/** All three course outlines, junior to senior. */
export const XUZHOU_COURSES: readonly XuzhouCourseOutline[] = [
  XUZHOU_COURSE_JUNIOR,
  XUZHOU_COURSE_INTERMEDIATE,
  XUZHOU_COURSE_SENIOR,
];
