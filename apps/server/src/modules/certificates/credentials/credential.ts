import { OB_CONTEXT, VC_V2_CONTEXT } from './loader.js';

/** What a certificate's credential says (snapshots taken at issue). No ID number: it never goes in a credential. */
export interface CertificateCredentialInput {
  certificateId: string;
  number: string;
  holderName: string;
  occupation: string;
  occupationCode: string;
  workType: string | null;
  level: number;
  levelName: string;
  standardVersionLabel: string;
  orgName: string;
  issuedAt: Date;
  statusListId: number;
  statusListIndex: number;
}

/** The public URL of a revocation status list: `${publicUrl}/api/public/status-lists/${id}`. */
export const statusListUrl = (publicUrl: string, listId: number) => `${publicUrl}/api/public/status-lists/${listId}`;

/** The public verification page of a certificate: `${publicUrl}/verify/${number}`. */
export const verifyPageUrl = (publicUrl: string, number: string) => `${publicUrl}/verify/${encodeURIComponent(number)}`;

const WORK_TYPE_SLUGS: Record<string, string> = { 网商: 'online-merchant', 跨境电子商务师: 'cross-border' };

/** The stable URL of an achievement (occupation, level, work type): the same for every holder. */
export function achievementUrl(publicUrl: string, occupationCode: string, level: number, workType: string | null) {
  const wt = workType ? (WORK_TYPE_SLUGS[workType] ?? encodeURIComponent(workType)) : 'all';
  return `${publicUrl}/achievements/${occupationCode}-${level}-${wt}`;
}

/** 003 §1.9: 理论知识考试、技能考核及综合评审均实行百分制，成绩皆达 60 分（含）以上者为合格. */
const PASS_MARK = 60;

export function achievementName(input: Pick<CertificateCredentialInput, 'occupation' | 'workType' | 'levelName'>) {
  return `${input.occupation}${input.workType ? `（${input.workType}）` : ''}${input.levelName}`;
}

/**
 * The unsigned Open Badges 3.0 `OpenBadgeCredential` (VC 2.0) of a certificate. Every term used is defined by the
 * VC 2.0 or OB 3.0.3 context (JSON-LD safe mode rejects anything else when signing). Each typed node costs signing
 * time (jsonld.js re-applies type-scoped contexts): the achievement has no `creator` (it would repeat the issuer;
 * measured ≈ 20 % slower with it).
 */
export function buildUnsignedCredential(
  input: CertificateCredentialInput,
  issuer: { controller: string },
  publicUrl: string,
): Record<string, unknown> {
  const listUrl = statusListUrl(publicUrl, input.statusListId);
  const withReview = input.level <= 2;
  const name = achievementName(input);
  const parts = withReview ? '理论知识考试、技能考核和综合评审' : '理论知识考试和技能考核';
  const partsEn = withReview
    ? 'the theory exam, the skill assessment and the comprehensive review'
    : 'the theory exam and the skill assessment';
  return {
    '@context': [VC_V2_CONTEXT, OB_CONTEXT],
    id: `urn:uuid:${input.certificateId}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `${input.occupation}职业技能等级证书`,
    description: `${input.orgName}颁发的${name}职业技能等级证书，证书编号 ${input.number}。`,
    issuer: { id: issuer.controller, type: ['Profile'], name: input.orgName, url: publicUrl },
    validFrom: input.issuedAt.toISOString(),
    credentialSubject: {
      type: ['AchievementSubject'],
      name: input.holderName,
      licenseNumber: input.number,
      awardedDate: input.issuedAt.toISOString(),
      achievement: {
        id: achievementUrl(publicUrl, input.occupationCode, input.level, input.workType),
        type: ['Achievement'],
        achievementType: 'Certification',
        name,
        description:
          `依据《国家职业技能标准 ${input.occupation}》（职业编码 ${input.occupationCode}），` +
          `${input.levelName}${input.workType ? `（${input.workType}）` : ''}职业技能等级认定合格。`,
        criteria: {
          narrative:
            `${parts}均采用百分制，成绩皆达 ${PASS_MARK} 分（含）以上者为合格（国家职业技能标准 1.9）。` +
            ` Passed ${partsEn}, each scored out of 100 with ${PASS_MARK} or more required.`,
        },
        alignment: [
          {
            type: ['Alignment'],
            targetName: input.standardVersionLabel,
            targetFramework: `国家职业技能标准 ${input.occupation}（${input.occupationCode}）`,
            targetCode: `${input.occupationCode}-${input.level}`,
            targetUrl: `${publicUrl}/standards`,
          },
        ],
        inLanguage: 'zh-CN',
      },
    },
    credentialStatus: {
      id: `${listUrl}#${input.statusListIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(input.statusListIndex),
      statusListCredential: listUrl,
    },
  };
}
