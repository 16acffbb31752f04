import type { Level, Source } from '../../types.js';
import type { SchoolCategory } from './matching.js';
import type { MajorCatalog } from './related.js';

/**
 * 003 §1.9.1 申报条件 as data. Every level has a list of alternative clauses (具备以下条件之一者); a clause
 * may itself offer alternatives joined by "；或" (branches); a branch holds when all its conditions hold.
 */

/** "累计从事本职业或相关职业工作 N 年（含）以上" — counted over the whole working life. */
export interface WorkCondition {
  kind: 'work';
  years: number;
}

/**
 * "取得本职业或相关职业 X 级职业资格证书（技能等级证书）" — a skill certificate of exactly that level, in this or
 * a related occupation; with `workYearsAfter`, "…后，累计从事本职业或相关职业工作 N 年（含）以上", counting only
 * work from the certificate's date on.
 */
export interface CertificateCondition {
  kind: 'certificate';
  level: Level;
  workYearsAfter?: number;
}

/** "取得本职业或相关职业预备技师证书". */
export interface PreTechnicianCondition {
  kind: 'preTechnician';
}

/** One acceptable kind of school, with the footnote catalogues its major must be in (null: any major). */
export interface EducationOption {
  schools: readonly SchoolCategory[];
  majors: readonly MajorCatalog[] | null;
}

/** A school diploma ("毕业证书") of one of the options. */
export interface EducationCondition {
  kind: 'education';
  /** What is required, in the standard's words, for messages. */
  requirement: string;
  options: readonly EducationOption[];
  /** "含尚未取得毕业证书的在校应届毕业生": students who have not graduated yet also qualify. */
  allowStudents: boolean;
}

/** "本职业或相关职业学徒期满". */
export interface ApprenticeshipCondition {
  kind: 'apprenticeship';
}

/** "在电子商务工作岗位实习半年". */
export interface InternshipCondition {
  kind: 'internship';
  months: number;
}

export type EligibilityCondition =
  | WorkCondition
  | CertificateCondition
  | PreTechnicianCondition
  | EducationCondition
  | ApprenticeshipCondition
  | InternshipCondition;

/** One alternative of a clause; all its conditions must hold. */
export interface EligibilityBranch {
  /** Short Chinese label used in messages when a clause has several branches. */
  label: string;
  conditions: readonly EligibilityCondition[];
}

/** One numbered clause, e.g. 四级 (3). */
export interface EligibilityClause {
  /** "L{level}-{number}", e.g. "L4-3". */
  id: string;
  level: Level;
  /** The standard's numbering within the level: (1), (2) … */
  number: number;
  /** The clause as printed (footnote markers removed, PDF spacing cleaned). */
  text: string;
  branches: readonly EligibilityBranch[];
  /** Interpretation notes: what the platform can and cannot check. */
  notes: readonly string[];
  source: Source;
}

/** The eligibility rules of one level. */
export interface LevelEligibility {
  level: Level;
  /** e.g. "具备以下条件之一者，可申报四级/中级工：" */
  intro: string;
  clauses: readonly EligibilityClause[];
  source: Source;
}

const SOURCE: Source = { doc: '003', clause: '1.9.1' };

const VOCATIONAL_SECONDARY_OR_ABOVE: readonly EducationOption[] = [
  { schools: ['中等职业学校'], majors: ['中等及以上职业学校'] },
  { schools: ['技工学校', '高级技工学校', '技师学院'], majors: ['中等及以上职业学校', '技工学校'] },
  { schools: ['高等职业学校', '大专'], majors: ['中等及以上职业学校', '高等职业学校'] },
  { schools: ['本科', '研究生'], majors: ['中等及以上职业学校', '本科院校'] },
];

const NOT_VERIFIABLE_TRAINING_GOAL =
  '“经评估论证、以…技能为培养目标”无法由平台核验，按学校类型与专业判断，由鉴定机构审核材料时确认。';

