import type {
  loginBodySchema,
  Me,
  passwordResetConfirmSchema,
  passwordResetRequestSchema,
  publicInstitutionSchema,
  RegisterBody,
  User,
} from '@crossskill/contracts';
import { type QueryClient, useQuery } from '@tanstack/react-query';
import { ApiError, api } from './client';
import type { ListResponse, OkResponse, SchemaInput, SchemaOutput } from './types';

export const meKey = ['me'] as const;

export type LoginResponse = Me & { expiresAt: string; token?: string };
export type PublicInstitution = SchemaOutput<typeof publicInstitutionSchema>;

/** GET /api/me; a 401 means "logged out" and yields null. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await api<Me>('/api/me');
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

/** The auth state of the app: Me when logged in, null when not, undefined while loading. */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: fetchMe,
    staleTime: 5 * 60_000,
    retry: (count, e) => !(e instanceof ApiError && e.status > 0 && e.status < 500) && count < 2,
  });
}

export function login(body: SchemaInput<typeof loginBodySchema>): Promise<LoginResponse> {
  return api<LoginResponse>('/api/auth/login', { method: 'POST', body: { ...body, client: 'web' } });
}

export function logout(): Promise<OkResponse> {
  return api<OkResponse>('/api/auth/logout', { method: 'POST' });
}

/** After login: forget whatever the previous user's pages cached and remember the new user. */
export function onLoggedIn(qc: QueryClient, me: Me): void {
  const next: Me = { user: me.user, memberships: me.memberships, roles: me.roles };
  qc.clear();
  qc.setQueryData<Me | null>(meKey, next);
}

export function onLoggedOut(qc: QueryClient): void {
  qc.clear();
  qc.setQueryData<Me | null>(meKey, null);
}

export function register(body: Partial<RegisterBody>): Promise<{ user: User }> {
  return api<{ user: User }>('/api/auth/register', { method: 'POST', body });
}

export function requestPasswordReset(body: SchemaInput<typeof passwordResetRequestSchema>): Promise<OkResponse> {
  return api<OkResponse>('/api/auth/password-reset/request', { method: 'POST', body });
}

export function confirmPasswordReset(body: SchemaInput<typeof passwordResetConfirmSchema>): Promise<OkResponse> {
  return api<OkResponse>('/api/auth/password-reset/confirm', { method: 'POST', body });
}

export function usePublicInstitutions() {
  return useQuery({
    queryKey: ['public', 'institutions'],
    queryFn: () => api<ListResponse<PublicInstitution>>('/api/public/institutions'),
    staleTime: 10 * 60_000,
  });
}
