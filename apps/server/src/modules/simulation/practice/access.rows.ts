import type { Role } from '@crossskill/contracts';

/** Who may call each route of simulation/practice/ (spread into platform/http/access-matrix.int.test.ts). */
const AUTHORS: readonly Role[] = ['platform_admin', 'institution_admin', 'lecturer'];

export const ACCESS_ROWS: Record<string, 'everyone' | 'signedIn' | readonly Role[]> = {
  'GET /api/sim/rules': 'signedIn',
  'GET /api/sim/tasks': 'signedIn',
  'GET /api/sim/tasks/:taskId': 'signedIn',
  'POST /api/sim/tasks': AUTHORS,
  'PUT /api/sim/tasks/:taskId': AUTHORS,
  'POST /api/sim/tasks/:taskId/status': AUTHORS,
  'POST /api/sim/tasks/:taskId/copy': AUTHORS,
  'POST /api/sim/runs': 'signedIn',
  'GET /api/sim/runs': 'signedIn',
  'GET /api/sim/runs/:runId': 'signedIn',
  'POST /api/sim/runs/:runId/actions': 'signedIn',
  'POST /api/sim/runs/:runId/check': 'signedIn',
  'POST /api/sim/runs/:runId/reset': 'signedIn',
  'GET /api/sim/runs/:runId/replay': 'signedIn',
  'POST /api/sim/images': 'signedIn',
  'GET /api/sim/images/:imageId': 'signedIn',
};
