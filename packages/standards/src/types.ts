/** Where a piece of data comes from, so a reader can check it against the seed text. */
export interface Source {
  /** Seed document: 003 national 电子商务师 (2022), 002 Xuzhou guide, 004 Suzhou standard, 000 Shenzhen standard. */
  doc: '000' | '001' | '002' | '003' | '004';
  /** Clause, table or annex as the document numbers it, e.g. "3.2.1", "表 4.1", "附录 A". */
  clause: string;
}

export type Level = 1 | 2 | 3 | 4 | 5;
export const LEVELS: readonly Level[] = [5, 4, 3, 2, 1];

export type WorkType = '网商' | '跨境电子商务师';
export const WORK_TYPES: readonly WorkType[] = ['网商', '跨境电子商务师'];

/** A skill requirement (技能要求) or knowledge requirement (相关知识要求) line. */
export interface RequirementItem {
  /** The standard's own numbering, e.g. "1.1.1". */
  code: string;
  text: string;
  /** Work types this item applies to; absent = all work types of the level (level 1 has none). */
  workTypes?: WorkType[];
  source: Source;
}

/** 工作内容 */
export interface WorkContent {
  code: string; // e.g. "1.1"
  name: string;
  workTypes?: WorkType[];
  skills: RequirementItem[];
  knowledge: RequirementItem[];
  source: Source;
}

/** 职业功能 */
export interface OccupationalFunction {
  code: string; // e.g. "1"
  name: string;
  workTypes?: WorkType[];
  contents: WorkContent[];
  source: Source;
}

/** The work-requirement tree (工作要求) of one level. */
export interface LevelRequirements {
  level: Level;
  functions: OccupationalFunction[];
  source: Source;
}
