import type { CertificateCredentialInput } from '../credential.js';

/** A certificate's credential facts for tests. */
export const sampleInput = (over: Partial<CertificateCredentialInput> = {}): CertificateCredentialInput => ({
  certificateId: '4f0c1f7e-2a4b-4c5d-9e6f-0a1b2c3d4e5f',
  number: 'CS-2026-4-000001-K',
  holderName: '张三',
  occupation: '电子商务师',
  occupationCode: '4-01-02-02',
  workType: '跨境电子商务师',
  level: 4,
  levelName: '四级/中级工',
  standardVersionLabel: '国家职业技能标准 电子商务师（2022 年版）',
  orgName: '徐州跨境电商职业培训学校',
  issuedAt: new Date('2026-11-20T02:00:00Z'),
  statusListId: 1,
  statusListIndex: 42,
  ...over,
});
