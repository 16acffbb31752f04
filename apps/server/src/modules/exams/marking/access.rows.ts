import type { Role } from '@crossskill/contracts';

const MARKERS = ['examiner', 'platform_admin'] as const;
const PLAN_STAFF = ['platform_admin', 'institution_admin', 'lecturer'] as const;

/** Who may call each route of exams/marking/ (spread into platform/http/access-matrix.int.test.ts). */
export const ACCESS_ROWS: Record<string, 'everyone' | 'signedIn' | readonly Role[]> = {
  'GET /api/marking/tasks': MARKERS,
  'GET /api/marking/tasks/:taskId': MARKERS,
  'POST /api/marking/tasks/:taskId': MARKERS,
  'GET /api/exam-plans/:planId/marking': PLAN_STAFF,
  'POST /api/exam-plans/:planId/marking/distribute': PLAN_STAFF,
  'GET /api/exam-plans/:planId/results': PLAN_STAFF,
  'GET /api/exam-plans/:planId/statistics': PLAN_STAFF,
  'GET /api/me/results/:attemptId': 'signedIn',
};
