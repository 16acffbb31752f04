import type { Role } from '@crossskill/contracts';

const ADMINS = ['institution_admin', 'platform_admin'] as const;
const PLATFORM_ADMIN = ['platform_admin'] as const;

/** Who may call each route of this module (spread into platform/http/access-matrix.int.test.ts). */
export const ACCESS_ROWS: Record<string, 'everyone' | 'signedIn' | readonly Role[]> = {
  'GET /api/certificates/settings': PLATFORM_ADMIN,
  'PUT /api/certificates/settings': PLATFORM_ADMIN,
  'GET /api/certificates/keys': PLATFORM_ADMIN,
  'POST /api/certificates/keys/rotate': PLATFORM_ADMIN,
  'GET /api/exam-plans/:planId/certificates/eligible': ADMINS,
  'POST /api/exam-plans/:planId/certificates': ADMINS,
  'POST /api/exam-plans/:planId/certificates/zip': ADMINS,
  'GET /api/certificates/zips/:jobId': ADMINS,
  'GET /api/certificates': ADMINS,
  'GET /api/certificates.xlsx': ADMINS,
  'GET /api/certificates/:certificateId': ADMINS,
  'GET /api/certificates/:certificateId/pdf': 'signedIn',
  'GET /api/certificates/:certificateId/credential': 'signedIn',
  'POST /api/certificates/:certificateId/revoke': ADMINS,
  'POST /api/certificates/:certificateId/reissue': ADMINS,
  'GET /api/my/certificates': 'signedIn',
  'PUT /api/my/certificates/:certificateId/visibility': 'signedIn',
  'GET /api/public/certificates/:number': 'everyone',
  'GET /api/public/certificates/:number/credential': 'everyone',
  'POST /api/public/verify': 'everyone',
  'GET /api/public/status-lists/:listId': 'everyone',
  // the user's ID photo (modules/identity/photo.routes.ts)
  'GET /api/me/photo': 'signedIn',
  'GET /api/me/photo/info': 'signedIn',
  'PUT /api/me/photo': 'signedIn',
  'DELETE /api/me/photo': 'signedIn',
};
