import type { Source } from '../types.js';

/** Source helper for the Xuzhou guide (seed 002). */
const s = (clause: string): Source => ({ doc: '002', clause });

/** Xuzhou trainee levels (7 培训对象). */
export type XuzhouTraineeLevelName = '初级跨境电商师' | '中级跨境电商师' | '高级跨境电商师';

/** Certificates the entry criteria of clause 7 refer to. */
export type XuzhouCertificate = '初级跨境电子商务师' | '中级跨境电子商务师';

/** Institution types named in 5.1.1 / 5.2.1. */
export type XuzhouInstitutionType = '专业培训机构' | '电子商务龙头企业' | '院校' | '市级认定的电子商务人才培训基地';

/** A clause of the guide kept as exact (line-break cleaned) text. */
export interface XuzhouClauseText {
  title?: string;
  text: string;
  source: Source;
}

/** Document metadata of the Xuzhou guide. */
export const XUZHOU_DOCUMENT = {
  title: '跨境电子商务人才培训指南',
  proposedBy: '徐州市商务局',
  draftedBy: ['徐州行知网络科技有限公司'],
  /** The guide only recommends (宜); none of its criteria are mandatory. */
  recommendationsOnly: true,
  scope: [
    '本文件提供了跨境电子商务人才培训的指导，以及场地设备及培训系统、培训师资、培训机构和培训课程设置的建议，并给出了相关信息',
    '本文件适用于跨境电子商务人才培训，以下简称“培训”。',
  ],
  source: s('1'),
} as const;

/** 4 总则: the six general principles. */
export const XUZHOU_PRINCIPLES: readonly XuzhouClauseText[] = [
  {
    title: '系统性',
    text: '宜构建涵盖跨境电商的概念、店铺运营、市场营销、法律法规、风险管理等各方面系统的培训体系，使学员全面掌握跨境电商业务并全局角度理解和开展跨境电商业务。',
    source: s('4.1'),
  },
  {
    title: '实践性',
    text: '培训机构提供的模拟跨境电商平台、真实案例分析、实习实训等实践教学环节宜能让学员熟悉跨境电商平台的操作流程、掌握营销推广技巧、应对物流和海关等实际业务中的问题，提高解决实际问题的能力。',
    source: s('4.2'),
  },
  {
    title: '师资专业性',
    text: '宜配备具备专业跨境电商知识和丰富实践经验的师资队伍,传授学员准确、实用的知识和技能。',
    source: s('4.3'),
  },
  {
    title: '因材施教',
    text: '宜根据学员不同背景、知识水平和学习能力,制定不同的教学方案，满足不同学员的需求。',
    source: s('4.4'),
  },
  {
    title: '国际化',
    text: '宜开展不同国家的知识产权保护、国际商标注册、国际物流核算与风险、海关报关等方面的内容培训，能使学员在国际化的规则框架内开展业务。',
    source: s('4.5'),
  },
  {
    title: '与时俱进',
    text: '宜增加人工智能、大数据等新兴技术和新模式在跨境电商中应用的培训。',
    source: s('4.6'),
  },
];

/** One institution type with its qualifier (5.1.1) and venue threshold (5.2.1). */
export interface XuzhouInstitutionTypeRule {
  type: XuzhouInstitutionType;
  /** The qualifier 5.1.1 attaches to the type, if any. */
  qualifier?: string;
  /** Venue area must be strictly greater than this (the guide says 大于). */
  minVenueAreaExclusiveM2: number;
  source: Source[];
}

