import type { Role } from '@crossskill/contracts';

/** Who may call each route of exams/runtime/ (spread into platform/http/access-matrix.int.test.ts). Every
 * attempt route is open to any signed-in user; the service allows only the attempt's own candidate. */
export const ACCESS_ROWS: Record<string, 'everyone' | 'signedIn' | readonly Role[]> = {
  'GET /api/attempts/:attemptId': 'signedIn',
  'POST /api/attempts/:attemptId/confirm-identity': 'signedIn',
  'POST /api/attempts/:attemptId/start': 'signedIn',
  'POST /api/attempts/:attemptId/answers': 'signedIn',
  'POST /api/attempts/:attemptId/events': 'signedIn',
  'POST /api/attempts/:attemptId/heartbeat': 'signedIn',
  'POST /api/attempts/:attemptId/submit': 'signedIn',
};
