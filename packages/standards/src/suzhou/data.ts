import type { Source } from '../types.js';

const s = (clause: string): Source => ({ doc: '004', clause });

/** The five personnel categories (4.1), short names. */
export type SuzhouCategory = '开发选品' | '产品采购' | '美工设计' | '平台运营' | '物流管理';
export const SUZHOU_CATEGORIES: readonly SuzhouCategory[] = [
  '开发选品',
  '产品采购',
  '美工设计',
  '平台运营',
  '物流管理',
];

/** Grades of skill (5.3) and of evaluation (6.2). */
export type SuzhouGrade = '初级' | '中级' | '高级';
export const SUZHOU_GRADES: readonly SuzhouGrade[] = ['初级', '中级', '高级'];

/** The four ability dimensions (4.2). */
export type SuzhouAbilityDimension = '职业素养' | '职业知识' | '职业技能' | '职业发展';

/** Document metadata of the Suzhou standard. */
export const SUZHOU_DOCUMENT = {
  title: '跨境电子商务出口运营人员职业能力要求',
  proposedBy: '苏州市商务局',
  scope: [
    '本文件规定了跨境电子商务出口运营人员的类别与能力要素、职业能力要求和评价。',
    '本文件适用于跨境电子商务出口运营人员的管理工作、跨境电子商务出口企业及服务机构的相关招聘培训等。',
  ],
  terms: [
    {
      term: '跨境电子商务',
      termEn: 'cross-border electronic commerce',
      definition: '通过电子商务平台进行产品进出口的电子商务。',
      note: '[来源：GB/T 35408—2017,2.1]',
      source: s('3.1'),
    },
    {
      term: '跨境电子商务出口运营',
      termEn: 'cross-border e-commerce export operation',
      definition: '对跨境电子商务出口运行全过程进行开发选品、产品采购、美工设计、平台运营、物流管理等活动的总称。',
      source: s('3.2'),
    },
  ],
  source: s('1'),
} as const;

/** One personnel category with its tasks (表 1). */
export interface SuzhouCategoryDef {
  no: number;
  category: SuzhouCategory;
  /** Full name as in 表 1, e.g. 开发选品人员. */
  name: string;
  tasks: readonly string[];
  source: Source;
}

/** 4.1 / 表 1: personnel categories and their tasks. */
export const SUZHOU_PERSONNEL_CATEGORIES: readonly SuzhouCategoryDef[] = [
  {
    no: 1,
    category: '开发选品',
    name: '开发选品人员',
    tasks: [
      '采集和清洗各类产品数据',
      '分析处理各类产品数据',
      '调研目标市场',
      '站内选品、站外选品',
      '确定主推款商品和爆款商品',
    ],
    source: s('表 1'),
  },
  {
    no: 2,
    category: '产品采购',
    name: '产品采购人员',
    tasks: [
      '开发优质供应商',
      '制定和执行产品采购计划',
      '跟踪、协调和沟通订单进度',
      '控制采购成本和优化账期',
      '维持与供应商关系',
    ],
    source: s('表 1'),
  },
  {
    no: 3,
    category: '美工设计',
    name: '美工设计人员',
    tasks: ['拍摄产品图片', '处理产品图片', '制作详情页', '完成店铺网页装修设计', '参与店铺日常推广广告设计'],
    source: s('表 1'),
  },
  {
    no: 4,
    category: '平台运营',
    name: '平台运营人员',
    tasks: [
      '制定跨境电商营销方案',
      '推广跨境电商平台活动',
      '维护和优化 LISTING 页面',
      '站内推广、站外推广',
      '评估营销效果',
      '提供售前、售中、售后的客户服务',
    ],
    source: s('表 1'),
  },
  {
    no: 5,
    category: '物流管理',
    name: '物流管理人员',
    tasks: ['确定国际物流方式', '完成海关清关工作', '协助运营服务客户尾程发货', '操作海外仓系统', '库存管理'],
    source: s('表 1'),
  },
];

