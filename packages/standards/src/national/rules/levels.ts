import type { Level, Source, WorkType } from '../../types.js';

/** One of the five skill levels of 电子商务师 (003 §1.4, §1.8). */
export interface NationalLevel {
  level: Level;
  /** As the standard writes it, e.g. "五级/初级工". */
  name: string;
  /** e.g. "五级". */
  grade: string;
  /** e.g. "初级工". */
  title: string;
  /** 培训参考学时 (standard class hours). */
  referenceHours: number;
  /** Work types (工种) of the level; level 1 has none (不分工种). */
  workTypes: readonly WorkType[];
  source: Source;
}

const BOTH: readonly WorkType[] = ['网商', '跨境电子商务师'];
const src = (clause: string): Source => ({ doc: '003', clause });

/** The five levels, from 五级 (entry) to 一级 (highest), with reference hours and work types. */
export const NATIONAL_LEVELS: readonly NationalLevel[] = [
  {
    level: 5,
    name: '五级/初级工',
    grade: '五级',
    title: '初级工',
    referenceHours: 96,
    workTypes: BOTH,
    source: src('1.4, 1.8'),
  },
  {
    level: 4,
    name: '四级/中级工',
    grade: '四级',
    title: '中级工',
    referenceHours: 80,
    workTypes: BOTH,
    source: src('1.4, 1.8'),
  },
  {
    level: 3,
    name: '三级/高级工',
    grade: '三级',
    title: '高级工',
    referenceHours: 80,
    workTypes: BOTH,
    source: src('1.4, 1.8'),
  },
  {
    level: 2,
    name: '二级/技师',
    grade: '二级',
    title: '技师',
    referenceHours: 64,
    workTypes: BOTH,
    source: src('1.4, 1.8'),
  },
  {
    level: 1,
    name: '一级/高级技师',
    grade: '一级',
    title: '高级技师',
    referenceHours: 48,
    workTypes: [],
    source: src('1.4, 1.8'),
  },
];

/**
 * Returns the data of one level.
 * @param level 1–5
 * @throws RangeError when `level` is not 1, 2, 3, 4 or 5
 */
export function nationalLevel(level: Level): NationalLevel {
  const found = NATIONAL_LEVELS.find((l) => l.level === level);
  if (!found) throw new RangeError(`等级须为 1–5，收到 ${String(level)}`);
  return found;
}

/**
 * The work types of a level: 网商 and 跨境电子商务师 for levels 5–2, none for level 1.
 * @param level 1–5
 * @throws RangeError when `level` is not 1–5
 */
export function workTypesOf(level: Level): readonly WorkType[] {
  return nationalLevel(level).workTypes;
}

/** A work type (工种) of the occupation. */
export interface NationalWorkType {
  name: WorkType;
  /** Levels at which the work type exists. */
  levels: readonly Level[];
  source: Source;
}

/**
 * The occupation itself (003 §1.1–1.7). The standard names the two work types but does not define them;
 * their content is given only by the work-requirement tables (§3) and the weight tables (§4).
 */
export const OCCUPATION = {
  name: '电子商务师',
  code: '4-01-02-02',
  definition: '在互联网及现代信息技术平台上，从事商务活动的人员。',
  levelsText:
    '本职业共设五个等级，分别为：五级/初级工、四级/中级工、三级/高级工、二级/技师、一级/高级技师。其中：五级/初级工、四级/中级工、三级/高级工、二级/技师分为网商、跨境电子商务师两个工种，一级/高级技师不分工种。',
  workTypes: [
    { name: '网商', levels: [5, 4, 3, 2], source: src('1.4') },
    { name: '跨境电子商务师', levels: [5, 4, 3, 2], source: src('1.4') },
  ] as readonly NationalWorkType[],
  environment: '室内、室外。',
  abilities: '具有一定的学习能力、动手能力、计算能力、语言表达能力和人际沟通能力，身心健康。',
  education: '初中毕业（或相当文化程度）。',
  edition: '2022 年版',
  issuer: '中华人民共和国人力资源和社会保障部',
  /** Clause of each field above. */
  clauses: {
    name: '1.1',
    code: '1.2',
    definition: '1.3',
    levelsText: '1.4',
    workTypes: '1.4',
    environment: '1.5',
    abilities: '1.6',
    education: '1.7',
  },
  source: src('1.1–1.7'),
} as const;
