import type { Source } from '../types.js';
import {
  XUZHOU_INSTITUTION_CRITERIA,
  XUZHOU_TRAINEE_LEVELS,
  XUZHOU_TRAINING_CYCLE,
  type XuzhouCertificate,
  type XuzhouEntryCriterion,
  type XuzhouInstitutionType,
  type XuzhouTraineeLevelName,
} from './data.js';

/** Input of {@link xuzhouTraineeLevel}. */
export interface XuzhouTraineeInput {
  /** Years of cross-border e-commerce related work experience (从事跨境电子商务相关工作), ≥ 0. */
  yearsOfExperience: number;
  /** Certificates held (取得…跨境电子商务师). */
  certificates?: readonly XuzhouCertificate[];
}

/** A criterion of clause 7 that the input meets. */
export interface XuzhouMatchedCriterion {
  level: XuzhouTraineeLevelName;
  text: string;
  source: Source;
}

/** Result of {@link xuzhouTraineeLevel}. */
export interface XuzhouTraineeLevelResult {
  /** Highest level whose criteria are met (every valid input meets at least one level). */
  level: XuzhouTraineeLevelName;
  /** Every level the person may train at, junior to senior (boundaries at 2 and 5 years belong to both neighbours). */
  eligible: XuzhouTraineeLevelName[];
  matched: XuzhouMatchedCriterion[];
}

const CERTIFICATES: readonly XuzhouCertificate[] = ['初级跨境电子商务师', '中级跨境电子商务师'];

function criterionMet(c: XuzhouEntryCriterion, years: number, certs: ReadonlySet<XuzhouCertificate>): boolean {
  const r = c.rule;
  if (r.certificate !== undefined && !certs.has(r.certificate)) return false;
  if (r.minYears !== undefined && years < r.minYears) return false;
  if (r.maxYears !== undefined && years > r.maxYears) return false;
  return true;
}

/**
 * Trainee level(s) under clause 7 of the Xuzhou guide (002).
 *
 * Criteria of a level are alternatives. "以上/以下/至" are read inclusively (GB/T 1.1 usage), so exactly
 * 2 years qualifies for 初级 and 中级, exactly 5 years for 中级 and 高级; `level` is the highest one.
 * Years count all related work, not only the years since the certificate (the text says 从事…工作 N 年以上).
 *
 * @throws {RangeError} if yearsOfExperience is negative or not finite, or a certificate is unknown.
 */
export function xuzhouTraineeLevel(input: XuzhouTraineeInput): XuzhouTraineeLevelResult {
  const years = input.yearsOfExperience;
  if (typeof years !== 'number' || !Number.isFinite(years) || years < 0) {
    throw new RangeError(`yearsOfExperience must be a finite number ≥ 0, got ${String(years)}`);
  }
  const certs = new Set<XuzhouCertificate>();
  for (const c of input.certificates ?? []) {
    if (!CERTIFICATES.includes(c)) {
      throw new RangeError(`Unknown certificate "${String(c)}"; expected one of ${CERTIFICATES.join(', ')}`);
    }
    certs.add(c);
  }
  const matched: XuzhouMatchedCriterion[] = [];
  const eligible: XuzhouTraineeLevelName[] = [];
  for (const def of XUZHOU_TRAINEE_LEVELS) {
    const hits = def.criteria.filter((c) => criterionMet(c, years, certs));
    if (hits.length > 0) eligible.push(def.level);
    for (const h of hits) matched.push({ level: def.level, text: h.text, source: h.source });
  }
  // Years ≤ 2 meet 初级, 2–5 meet 中级, ≥ 5 meet 高级: every non-negative input meets some level.
  const level = eligible[eligible.length - 1] ?? '初级跨境电商师';
  return { level, eligible, matched };
}

/** Input of {@link checkInstitutionCriteria}. Optional facts left out are reported as 未核验. */
export interface XuzhouInstitutionInput {
  institutionType: XuzhouInstitutionType;
  /** 专业培训机构: 有培训资质. */
  hasTrainingQualification?: boolean;
  /** 院校: 已开设电子商务或与电子商务有关课程. */
  offersEcommerceCourses?: boolean;
  /** 具备独立法人资格 (5.1.2). */
  independentLegalPerson: boolean;
  /** 合规合法经营 (5.1.3). */
  lawfulOperation: boolean;
  /** 信用良好 (5.1.3). */
  goodCredit: boolean;
  /** 社会口碑良好 (5.1.3). */
  goodReputation: boolean;
  /** 培训场地面积 in m² (5.2.1). */
  venueAreaM2: number;
  /** Classroom equipment present (5.2.2): 多媒体, 计算机, 音响, 互联网设备. */
  equipment?: readonly string[];
}

export type XuzhouCriterionStatus = '符合' | '不符合' | '未核验';

/** One checked criterion. */
export interface XuzhouCriterionCheck {
  id: 'qualification' | 'legalPerson' | 'lawfulOperation' | 'goodCredit' | 'goodReputation' | 'venueArea' | 'equipment';
  status: XuzhouCriterionStatus;
  /** Chinese message for display. */
  message: string;
  source: Source;
}

/** Result of {@link checkInstitutionCriteria}. */
export interface XuzhouInstitutionCheckResult {
  /** True when every criterion is 符合. */
  allMet: boolean;
  checks: XuzhouCriterionCheck[];
  met: XuzhouCriterionCheck[];
  missing: XuzhouCriterionCheck[];
  unchecked: XuzhouCriterionCheck[];
}