/** 4.2: the four ability dimensions. */
export const SUZHOU_ABILITY_DIMENSIONS = {
  text: '跨境电子商务出口运营人员的能力要素应包括但不限于涵盖任职业素养、职业知识、职业技能、职业发展四个维度。',
  dimensions: ['职业素养', '职业知识', '职业技能', '职业发展'] as const satisfies readonly SuzhouAbilityDimension[],
  source: s('4.2'),
} as const;

/** A requirement list: the lead sentence and its dash items. */
export interface SuzhouRequirementList {
  /** Sub-area heading where the standard has one (e.g. 数据分析). */
  area?: string;
  lead: string;
  items: readonly string[];
  source: Source;
}

/** 5.1 职业素养 (common to all categories). */
export const SUZHOU_PROFESSIONALISM: SuzhouRequirementList = {
  lead: '跨境电子商务出口商务运营人员应至少满足以下职业素养要求：',
  items: [
    '具备全球视野，家国情怀；',
    '了解消费市场的民族文化、消费能力和偏好；',
    '掌握相关市场法律法规的能力；',
    '诚实守信、爱岗敬业、自律自强、团结协作、友善奉献；',
    '具备商品知识产权保护的意识；',
    '具备一定的承压能力；',
    '具备数据分析的思维能力。',
  ],
  source: s('5.1'),
};

/** 5.4 职业发展 (common to all categories). */
export const SUZHOU_CAREER_DEVELOPMENT: SuzhouRequirementList = {
  lead: '跨境电子商务出口商务运营人员应至少满足以下职业发展要求：',
  items: ['具有行业敏锐性；', '具有市场预判能力；', '具有协调组织能力；', '具有风险控制能力。'],
  source: s('5.4'),
};

