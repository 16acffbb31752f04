import type { Role } from '@crossskill/contracts';

const PLAN_STAFF = ['institution_admin', 'lecturer', 'platform_admin'] as const;
const READERS = ['review_member', 'institution_admin', 'lecturer', 'platform_admin'] as const;
const MEMBERS = ['review_member'] as const;

/** Who may call each route of this module (spread into platform/http/access-matrix.int.test.ts). */
export const ACCESS_ROWS: Record<string, 'everyone' | 'signedIn' | readonly Role[]> = {
  'GET /api/review/plans': PLAN_STAFF,
  'GET /api/exam-plans/:planId/review': PLAN_STAFF,
  'PUT /api/exam-plans/:planId/review': PLAN_STAFF,
  'POST /api/exam-plans/:planId/review/publish': PLAN_STAFF,
  'PUT /api/exam-plans/:planId/review/committee': PLAN_STAFF,
  'GET /api/exam-plans/:planId/review/member-options': PLAN_STAFF,
  'GET /api/exam-plans/:planId/review/candidates': PLAN_STAFF,
  'GET /api/exam-plans/:planId/review/candidates.xlsx': PLAN_STAFF,
  'PUT /api/exam-plans/:planId/review/defences/:registrationId': PLAN_STAFF,
  'POST /api/exam-plans/:planId/review/defences/auto': PLAN_STAFF,
  'GET /api/my/reviews': 'signedIn',
  'POST /api/review/registrations/:registrationId/materials': 'signedIn',
  'DELETE /api/review/registrations/:registrationId/materials/:materialId': 'signedIn',
  'GET /api/review/registrations/:registrationId/materials/:materialId': 'signedIn',
  'GET /api/review/my-tasks': MEMBERS,
  'GET /api/review/registrations/:registrationId': READERS,
  'PUT /api/review/registrations/:registrationId/score': MEMBERS,
};
