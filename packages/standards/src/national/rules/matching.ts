import { type MajorCatalog, RELATED_MAJORS, RELATED_OCCUPATIONS } from './related.js';

/**
 * Tolerant matching of the names people type (occupations, majors, school types) against the names of
 * 003 §1.9.1 and its footnotes.
 */

/** Common normal form: NFKC (full-width → half-width, incl. brackets), no whitespace, lower case, 电子商务 → 电商. */
function baseKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase()
    .replace(/电子商务/g, '电商');
}

/** Strips the given suffixes repeatedly, never down to an empty string. */
function stripSuffixes(key: string, suffixes: readonly string[]): string {
  let current = key;
  for (;;) {
    const suffix = suffixes.find((s) => current.endsWith(s) && current.length > s.length);
    if (!suffix) return current;
    current = current.slice(0, -suffix.length);
  }
}

const OCCUPATION_SUFFIXES = [
  '专业人员',
  '从业人员',
  '工作人员',
  '人员',
  '从业者',
  '岗位',
  '工作',
  '职业',
  '专员',
  '师',
  '员',
] as const;

/** Informal names of related occupations, mapped to the key of the footnote's name. */
const OCCUPATION_ALIASES: Readonly<Record<string, string>> = {
  网络营销: '互联网营销',
  直播营销: '互联网营销',
  客服: '客户服务管理',
  客户服务: '客户服务管理',
  物流: '物流服务',
  营业: '商品营业',
};

function occupationKey(name: string): string {
  const key = stripSuffixes(baseKey(name), OCCUPATION_SUFFIXES);
  return OCCUPATION_ALIASES[key] ?? key;
}

const RELATED_OCCUPATION_KEYS: ReadonlySet<string> = new Set(RELATED_OCCUPATIONS.occupations.map(occupationKey));

/** How an occupation name relates to 电子商务师 under 003 §1.9.1. */
export type OccupationRelation = 'this' | 'related' | 'unrelated';

/**
 * Classifies an occupation name as this occupation (本职业), a related occupation (相关职业) or neither.
 *
 * - 本职业: 电子商务师 and its usual variants — any name that, after normalisation, contains 电子商务 / 电商
 *   (电子商务师, 电子商务, 电商运营, 跨境电商, 跨境电子商务师 …) or starts with 网商 (the work type).
 * - 相关职业: the names of the footnote list, compared after removing spaces, unifying full/half-width
 *   characters and dropping suffixes such as 专业人员 / 人员 / 岗位 / 师 / 员 (so 营销人员 = 营销员,
 *   市场营销 = 市场营销专业人员); a few informal names are accepted too (网络营销 → 互联网营销师,
 *   客服 → 客户服务管理员, 物流 → 物流服务师).
 * @param name the occupation as entered
 */
export function classifyOccupation(name: string): OccupationRelation {
  const base = baseKey(name);
  if (base.includes('电商') || base.startsWith('网商')) return 'this';
  return RELATED_OCCUPATION_KEYS.has(occupationKey(name)) ? 'related' : 'unrelated';
}

/**
 * True when the occupation is this occupation or a related one ("本职业或相关职业").
 * @param name the occupation as entered
 */
export function isThisOrRelatedOccupation(name: string): boolean {
  return classifyOccupation(name) !== 'unrelated';
}

function majorKey(name: string): string {
  const key = baseKey(name)
    .replace(/\([^)]*\)/g, '')
    .replace(/和/g, '与');
  return stripSuffixes(key, ['专业', '方向']);
}

const MAJOR_KEYS: Readonly<Record<MajorCatalog, ReadonlySet<string>>> = {
  技工学校: new Set(RELATED_MAJORS.技工学校.majors.map(majorKey)),
  中等及以上职业学校: new Set(RELATED_MAJORS.中等及以上职业学校.majors.map(majorKey)),
  高等职业学校: new Set(RELATED_MAJORS.高等职业学校.majors.map(majorKey)),
  本科院校: new Set(RELATED_MAJORS.本科院校.majors.map(majorKey)),
};

/**
 * True when a major is "本专业或相关专业" in one of the given footnote catalogues. Comparison ignores
 * spaces, full/half-width differences, a parenthesised direction ("电子商务（跨境方向）"), a trailing
 * 专业 / 方向, 和 vs 与, and 电商 vs 电子商务 (跨境电商 = 跨境电子商务).
 * @param major the major as entered
 * @param catalogs the footnote lists to accept
 */
export function isRelatedMajor(major: string, catalogs: readonly MajorCatalog[]): boolean {
  const key = majorKey(major);
  return catalogs.some((catalog) => MAJOR_KEYS[catalog].has(key));
}

/** Types of school the eligibility clauses distinguish. */
export type SchoolCategory =
  | '技工学校'
  | '中等职业学校'
  | '高级技工学校'
  | '技师学院'
  | '高等职业学校'
  | '大专'
  | '本科'
  | '研究生';

const SCHOOL_ALIASES: Readonly<Record<SchoolCategory, readonly string[]>> = {
  技工学校: ['技工学校', '技校', '中级技工学校', '技工学校中级工班'],
  中等职业学校: [
    '中等职业学校',
    '中职',
    '中专',
    '中等专业学校',
    '中等职业技术学校',
    '职业中专',
    '职业高中',
    '职高',
    '中等职业教育',
  ],
  高级技工学校: ['高级技工学校', '高级技校'],
  技师学院: ['技师学院'],
  高等职业学校: [
    '高等职业学校',
    '高职',
    '高职院校',
    '高等职业院校',
    '高等职业技术学院',
    '职业技术学院',
    '职业学院',
    '高职高专',
    '高职专科',
  ],
  大专: ['大专', '专科', '大学专科', '高等专科学校', '高专', '大专院校'],
  本科: ['本科', '本科院校', '大学本科', '本科学校', '普通本科', '职业本科', '本科层次职业学校', '大学', '学士'],
  研究生: ['研究生', '硕士', '硕士研究生', '博士', '博士研究生'],
};

const SCHOOL_LOOKUP: ReadonlyMap<string, SchoolCategory> = new Map(
  (Object.entries(SCHOOL_ALIASES) as [SchoolCategory, readonly string[]][]).flatMap(([category, names]) =>
    names.map((n) => [baseKey(n), category] as const),
  ),
);

/**
 * Maps a school type as entered to the category the standard names (技工学校, 中等职业学校, 高级技工学校,
 * 技师学院, 高等职业学校, 大专, 本科, 研究生), accepting usual variants (中专/中职/职高, 高职/职业技术学院,
 * 专科, 本科院校, 硕士 …); a trailing 毕业 / 学历 is ignored. Returns null when unknown.
 * @param schoolType the school type as entered
 */
export function classifySchoolType(schoolType: string): SchoolCategory | null {
  const key = stripSuffixes(baseKey(schoolType), ['毕业生', '毕业', '学历', '在读', '在校']);
  return SCHOOL_LOOKUP.get(key) ?? null;
}