function boolCheck(
  id: XuzhouCriterionCheck['id'],
  value: boolean | undefined,
  yes: string,
  no: string,
  unknown: string,
  source: Source,
): XuzhouCriterionCheck {
  if (value === undefined) return { id, status: '未核验', message: unknown, source };
  return value ? { id, status: '符合', message: yes, source } : { id, status: '不符合', message: no, source };
}

/**
 * Check a training institution against clause 5 of the Xuzhou guide (002): type qualifier (5.1.1),
 * independent legal person (5.1.2), lawful operation / credit / reputation (5.1.3),
 * venue area strictly above 200 m² (院校: 500 m²) (5.2.1) and classroom equipment (5.2.2).
 * The guide only recommends (宜); "不符合" means the recommendation is not met.
 *
 * @throws {RangeError} on an unknown institution type or an invalid area.
 */
export function checkInstitutionCriteria(input: XuzhouInstitutionInput): XuzhouInstitutionCheckResult {
  const rule = XUZHOU_INSTITUTION_CRITERIA.types.find((t) => t.type === input.institutionType);
  if (!rule) {
    const names = XUZHOU_INSTITUTION_CRITERIA.types.map((t) => t.type).join('、');
    throw new RangeError(`未知的培训机构类型“${String(input.institutionType)}”，应为：${names}`);
  }
  const area = input.venueAreaM2;
  if (typeof area !== 'number' || !Number.isFinite(area) || area < 0) {
    throw new RangeError(`培训场地面积应为不小于 0 的数值，收到：${String(area)}`);
  }
  const C = XUZHOU_INSTITUTION_CRITERIA;
  const checks: XuzhouCriterionCheck[] = [];

  // 5.1.1 type qualifier
  if (rule.type === '专业培训机构') {
    checks.push(
      boolCheck(
        'qualification',
        input.hasTrainingQualification,
        '专业培训机构有培训资质',
        '专业培训机构无培训资质',
        '未提供专业培训机构的培训资质情况',
        C.qualification.source,
      ),
    );
  } else if (rule.type === '院校') {
    checks.push(
      boolCheck(
        'qualification',
        input.offersEcommerceCourses,
        '院校已开设电子商务或与电子商务有关课程',
        '院校未开设电子商务或与电子商务有关课程',
        '未提供院校开设电子商务或与电子商务有关课程的情况',
        C.qualification.source,
      ),
    );
  } else {
    checks.push({
      id: 'qualification',
      status: '符合',
      message: `机构类型为${rule.type}，属于 5.1.1 所列培训主体`,
      source: C.qualification.source,
    });
  }

  checks.push(
    boolCheck(
      'legalPerson',
      input.independentLegalPerson,
      '培训主体具备独立法人资格',
      '培训主体不具备独立法人资格',
      '未提供独立法人资格情况',
      C.legalPerson.source,
    ),
    boolCheck(
      'lawfulOperation',
      input.lawfulOperation,
      '培训主体合规合法经营',
      '培训主体未合规合法经营',
      '未提供合规合法经营情况',
      C.goodStanding.source,
    ),
    boolCheck(
      'goodCredit',
      input.goodCredit,
      '培训主体信用良好',
      '培训主体信用不良',
      '未提供信用情况',
      C.goodStanding.source,
    ),
    boolCheck(
      'goodReputation',
      input.goodReputation,
      '培训主体社会口碑良好',
      '培训主体社会口碑不佳',
      '未提供社会口碑情况',
      C.goodStanding.source,
    ),
  );

  const min = rule.minVenueAreaExclusiveM2;
  checks.push(
    area > min
      ? {
          id: 'venueArea',
          status: '符合',
          message: `培训场地面积 ${area} m² 大于 ${min} m²（${rule.type}）`,
          source: C.venueArea.source,
        }
      : {
          id: 'venueArea',
          status: '不符合',
          message: `培训场地面积 ${area} m² 未大于 ${min} m²（${rule.type}宜大于 ${min} m²）`,
          source: C.venueArea.source,
        },
  );

  if (input.equipment === undefined) {
    checks.push({
      id: 'equipment',
      status: '未核验',
      message: '未提供培训教室设备设施情况',
      source: C.classroomEquipment.source,
    });
  } else {
    const have = new Set(input.equipment);
    const lacking = C.classroomEquipment.items.filter((i) => !have.has(i));
    checks.push(
      lacking.length === 0
        ? {
            id: 'equipment',
            status: '符合',
            message: '培训教室具备多媒体、计算机、音响、互联网设备',
            source: C.classroomEquipment.source,
          }
        : {
            id: 'equipment',
            status: '不符合',
            message: `培训教室缺少：${lacking.join('、')}`,
            source: C.classroomEquipment.source,
          },
    );
  }

  const met = checks.filter((c) => c.status === '符合');
  const missing = checks.filter((c) => c.status === '不符合');
  const unchecked = checks.filter((c) => c.status === '未核验');
  return { allMet: met.length === checks.length, checks, met, missing, unchecked };
}

/**
 * Whether an attendance ratio meets clause 10 (线上线下考勤宜高于90%): strictly above 0.9.
 *
 * @param ratio attended / scheduled, between 0 and 1.
 * @throws {RangeError} if ratio is outside [0, 1].
 */
export function xuzhouAttendanceMet(ratio: number): boolean {
  if (typeof ratio !== 'number' || !Number.isFinite(ratio) || ratio < 0 || ratio > 1) {
    throw new RangeError(`attendance ratio must be between 0 and 1, got ${String(ratio)}`);
  }
  return ratio > XUZHOU_TRAINING_CYCLE.minAttendanceExclusive;
}
