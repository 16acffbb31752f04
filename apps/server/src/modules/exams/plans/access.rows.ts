import type { Role } from '@crossskill/contracts';

/** Who may call each route of exams/plans/ (spread into platform/http/access-matrix.int.test.ts). */
const STAFF: readonly Role[] = ['platform_admin', 'institution_admin', 'lecturer'];
const ADMINS: readonly Role[] = ['platform_admin', 'institution_admin'];

export const ACCESS_ROWS: Record<string, 'everyone' | 'signedIn' | readonly Role[]> = {
  'GET /api/orgs/:orgId/exam-plans': STAFF,
  'POST /api/orgs/:orgId/exam-plans': STAFF,
  'POST /api/orgs/:orgId/exam-plans/blueprint-preview': STAFF,
  'GET /api/orgs/:orgId/exam-staff': STAFF,
  'GET /api/exam-plans/open': 'signedIn',
  'GET /api/exam-plans/:planId': STAFF,
  'PATCH /api/exam-plans/:planId': STAFF,
  'DELETE /api/exam-plans/:planId': ADMINS,
  'POST /api/exam-plans/:planId/publish': ADMINS,
  'POST /api/exam-plans/:planId/finish': ADMINS,
  'POST /api/exam-plans/:planId/blueprint-preview': STAFF,
  'GET /api/exam-plans/:planId/sample-paper': STAFF,
  'PUT /api/exam-plans/:planId/markers': ADMINS,
  'GET /api/exam-plans/:planId/sessions': STAFF,
  'POST /api/exam-plans/:planId/sessions': ADMINS,
  'GET /api/exam-sessions/:sessionId': STAFF,
  'PATCH /api/exam-sessions/:sessionId': ADMINS,
  'DELETE /api/exam-sessions/:sessionId': ADMINS,
  'POST /api/exam-sessions/:sessionId/assign-seats': ADMINS,
  'GET /api/exam-sessions/:sessionId/tickets.zip': STAFF,
  'POST /api/exam-plans/:planId/registrations': 'signedIn',
  'GET /api/exam-plans/:planId/registrations': STAFF,
  'GET /api/registrations/:registrationId': 'signedIn',
  'POST /api/registrations/:registrationId/override': ADMINS,
  'POST /api/registrations/:registrationId/withdraw': 'signedIn',
  'GET /api/registrations/:registrationId/ticket.pdf': 'signedIn',
  'GET /api/me/registrations': 'signedIn',
  'GET /api/tickets/verify': 'everyone',
};
