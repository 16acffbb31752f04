import type { Role } from '@crossskill/contracts';

/** Who may call each route of this module (spread into platform/http/access-matrix.int.test.ts). */
export const ACCESS_ROWS: Record<string, 'everyone' | 'signedIn' | readonly Role[]> = {};