/** 5.2 职业知识 per category. */
export const SUZHOU_KNOWLEDGE: Readonly<Record<SuzhouCategory, readonly SuzhouRequirementList[]>> = {
  开发选品: [
    {
      area: '数据分析',
      lead: '开发选品人员应至少满足以下数据分析知识要求：',
      items: [
        '掌握行业数据、竞品数据、店铺运营数据的采集、整理的方法与流程；',
        '掌握市场数据分析、运营数据分析、产品数据分析、供应链数据分析的具体方法；',
        '掌握网站运营指标、经营环境指标、销售业绩指标、营销活动指标、客户价值指标的数据分析要点；',
        '掌握数据化运营的方法与流程；',
        '掌握撰写数据分析报告的方法。',
      ],
      source: s('5.2.1.1'),
    },
    {
      area: '选品',
      lead: '开发选品人员应至少满足以下选品知识要求：',
      items: [
        '掌握市场调研的相关知识，学会宏观环境、中观环境、微观环境分析的相关要求；',
        '掌握主流跨境平台的运营规则，熟悉产品开发技巧；',
        '掌握选品的基本原则和方法；',
        '掌握国内外各种选品工具的功能，了解第三方平台选品工具的优缺点；',
        '掌握站内、站外选品的基本要求；',
        '掌握品类产品的筛选与定价，满足商品开发需求；',
        '掌握选品策略制定的相关知识。',
      ],
      source: s('5.2.1.2'),
    },
  ],
  产品采购: [
    {
      lead: '产品采购人员应至少满足以下采购知识要求：',
      items: [
        '掌握招标和采购流程；',
        '掌握供应商评估与考核的相关知识，熟悉供应商选择的要求；',
        '掌握采购计划制定的相关知识；',
        '掌握采购成本的相关知识；',
        '掌握质量管理体系的相关知识，熟悉相关行业质量体系管理流程和要求。',
      ],
      source: s('5.2.2'),
    },
  ],
  美工设计: [
    {
      area: '产品视觉优化',
      lead: '美工设计人员应至少满足以下产品视觉优化知识要求：',
      items: [
        '掌握产品拍照策划的基本要点；',
        '掌握标准详情页制作的基本要求；',
        '掌握跨境电子商务平台的规则和政策，在平台上进行市场调查并分析市场容量、竞争对手实力、消费者喜好等；',
        '掌握 Photoshop、Drawweaver、Illustrator、CoreDrwaw 等主流设计软件的操作。',
      ],
      source: s('5.2.3.1'),
    },
    {
      area: '店铺视觉优化',
      lead: '美工设计人员应至少满足以下店铺视觉优化知识要求：',
      items: [
        '掌握设计理论知识和实际操作设计理论知识；',
        '掌握网页设计、平面设计、图片处理、短视频剪辑的相关知识；',
        '掌握 Photoshop、Drawweaver、Illustrator、CoreDrwaw 等主流设计软件的操作；',
        '掌握店铺装修后台包括店铺展位、店铺框架等相关知识；',
        '掌握网店店铺装修操作流程，能独立完成整个店铺的页面装修设计。',
      ],
      source: s('5.2.3.2'),
    },
  ],
  平台运营: [
    {
      area: '营销推广',
      lead: '平台运营人员应至少满足以下营销推广知识要求：',
      items: [
        '掌握各大跨境电商平台的运营规则；',
        '掌握全球主要国家电商市场概况；',
        '掌握制定跨境电商营销方案的技巧；',
        '掌握跨境电商活动推广方法，学会节日促销、事件营销、网红营销的推广要点；',
        '熟悉网络广告营销、搜索引擎营销、电子邮件营销、产品评测、社交媒体营销的引流渠道相关要求；',
        '掌握跨境电商文案的写作方法，学会跨境电商网络广告策划和网络广告投放的要求；',
        '掌握营销效果评估内容知识。',
      ],
      source: s('5.2.4.1'),
    },
    {
      area: '客户管理',
      lead: '平台运营人员应至少满足以下客户管理知识要求：',
      items: [
        '掌握目标销售地区文化、习俗等相关知识；',
        '掌握客户服务的相关知识；',
        '掌握跨境客户沟通的内容及技巧；',
        '掌握跨境电商平台售前、售中、售后客服流程的相关知识；',
        '掌握纠纷的预防和处理的相关知识；',
        '掌握客户反馈翻译及汇总上报相关知识。',
      ],
      source: s('5.2.4.2'),
    },
  ],
  物流管理: [
    {
      lead: '物流管理人员应至少满足以下物流管理知识要求：',
      items: [
        '掌握国际物流方式的基本知识；',
        '掌握国际物流方式的出货价格、时效信息；',
        '掌握港口、海关的相关规定；',
        '掌握海关清关的相关知识；',
        '掌握海外仓选品规则和费用结构，熟悉海外仓平台规则；',
        '掌握库存数量分析知识；',
        '掌握尾程物流运输的基本知识。',
      ],
      source: s('5.2.5'),
    },
  ],
};

