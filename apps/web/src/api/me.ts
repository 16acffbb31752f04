import type { changePasswordSchema, Me, Session, updateProfileSchema } from '@crossskill/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { ListResponse, OkResponse, SchemaInput } from './types';

export const sessionsKey = ['me', 'sessions'] as const;

export function updateProfile(body: SchemaInput<typeof updateProfileSchema>): Promise<Me> {
  return api<Me>('/api/me', { method: 'PATCH', body });
}

export function changePassword(body: SchemaInput<typeof changePasswordSchema>): Promise<OkResponse> {
  return api<OkResponse>('/api/me/password', { method: 'POST', body });
}

export function useSessions() {
  return useQuery({ queryKey: sessionsKey, queryFn: () => api<ListResponse<Session>>('/api/me/sessions') });
}

export function revokeSession(sessionId: string): Promise<OkResponse> {
  return api<OkResponse>(`/api/me/sessions/${encodeURIComponent(sessionId)}`, { method: 'DELETE' });
}
