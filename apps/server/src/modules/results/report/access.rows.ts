import type { Role } from '@crossskill/contracts';

/**
 * Who may call each route of results/report/ (spread into platform/http/access-matrix.int.test.ts). Any signed-in
 * user reaches the handler; it answers only the candidate of the registration or the plan's staff (others 404).
 */
export const ACCESS_ROWS: Record<string, 'everyone' | 'signedIn' | readonly Role[]> = {
  'GET /api/final-results/:registrationId/report': 'signedIn',
  'GET /api/final-results/:registrationId/report.pdf': 'signedIn',
};
