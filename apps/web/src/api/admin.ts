import type { AuditEntry, notificationSchema, Role, User } from '@crossskill/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, download } from './client';
import type { ListResponse, OkResponse, PageResponse, SchemaOutput } from './types';

export type Notification = SchemaOutput<typeof notificationSchema>;
/** An item of GET /api/admin/users (no schema in the contracts yet). */
export type AdminUser = User & { lockedUntil: string | null; roles: Role[] };

export interface AuditFilters {
  event?: string;
  userId?: string;
  from?: string;
  to?: string;
}

export function useAudit(filters: AuditFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['admin', 'audit', filters, page, pageSize],
    queryFn: () => api<PageResponse<AuditEntry>>('/api/admin/audit', { query: { ...filters, page, pageSize } }),
    placeholderData: keepPreviousData,
  });
}

export function exportAudit(filters: AuditFilters, fallbackName: string): Promise<void> {
  return download('/api/admin/audit/export', fallbackName, { ...filters });
}

export const adminUsersKey = ['admin', 'users'] as const;

export function useAdminUsers(q: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...adminUsersKey, q, page, pageSize],
    queryFn: () => api<PageResponse<AdminUser>>('/api/admin/users', { query: { q, page, pageSize } }),
    placeholderData: keepPreviousData,
  });
}

export function unlockUser(userId: string): Promise<OkResponse> {
  return api<OkResponse>(`/api/admin/users/${encodeURIComponent(userId)}/unlock`, { method: 'POST' });
}

export function useNotifications(autoRefresh: boolean) {
  return useQuery({
    queryKey: ['admin', 'notifications'],
    queryFn: () => api<ListResponse<Notification>>('/api/admin/notifications'),
    refetchInterval: autoRefresh ? 5000 : false,
  });
}
