/** Organisation kinds: the commerce bureau (platform), training institutions and enterprises. */
export const ORG_KINDS = ['platform', 'institution', 'enterprise'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const ROLES = [
  'platform_admin',
  'institution_admin',
  'lecturer',
  'trainee',
  'proctor',
  'examiner',
  'review_member',
  'enterprise_hr',
] as const;
export type Role = (typeof ROLES)[number];

/** Which roles a membership in each kind of organisation may carry. */
export const ROLES_BY_ORG_KIND: Readonly<Record<OrgKind, readonly Role[]>> = {
  platform: ['platform_admin', 'proctor', 'examiner', 'review_member'],
  institution: ['institution_admin', 'lecturer', 'trainee', 'proctor', 'examiner', 'review_member'],
  enterprise: ['enterprise_hr', 'trainee'],
};

/** The role that administers each kind of organisation (manages its members). */
export const ADMIN_ROLE_BY_ORG_KIND: Readonly<Record<OrgKind, Role>> = {
  platform: 'platform_admin',
  institution: 'institution_admin',
  enterprise: 'enterprise_hr',
};

export const ROLE_LABELS: Readonly<Record<Role, { zh: string; en: string }>> = {
  platform_admin: { zh: '平台管理员', en: 'Platform admin' },
  institution_admin: { zh: '机构管理员', en: 'Institution admin' },
  lecturer: { zh: '讲师', en: 'Lecturer' },
  trainee: { zh: '学员', en: 'Trainee' },
  proctor: { zh: '监考员', en: 'Proctor' },
  examiner: { zh: '考评员', en: 'Examiner' },
  review_member: { zh: '评审委员', en: 'Review committee member' },
  enterprise_hr: { zh: '企业人事', en: 'Enterprise HR' },
};

export const ORG_KIND_LABELS: Readonly<Record<OrgKind, { zh: string; en: string }>> = {
  platform: { zh: '平台（商务主管部门）', en: 'Platform (commerce bureau)' },
  institution: { zh: '培训机构', en: 'Training institution' },
  enterprise: { zh: '企业', en: 'Enterprise' },
};