/** 5.3 职业技能 per category and grade. Higher grades add to the lower ones (达到初级要求外…). */
export const SUZHOU_SKILLS: Readonly<Record<SuzhouCategory, Readonly<Record<SuzhouGrade, SuzhouRequirementList>>>> = {
  开发选品: {
    初级: {
      lead: '开发选品初级人员应至少满足以下要求：',
      items: [
        '能采集市场行情、竞争对手、客户成交、销售、产品类目、推广效果的相关数据；',
        '能整理数据和简单的分析数据；',
        '能进行目标市场调研，确定目标消费人群、产品定位和品牌定位；',
        '对一定品类产品的材料、结构、功能有所了解；',
        '能进行站内外选品。',
      ],
      source: s('5.3.1.1'),
    },
    中级: {
      lead: '开发选品中级人员达到初级要求外，应至少满足以下要求：',
      items: [
        '能选择数据采集渠道及工具；',
        '能使用分析工具分析不同平台经营策略和经营品类情况；',
        '能够识别产品侵权风险；',
        '能进行新品特点、卖点、痛点分析，确定主推款商品；',
        '能梳理商品品类和挖掘潜力爆款商品；',
        '能负责与供应商洽谈，筛选合适公司的产品并进行价格的谈判。',
      ],
      source: s('5.3.1.2'),
    },
    高级: {
      lead: '开发选品高级人员达到初级要求和中级要求外，应至少满足以下要求：',
      items: [
        '能对产品业务、店铺运营数据进行综合分析与优化；',
        '能进行算法设计与搭建、优化监控数据指标，观察数据异常并寻找异常原因；',
        '能撰写数据综合分析报告；',
        '能制定产品选择策略；',
        '能结合产品成本、重量、交货期等信息计算利润，评估产品的开发效益，为团队提供采购向导。',
      ],
      source: s('5.3.1.3'),
    },
  },
  产品采购: {
    初级: {
      lead: '产品采购初级人员应至少满足以下要求：',
      items: [
        '能与供应商进行基本信息沟通；',
        '协助制定产品采购计划；',
        '能编制采购合同；',
        '能确保货物及时有效供应，货物质量符合公司要求；',
        '能下达采购订单，跟踪订单进度。',
      ],
      source: s('5.3.2.1'),
    },
    中级: {
      lead: '产品采购中级人员达到初级要求外，应至少满足以下要求：',
      items: [
        '熟练筛选产品和供应商；',
        '能独立制定产品合理的采购计划；',
        '协调和沟通订单进度；',
        '能进行采购成本控制和账期优化；',
        '有一定品类产品的生产供应链资源。',
      ],
      source: s('5.3.2.2'),
    },
    高级: {
      lead: '产品采购高级人员达到初级要求和中级要求外，应至少满足以下要求：',
      items: [
        '熟悉主营产品的属性并具有一定的风控能力；',
        '有主营产品的优质供应商资源；',
        '能维护与供应商良好的合作关系。',
      ],
      source: s('5.3.2.3'),
    },
  },
  美工设计: {
    初级: {
      lead: '美工设计初级人员应至少满足以下要求：',
      items: [
        '能进行平台产品图片的拍摄；',
        '能进行平台产品的视频拍摄与制作；',
        '能对产品图片进行美化处理，制作产品主图、详情页；',
        '能配合运营以及跨境电商平台的要求，及时对产品图片更新；',
        '能进行店铺的首页、单品页、活动页等相关设计。',
      ],
      source: s('5.3.3.1'),
    },
    中级: {
      lead: '美工设计中级人员达到初级要求外，应至少满足以下要求：',
      items: [
        '能进行产品图片渲染美化；',
        '能甄别信息的正确性、合理性，避免侵权和违规信息展示；',
        '能进行色彩搭配和视觉统筹；',
        '能进行店铺整体形象风格设计和页面创意设计；',
        '能做好店铺广告活动海报、促销图片和页面设计。',
      ],
      source: s('5.3.3.2'),
    },
    高级: {
      lead: '美工设计高级人员达到初级要求和中级要求外，应至少满足以下要求：',
      items: ['能独立开发设计热销产品外观；', '能独立设计店铺网站页面；', '能规避产品外观设计侵权风险。'],
      source: s('5.3.3.3'),
    },
  },
  平台运营: {
    初级: {
      lead: '平台运营初级人员应具备初级要求外，至少满足以下要求：',
      items: [
        '了解平台的运营规则，撰写产品文案；',
        '能进行跨境电商平台活动推广；',
        '协助处理客户投诉问题；',
        '能搜集和统计客户相关数据，参与客户满意度的策划和推广；',
        '能统计汇总客户提出的产品问题。',
      ],
      source: s('5.3.4.1'),
    },
    中级: {
      lead: '平台运营中级人员达到初级要求外，应至少满足以下要求：',
      items: [
        '熟悉平台规则和操作，独立运营店铺；',
        '能随市场变化进行站内和站外引流推广，制定各类营销方案；',
        '能独立应对客户投诉。',
      ],
      source: s('5.3.4.2'),
    },
    高级: {
      lead: '平台运营高级人员达到初级要求和中级要求外，应至少满足以下要求：',
      items: [
        '能熟练与外国客户沟通；',
        '能制定跨境电商年度经营目标，形成预算并有效实施；',
        '能对竞争对手进行分析并做出对应策略；',
        '能进行营销效果评估；',
        '能对市场趋势有一定的预判。',
      ],
      source: s('5.3.4.3'),
    },
  },
  物流管理: {
    初级: {
      lead: '物流管理初级人员应至少满足以下要求：',
      items: [
        '能关注和收集国际货物运输代理公司提供的物流服务和收费标准；',
        '能协助完成报关、清关；',
        '能协助进行尾程发货及退换货；',
        '能进行国际物流小包操作；',
        '能进行海外仓系统操作和海外仓入库出库操作；',
        '能够操作跨境电商综合试验区平台。',
      ],
      source: s('5.3.5.1'),
    },
    中级: {
      lead: '物流管理中级人员达到初级要求外，应至少满足以下要求：',
      items: [
        '能独立完成报关、清关工作；',
        '能进行处理海外仓库存管理；',
        '能制定低成本、高效率的物流方案；',
        '能针对物流问题提出优化解决方案。',
      ],
      source: s('5.3.5.2'),
    },
    高级: {
      lead: '物流管理高级人员达到初级要求和中级要求外，应至少满足以下要求：',
      items: [
        '具有较多的国际货物运输代理公司的资源；',
        '能应对物流的突发事件并提出解决方案；',
        '能预判物流市场趋势，把控物流成本，识别经营风险。',
      ],
      source: s('5.3.5.3'),
    },
  },
};

