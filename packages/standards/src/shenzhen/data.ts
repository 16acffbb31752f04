import type { Level, Source } from '../types.js';

/**
 * The Shenzhen seed (000) is the official explanation (解读) of the standard, not the standard itself.
 * Clauses therefore cite the explanation's own sections, e.g. "解读 三（五）" = 三、主要内容 →（五）第五章.
 */
const s = (clause: string): Source => ({ doc: '000', clause });

/** Document metadata of the Shenzhen standard, as the explanation gives it. */
export const SHENZHEN_DOCUMENT = {
  title: '跨境电商人才职业技能要求',
  publishedOn: '2023-11-02',
  effectiveFrom: '2023-12-01',
  proposedBy: '深圳市商务局',
  structure: '本文件包括范围、规范性引用文件、术语和定义等7个章节和4个附录等内容。',
  scope: [
    '本文件规定了跨境电商技能人才的基本要求、工作要求、职业技能等级培训和考评管理要求。',
    '本文件适用于深圳市行政区域内教育机构、培训机构等对跨境电商相关从业人员的培训与管理。',
  ],
  normativeReferences: '本文件没有规范性引用文件。',
  terms: ['跨境电商', '跨境电子商务师', '职业技能等级', '职业技能等级考核'],
  basicRequirements: ['职业道德', '基本文化程度', '职业能力特征', '基础知识'],
  /** The seed gives names and purposes only; the clause texts of the standard are not in the seed. */
  seedIsExplanationOnly: true,
  source: s('解读 一、三'),
} as const;

/** One of the five skill levels (第五章 工作要求). */
export interface ShenzhenLevelDef {
  level: Level;
  name: string;
  source: Source;
}

/** 第五章: the five levels. */
export const SHENZHEN_LEVELS: readonly ShenzhenLevelDef[] = [
  { level: 5, name: '五级/初级工', source: s('解读 三（五）') },
  { level: 4, name: '四级/中级工', source: s('解读 三（五）') },
  { level: 3, name: '三级/高级工', source: s('解读 三（五）') },
  { level: 2, name: '二级/技师', source: s('解读 三（五）') },
  { level: 1, name: '一级/高级技师', source: s('解读 三（五）') },
];

/** A named element of a chapter; `description` is absent where the seed gives only the name. */
export interface ShenzhenElement {
  key: string;
  name: string;
  description?: string;
  source: Source;
}

/** 第六章 职业技能等级培训: the four training elements. */
export const SHENZHEN_TRAINING = {
  text: '本章节依据跨境电商从业人员对应技能等级与培训管理要求，从培训目标、培训对象、培训机构和培训要求进行阐述。',
  elements: [
    { key: 'goal', name: '培训目标', source: s('解读 三（六）') },
    { key: 'trainees', name: '培训对象', source: s('解读 三（六）') },
    { key: 'institution', name: '培训机构', source: s('解读 三（六）') },
    { key: 'requirements', name: '培训要求', source: s('解读 三（六）') },
  ] as const satisfies readonly ShenzhenElement[],
  source: s('解读 三（六）'),
} as const;

/** 第七章 考评管理: its elements. */
export const SHENZHEN_ASSESSMENT = {
  text: '本章节依据国家职业技能等级对应的工种认定需求，介绍了考评范围、考评主体、考评指标、考评步骤、考评等级和证书及能力评价报告获取方式。',
  elements: [
    { key: 'scope', name: '考评范围', source: s('解读 三（七）') },
    { key: 'evaluators', name: '考评主体', source: s('解读 三（七）') },
    { key: 'indicators', name: '考评指标', source: s('解读 三（七）') },
    { key: 'steps', name: '考评步骤', source: s('解读 三（七）') },
    { key: 'levels', name: '考评等级', source: s('解读 三（七）') },
    { key: 'certificate', name: '证书及能力评价报告获取方式', source: s('解读 三（七）') },
  ] as const satisfies readonly ShenzhenElement[],
  /** What a successful candidate can obtain. */
  outputs: ['证书', '能力评价报告'] as const,
  source: s('解读 三（七）'),
} as const;

/** The four annexes. */
export interface ShenzhenAnnexDef {
  annex: 'A' | 'B' | 'C' | 'D';
  title: string;
  nature: '规范性' | '资料性';
  source: Source;
}

export const SHENZHEN_ANNEXES: readonly ShenzhenAnnexDef[] = [
  { annex: 'A', title: '跨境电商人才培训评价', nature: '资料性', source: s('解读 三（八）') },
  { annex: 'B', title: '理论知识权重表', nature: '规范性', source: s('解读 三（八）') },
  { annex: 'C', title: '操作技能权重表', nature: '规范性', source: s('解读 三（八）') },
  { annex: 'D', title: '人才培训备案试点申报表', nature: '资料性', source: s('解读 三（八）') },
];