const clause = (
  level: Level,
  number: number,
  text: string,
  branches: EligibilityBranch[],
  notes: string[] = [],
): EligibilityClause => ({ id: `L${level}-${number}`, level, number, text, branches, notes, source: SOURCE });

const single = (...conditions: EligibilityCondition[]): EligibilityBranch[] => [{ label: '', conditions }];

/** 003 §1.9.1 申报条件 of every level. */
export const ELIGIBILITY: Readonly<Record<Level, LevelEligibility>> = {
  5: {
    level: 5,
    intro: '具备以下条件之一者，可申报五级/初级工：',
    source: SOURCE,
    clauses: [
      clause(5, 1, '累计从事本职业或相关职业工作1年（含）以上。', single({ kind: 'work', years: 1 })),
      clause(5, 2, '本职业或相关职业学徒期满。', single({ kind: 'apprenticeship' }), [
        '学徒期满由申报人声明（apprenticeshipCompleted），平台不核验其职业。',
      ]),
    ],
  },
  4: {
    level: 4,
    intro: '具备以下条件之一者，可申报四级/中级工：',
    source: SOURCE,
    clauses: [
      clause(
        4,
        1,
        '取得本职业或相关职业五级/初级工职业资格证书（技能等级证书）后，累计从事本职业或相关职业工作4年（含）以上。',
        single({ kind: 'certificate', level: 5, workYearsAfter: 4 }),
      ),
      clause(4, 2, '累计从事本职业或相关职业工作6年（含）以上。', single({ kind: 'work', years: 6 })),
      clause(
        4,
        3,
        '取得技工学校本专业或相关专业毕业证书（含尚未取得毕业证书的在校应届毕业生）；或取得经评估论证、以中级技能为培养目标的中等及以上职业学校本专业或相关专业毕业证书（含尚未取得毕业证书的在校应届毕业生）。',
        [
          {
            label: '技工学校',
            conditions: [
              {
                kind: 'education',
                requirement: '技工学校本专业或相关专业毕业证书',
                options: [{ schools: ['技工学校'], majors: ['技工学校'] }],
                allowStudents: true,
              },
            ],
          },
          {
            label: '中等及以上职业学校',
            conditions: [
              {
                kind: 'education',
                requirement: '中等及以上职业学校本专业或相关专业毕业证书',
                options: VOCATIONAL_SECONDARY_OR_ABOVE,
                allowStudents: true,
              },
            ],
          },
        ],
        [
          NOT_VERIFIABLE_TRAINING_GOAL,
          '“中等及以上”包括中等职业学校、技工院校、高等职业学校、大专、本科及以上；专业按中等及以上职业学校目录或该学校层次的目录判断。',
          '在校（graduated 为 false）视为在校应届毕业生。',
        ],
      ),
    ],
  },
  3: {
    level: 3,
    intro: '具备以下条件之一者，可申报三级/高级工：',
    source: SOURCE,
    clauses: [
      clause(
        3,
        1,
        '取得本职业或相关职业四级/中级工职业资格证书（技能等级证书）后，累计从事本职业或相关职业工作5年（含）以上。',
        single({ kind: 'certificate', level: 4, workYearsAfter: 5 }),
      ),
      clause(
        3,
        2,
        '取得本职业或相关职业四级/中级工职业资格证书（技能等级证书），并具有高级技工学校、技师学院毕业证书（含尚未取得毕业证书的在校应届毕业生）；或取得本职业或相关职业四级/中级工职业资格证书（技能等级证书），并具有经评估论证、以高级技能为培养目标的高等职业学校本专业或相关专业毕业证书（含尚未取得毕业证书的在校应届毕业生）。',
        [
          {
            label: '高级技工学校、技师学院',
            conditions: [
              { kind: 'certificate', level: 4 },
              {
                kind: 'education',
                requirement: '高级技工学校、技师学院毕业证书',
                options: [{ schools: ['高级技工学校', '技师学院'], majors: null }],
                allowStudents: true,
              },
            ],
          },
          {
            label: '高等职业学校',
            conditions: [
              { kind: 'certificate', level: 4 },
              {
                kind: 'education',
                requirement: '高等职业学校本专业或相关专业毕业证书',
                options: [{ schools: ['高等职业学校'], majors: ['高等职业学校'] }],
                allowStudents: true,
              },
            ],
          },
        ],
        [
          NOT_VERIFIABLE_TRAINING_GOAL,
          '高级技工学校、技师学院途径不限专业（原文未要求本专业或相关专业）。',
          '“大专”不等同于“高等职业学校”：大专毕业生适用第（3）条。',
        ],
      ),
      clause(
        3,
        3,
        '具有大专及以上本专业或相关专业毕业证书，并取得本职业或相关职业四级/中级工职业资格证书（技能等级证书）后，累计从事本职业或相关职业工作2年（含）以上。',
        single(
          {
            kind: 'education',
            requirement: '大专及以上本专业或相关专业毕业证书',
            options: [{ schools: ['大专', '高等职业学校', '本科', '研究生'], majors: ['高等职业学校', '本科院校'] }],
            allowStudents: false,
          },
          { kind: 'certificate', level: 4, workYearsAfter: 2 },
        ),
        ['本条未附专业目录，按高等职业学校与本科院校两个目录判断；须已毕业。'],
      ),
      clause(
        3,
        4,
        '取得本科院校本专业或相关专业毕业证书（含尚未取得毕业证书的在校应届毕业生），在电子商务工作岗位实习半年。',
        single(
          {
            kind: 'education',
            requirement: '本科院校本专业或相关专业毕业证书',
            options: [{ schools: ['本科', '研究生'], majors: ['本科院校'] }],
            allowStudents: true,
          },
          { kind: 'internship', months: 6 },
        ),
        ['实习半年按 6 个月计（ecommerceInternshipMonths）。'],
      ),
    ],
  },
  2: {
    level: 2,
    intro: '具备以下条件之一者，可申报二级/技师：',
    source: SOURCE,
    clauses: [
      clause(
        2,
        1,
        '取得本职业或相关职业三级/高级工职业资格证书（技能等级证书）后，累计从事本职业或相关职业工作4年（含）以上。',
        single({ kind: 'certificate', level: 3, workYearsAfter: 4 }),
      ),
      clause(
        2,
        2,
        '取得本职业或相关职业三级/高级工职业资格证书（技能等级证书）的高级技工学校、技师学院毕业生，累计从事本职业或相关职业工作3年（含）以上；或取得本职业或相关职业预备技师证书的技师学院毕业生，累计从事本职业或相关职业工作2年（含）以上。',
        [
          {
            label: '高级技工学校、技师学院毕业生',
            conditions: [
              { kind: 'certificate', level: 3 },
              {
                kind: 'education',
                requirement: '高级技工学校、技师学院毕业证书',
                options: [{ schools: ['高级技工学校', '技师学院'], majors: null }],
                allowStudents: false,
              },
              { kind: 'work', years: 3 },
            ],
          },
          {
            label: '预备技师',
            conditions: [
              { kind: 'preTechnician' },
              {
                kind: 'education',
                requirement: '技师学院毕业证书',
                options: [{ schools: ['技师学院'], majors: null }],
                allowStudents: false,
              },
              { kind: 'work', years: 2 },
            ],
          },
        ],
        ['本条的工作年限为累计年限，不要求在取得证书之后；须为毕业生（已毕业）。'],
      ),
    ],
  },
  1: {
    level: 1,
    intro: '具备以下条件者，可申报一级/高级技师：',
    source: SOURCE,
    clauses: [
      clause(
        1,
        1,
        '取得本职业或相关职业二级/技师职业资格证书（技能等级证书）后，累计从事本职业或相关职业工作4年（含）以上。',
        single({ kind: 'certificate', level: 2, workYearsAfter: 4 }),
      ),
    ],
  },
};
