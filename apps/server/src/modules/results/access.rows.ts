import type { Role } from '@crossskill/contracts';

const PLAN_STAFF = ['institution_admin', 'lecturer', 'platform_admin'] as const;
const PLAN_ADMIN = ['institution_admin', 'platform_admin'] as const;
const APPEAL_READERS = ['examiner', 'review_member', 'lecturer', 'institution_admin', 'platform_admin'] as const;

/** Who may call each route of this module (spread into platform/http/access-matrix.int.test.ts). */
export const ACCESS_ROWS: Record<string, 'everyone' | 'signedIn' | readonly Role[]> = {
  'GET /api/final-results/plans': PLAN_STAFF,
  'GET /api/exam-plans/:planId/final-results': PLAN_STAFF,
  'GET /api/exam-plans/:planId/final-results.xlsx': PLAN_STAFF,
  'POST /api/exam-plans/:planId/final-results/publish': PLAN_ADMIN,
  'GET /api/my/final-results': 'signedIn',
  'POST /api/final-results/:registrationId/appeals': 'signedIn',
  'GET /api/exam-plans/:planId/appeals': PLAN_STAFF,
  'GET /api/appeals/assigned': APPEAL_READERS,
  'GET /api/appeals/:appealId/assignable': PLAN_STAFF,
  'POST /api/appeals/:appealId/assign': PLAN_ADMIN,
  'GET /api/appeals/:appealId': APPEAL_READERS,
  'POST /api/appeals/:appealId/decide': APPEAL_READERS,
};