/** 6.1 评价依据. */
export const SUZHOU_EVALUATION_BASIS = {
  text: '应根据企业实际的运行状况，建立跨境电子商务出口运营人员职业能力要求的评价表（见附录A、附录B、附录C、附录D、附录E），通过跨境电子商务出口运营人员个人、部门或企业进行职业能力评价。',
  source: s('6.1'),
} as const;

/** Evaluation results (6.2). */
export type SuzhouEvaluationResult = '高级' | '中级' | '初级' | '不合格';

/** One band of the total-to-result mapping, with the uses of 6.3. */
export interface SuzhouResultBand {
  result: SuzhouEvaluationResult;
  /** Inclusive lower bound of the total. */
  minTotal: number;
  /** Exclusive upper bound, absent for the top band. */
  belowTotal?: number;
  /** Lead sentence of the 6.3 sub-clause. */
  usesLead: string;
  /** What the company may choose (企业可做如下选择). */
  uses: readonly string[];
  source: Source[];
}

/** 6.2 评价结果 (the mapping) and 6.3 评价结果的运用, highest band first. */
export const SUZHOU_RESULT_MAPPING = {
  text: '评价结果采用等级制，评价总分高于等于90分宜评价为高级，评价总分高于等于80分低于90分宜评价为中级，评价总分高于等于60分低于等80分宜评价为初级，评价总分低于60分宜评为不合格。',
  bands: [
    {
      result: '高级',
      minTotal: 90,
      usesLead: '经评价认定为“高级”跨境电子商务出口运营人员，企业可做如下选择：',
      uses: ['薪资提档', '晋级核心层'],
      source: [s('6.2'), s('6.3.1')],
    },
    {
      result: '中级',
      minTotal: 80,
      belowTotal: 90,
      usesLead: '经评价认定为“中级”的跨境电子商务出口运营人员，企业可做如下选择：',
      uses: ['聘任晋升', '薪资提档'],
      source: [s('6.2'), s('6.3.2')],
    },
    {
      result: '初级',
      minTotal: 60,
      belowTotal: 80,
      usesLead: '经评价认定为“初级”的跨境电子商务出口运营人员，企业可做如下选择：',
      uses: ['继续聘任', '培训提升'],
      source: [s('6.2'), s('6.3.3')],
    },
    {
      result: '不合格',
      minTotal: 0,
      belowTotal: 60,
      usesLead: '经评价认定为“不合格”的跨境电子商务出口运营人员，企业可做如下选择：',
      uses: ['绩效考核为“不合格”等级', '解除聘任资格'],
      source: [s('6.2'), s('6.3.4')],
    },
  ] as const satisfies readonly SuzhouResultBand[],
  source: s('6.2'),
} as const;
