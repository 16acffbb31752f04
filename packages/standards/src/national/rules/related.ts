import type { Source } from '../../types.js';

/**
 * The footnotes of 003 §1.9.1 申报条件: what "本职业" means, the related occupations (相关职业) and the
 * related majors (相关专业) by type of school. Each list ends with "等" in the standard, i.e. it names
 * examples; the platform can only check against the names it lists.
 */

/** Footnote to "本职业": 本职业: 电子商务师, 下同。 */
export const THIS_OCCUPATION = {
  name: '电子商务师',
  text: '本职业：电子商务师，下同。',
  source: { doc: '003', clause: '1.9.1 脚注（本职业）' },
} as const satisfies { name: string; text: string; source: Source };

/** Footnote to "相关职业" (003 §1.9.1). */
export const RELATED_OCCUPATIONS = {
  text: '相关职业：营销员、商品营业员、摊商、互联网营销师、连锁经营管理师、采购员、市场营销专业人员、商务策划专业人员、全媒体运营师、数字化管理师、物流服务师、广告设计师、商业摄影师、客户服务管理员、呼叫中心服务员、网约配送员、易货师等，下同。',
  occupations: [
    '营销员',
    '商品营业员',
    '摊商',
    '互联网营销师',
    '连锁经营管理师',
    '采购员',
    '市场营销专业人员',
    '商务策划专业人员',
    '全媒体运营师',
    '数字化管理师',
    '物流服务师',
    '广告设计师',
    '商业摄影师',
    '客户服务管理员',
    '呼叫中心服务员',
    '网约配送员',
    '易货师',
  ],
  source: { doc: '003', clause: '1.9.1 脚注（相关职业）' },
} as const satisfies { text: string; occupations: readonly string[]; source: Source };

/** The four major catalogues named by the footnotes, keyed by the school type the footnote is attached to. */
export type MajorCatalog = '技工学校' | '中等及以上职业学校' | '高等职业学校' | '本科院校';

/** One footnote list of related majors. */
export interface RelatedMajorList {
  catalog: MajorCatalog;
  /** The footnote text as printed (cleaned of PDF spacing). */
  text: string;
  /** The majors, deduplicated, in the printed order. */
  majors: readonly string[];
  source: Source;
}

/**
 * Footnotes to "本专业或相关专业" (003 §1.9.1), one list per school type.
 * Note: the 本科院校 list prints 工商管理 twice; `majors` holds it once.
 */
export const RELATED_MAJORS: Readonly<Record<MajorCatalog, RelatedMajorList>> = {
  技工学校: {
    catalog: '技工学校',
    text: '技工学校本专业或相关专业：电子商务、跨境电子商务、市场营销、网络营销、连锁经营与管理、国际贸易、工商企业管理等。',
    majors: ['电子商务', '跨境电子商务', '市场营销', '网络营销', '连锁经营与管理', '国际贸易', '工商企业管理'],
    source: { doc: '003', clause: '1.9.1 脚注（技工学校本专业或相关专业）' },
  },
  中等及以上职业学校: {
    catalog: '中等及以上职业学校',
    text: '中等及以上职业学校本专业或相关专业：电子商务、跨境电子商务、移动商务、网络营销、直播电商服务、连锁经营与管理、市场营销、客户信息服务、物流服务与管理、旅游服务与管理、酒店服务与管理、计算机应用等。',
    majors: [
      '电子商务',
      '跨境电子商务',
      '移动商务',
      '网络营销',
      '直播电商服务',
      '连锁经营与管理',
      '市场营销',
      '客户信息服务',
      '物流服务与管理',
      '旅游服务与管理',
      '酒店服务与管理',
      '计算机应用',
    ],
    source: { doc: '003', clause: '1.9.1 脚注（中等及以上职业学校本专业或相关专业）' },
  },
  高等职业学校: {
    catalog: '高等职业学校',
    text: '高等职业学校本专业或相关专业：电子商务、跨境电子商务、移动商务、网络营销与直播电商、农村电子商务、商务数据分析与应用、国际商务、市场营销、汽车营销与服务、连锁经营与管理、旅游管理、酒店管理、电子商务技术、房地产经营与管理、大数据技术与应用、计算机应用技术、现代教育技术等。',
    majors: [
      '电子商务',
      '跨境电子商务',
      '移动商务',
      '网络营销与直播电商',
      '农村电子商务',
      '商务数据分析与应用',
      '国际商务',
      '市场营销',
      '汽车营销与服务',
      '连锁经营与管理',
      '旅游管理',
      '酒店管理',
      '电子商务技术',
      '房地产经营与管理',
      '大数据技术与应用',
      '计算机应用技术',
      '现代教育技术',
    ],
    source: { doc: '003', clause: '1.9.1 脚注（高等职业学校本专业或相关专业）' },
  },
  本科院校: {
    catalog: '本科院校',
    text: '本科院校本专业或相关专业：电子商务、跨境电子商务、全媒体电商运营、电子商务及法律、工商管理、国际商务、市场营销、网络与新媒体、新媒体技术、国际经济与贸易、工商管理、旅游管理、酒店管理、物流管理、供应链管理、大数据技术与应用、计算机科学与技术、电子科学与技术等。',
    majors: [
      '电子商务',
      '跨境电子商务',
      '全媒体电商运营',
      '电子商务及法律',
      '工商管理',
      '国际商务',
      '市场营销',
      '网络与新媒体',
      '新媒体技术',
      '国际经济与贸易',
      '旅游管理',
      '酒店管理',
      '物流管理',
      '供应链管理',
      '大数据技术与应用',
      '计算机科学与技术',
      '电子科学与技术',
    ],
    source: { doc: '003', clause: '1.9.1 脚注（本科院校本专业或相关专业）' },
  },
};