/** 5 培训机构: institution criteria as data. */
export const XUZHOU_INSTITUTION_CRITERIA = {
  qualification: {
    text: '有培训资质的专业培训机构、电子商务龙头企业,已开设电子商务或与电子商务有关课程的院校及市级认定的电子商务人才培训基地。',
    source: s('5.1.1'),
  },
  legalPerson: { text: '培训主体具备独立法人资格。', source: s('5.1.2') },
  goodStanding: { text: '培训主体合规合法经营，信用良好，社会口碑良好。', source: s('5.1.3') },
  venueArea: {
    text: '专业培训机构、电子商务龙头企业、市级认定的电子商务人才培训基地（非院校）培训场地面积宜大于200 m²，院校培训场地面积宜大于500 m²。',
    source: s('5.2.1'),
  },
  classroomEquipment: {
    text: '培训教室宜具备多媒体、计算机、音响、互联网设备等支持电教化讲课的所需设备设施。',
    items: ['多媒体', '计算机', '音响', '互联网设备'] as const,
    source: s('5.2.2'),
  },
  types: [
    { type: '专业培训机构', qualifier: '有培训资质', minVenueAreaExclusiveM2: 200, source: [s('5.1.1'), s('5.2.1')] },
    { type: '电子商务龙头企业', minVenueAreaExclusiveM2: 200, source: [s('5.1.1'), s('5.2.1')] },
    {
      type: '院校',
      qualifier: '已开设电子商务或与电子商务有关课程',
      minVenueAreaExclusiveM2: 500,
      source: [s('5.1.1'), s('5.2.1')],
    },
    {
      type: '市级认定的电子商务人才培训基地',
      qualifier: '市级认定',
      minVenueAreaExclusiveM2: 200,
      source: [s('5.1.1'), s('5.2.1')],
    },
  ] as const satisfies readonly XuzhouInstitutionTypeRule[],
} as const;

/** 6 培训师资: lecturer criteria (the two paragraphs, split at their own commas/semicolons). */
export const XUZHOU_LECTURER_CRITERIA: readonly XuzhouClauseText[] = [
  {
    text: '讲师宜为拥有国家认可的教师资质且从事跨境电商教学的人员或取得各跨境电商平台官方认可的具备讲师能力的人员',
    source: s('6'),
  },
  {
    text: '实践性较强的课程宜聘请行业内具有丰富从业经验和相关理论知识的一线专家。',
    source: s('6'),
  },
  {
    text: '讲师具备与所讲授课程相匹配的知识和能力,从事过相关的培训工作，能够运用先进教学方法与现代教学手段开展教学改革和教学创新。',
    source: s('6'),
  },
];

/** One alternative entry criterion of a trainee level (clause 7). */
export interface XuzhouEntryCriterion {
  text: string;
  /** Machine-readable form; bounds are inclusive (以上/以下 include the number, GB/T 1.1 usage). */
  rule: {
    /** Also met by anyone who wants to enter the field (欲从事…). */
    aspiring?: boolean;
    minYears?: number;
    maxYears?: number;
    certificate?: XuzhouCertificate;
  };
  source: Source;
}

export interface XuzhouTraineeLevelDef {
  level: XuzhouTraineeLevelName;
  rank: 1 | 2 | 3;
  /** Any one criterion suffices. */
  criteria: readonly XuzhouEntryCriterion[];
  source: Source;
}

/** 7 培训对象: trainee levels and their alternative entry criteria. */
export const XUZHOU_TRAINEE_LEVELS: readonly XuzhouTraineeLevelDef[] = [
  {
    level: '初级跨境电商师',
    rank: 1,
    criteria: [
      {
        text: '欲从事跨境电子商务相关工作的或具有2年以下跨境电子商务相关工作经验的人员。',
        rule: { aspiring: true, minYears: 0, maxYears: 2 },
        source: s('7.1'),
      },
    ],
    source: s('7.1'),
  },
  {
    level: '中级跨境电商师',
    rank: 2,
    criteria: [
      {
        text: '具有2年至5年跨境电子商务相关工作经验的人员。',
        rule: { minYears: 2, maxYears: 5 },
        source: s('7.2.1'),
      },
      {
        text: '取得初级跨境电子商务师，并从事跨境电子商务相关工作2年以上的人员。',
        rule: { certificate: '初级跨境电子商务师', minYears: 2 },
        source: s('7.2.2'),
      },
    ],
    source: s('7.2'),
  },
  {
    level: '高级跨境电商师',
    rank: 3,
    criteria: [
      {
        text: '具有5年以上跨境电子商务相关工作经验的人员。',
        rule: { minYears: 5 },
        source: s('7.3.1'),
      },
      {
        text: '取得中级跨境电子商务师，并从事跨境电子商务相关工作3年以上的人员。',
        rule: { certificate: '中级跨境电子商务师', minYears: 3 },
        source: s('7.3.2'),
      },
    ],
    source: s('7.3'),
  },
];

