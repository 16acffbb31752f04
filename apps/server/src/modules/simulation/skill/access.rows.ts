import type { Role } from '@crossskill/contracts';

const PLAN_STAFF = ['institution_admin', 'lecturer', 'platform_admin'] as const;
const REVIEWERS = ['examiner', 'institution_admin', 'lecturer', 'platform_admin'] as const;
const SCORERS = ['examiner', 'platform_admin'] as const;

/** Who may call each route of simulation/skill/ (spread into platform/http/access-matrix.int.test.ts). */
export const ACCESS_ROWS: Record<string, 'everyone' | 'signedIn' | readonly Role[]> = {
  'GET /api/exam-plans/:planId/skill': PLAN_STAFF,
  'PUT /api/exam-plans/:planId/skill': PLAN_STAFF,
  'POST /api/exam-plans/:planId/skill/publish': PLAN_STAFF,
  'GET /api/skill-parts': REVIEWERS,
  'GET /api/exam-plans/:planId/skill/attempts': REVIEWERS,
  'POST /api/exam-plans/:planId/skill/start': 'signedIn',
  'GET /api/my/skill-exams': 'signedIn',
  'GET /api/skill-attempts/:attemptId': 'signedIn',
  'POST /api/skill-attempts/:attemptId/submit': 'signedIn',
  'GET /api/skill-attempts/:attemptId/review': REVIEWERS,
  'POST /api/skill-attempts/:attemptId/runs/:runId/checks/:checkId/override': SCORERS,
  'POST /api/skill-attempts/:attemptId/finalize': SCORERS,
};
