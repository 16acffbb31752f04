import type { Role } from '@crossskill/contracts';

const PROCTORS: readonly Role[] = ['proctor', 'institution_admin', 'platform_admin'];

/** Who may call each route of exams/proctoring/ (spread into platform/http/access-matrix.int.test.ts). */
export const ACCESS_ROWS: Record<string, 'everyone' | 'signedIn' | readonly Role[]> = {
  'GET /api/proctoring/rooms': PROCTORS,
  'GET /api/proctoring/rooms/:roomId': PROCTORS,
  'GET /api/proctoring/rooms/:roomId/events': PROCTORS,
  'POST /api/proctoring/rooms/:roomId/pause': PROCTORS,
  'POST /api/proctoring/rooms/:roomId/resume': PROCTORS,
  'POST /api/proctoring/attempts/:attemptId/extra-time': PROCTORS,
  'POST /api/proctoring/attempts/:attemptId/pause': PROCTORS,
  'POST /api/proctoring/attempts/:attemptId/resume': PROCTORS,
  'POST /api/proctoring/attempts/:attemptId/irregularity': PROCTORS,
  'POST /api/proctoring/attempts/:attemptId/force-submit': PROCTORS,
};