/** 8.1 课程设置. */
export const XUZHOU_COURSE_SETTING: XuzhouClauseText = {
  title: '课程设置',
  text: '跨境电商人才培训课程宜设置职业道德课程、跨境电商基础知识和跨境电商平台技能课程等，并根据跨境电商发展不断更新课程内容。',
  source: s('8.1'),
};

/** One module of the training system (§9). The guide names modules but gives no per-module description. */
export interface XuzhouSystemModule {
  name: string;
  /** English gloss (a translation, not seed text). */
  nameEn: string;
  source: Source;
}

/** 9 培训系统: the eight modules and the capabilities the guide asks of the system as a whole. */
export const XUZHOU_TRAINING_SYSTEM = {
  text: '宜包含仿真教学系统、在线教学系统、学员注册管理系统、题库管理系统、证书管理系统、企业招聘系统、人才推荐系统、培训报名系统等模块，支持PC、公众号、APP等登录方式，支持线上和线下教学，提供直播教学和点播学习，支持讲师录播和课件下载，将人才培训标准进行数字化、系统化的呈现并最终可实现数据展示。',
  modules: [
    { name: '仿真教学系统', nameEn: 'simulation teaching', source: s('9') },
    { name: '在线教学系统', nameEn: 'online teaching', source: s('9') },
    { name: '学员注册管理系统', nameEn: 'trainee registration management', source: s('9') },
    { name: '题库管理系统', nameEn: 'question bank management', source: s('9') },
    { name: '证书管理系统', nameEn: 'certificate management', source: s('9') },
    { name: '企业招聘系统', nameEn: 'enterprise recruitment', source: s('9') },
    { name: '人才推荐系统', nameEn: 'talent recommendation', source: s('9') },
    { name: '培训报名系统', nameEn: 'training enrollment', source: s('9') },
  ] as const satisfies readonly XuzhouSystemModule[],
  loginChannels: ['PC', '公众号', 'APP'] as const,
  capabilities: [
    '支持PC、公众号、APP等登录方式',
    '支持线上和线下教学',
    '提供直播教学和点播学习',
    '支持讲师录播和课件下载',
    '将人才培训标准进行数字化、系统化的呈现并最终可实现数据展示',
  ] as const,
  source: s('9'),
} as const;

/** 10 培训时限. */
export const XUZHOU_TRAINING_CYCLE = {
  text: '各级别培训建议5天为一个培训周期，全天脱产，线上线下考勤宜高于90%。',
  cycleDays: 5,
  fullTimeOffJob: true,
  /** Attendance should be strictly above this ratio (高于90%). */
  minAttendanceExclusive: 0.9,
  source: s('10'),
} as const;

/** 11 培训考核: modes, staffing and durations. */
export const XUZHOU_ASSESSMENT = {
  modes: [
    {
      name: '理论知识考核',
      methods: ['笔试', '机考'],
      text: '宜采用笔试、机考等方式进行，主要考核培训人员从事本职业应掌握的基本要求和相关知识要求。',
      source: s('11.1.1'),
    },
    {
      name: '技能考核',
      methods: ['现场操作', '模拟操作', '机考'],
      text: '宜采用现场操作、模拟操作、机考等方式进行，主要考核培训人员从事本职业应具备的技能水平。',
      source: s('11.1.2'),
    },
    {
      name: '综合评审',
      methods: ['审阅申报材料', '答辩'],
      text: '宜采用审阅申报材料、答辩等方式进行全面评议和审查。',
      source: s('11.1.3'),
    },
  ],
  staffing: {
    text: '理论知识考试中的监考人员与考生配比宜不低于1:15，且每个考场不少于2名监考人员；技能考核中的考评人员与考生配比宜为1：15，且考评人员为3人以上单数；综合评审委员宜为3人以上单数。',
    theory: { staffPerCandidates: 15, minStaffPerRoom: 2 },
    skill: { staffPerCandidates: 15, minStaff: 3, oddNumber: true },
    review: { minMembers: 3, oddNumber: true },
    source: s('11.2'),
  },
  durations: {
    text: '理论知识考试时间宜不少于90分钟；技能考核时间宜不少于90分钟；综合评审时间宜不少于15分钟。',
    theoryMinMinutes: 90,
    skillMinMinutes: 90,
    reviewMinMinutes: 15,
    source: s('11.3'),
  },
} as const;
