import type {
  addMemberSchema,
  createOrgSchema,
  listOrgsQuerySchema,
  Member,
  Org,
  updateOrgSchema,
} from '@crossskill/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, download } from './client';
import type { ListResponse, OkResponse, SchemaInput } from './types';

export type OrgFilters = SchemaInput<typeof listOrgsQuerySchema>;

const orgPath = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}`;

export const orgKeys = {
  all: ['orgs'] as const,
  list: (filters: OrgFilters) => ['orgs', 'list', filters] as const,
  one: (orgId: string) => ['orgs', 'one', orgId] as const,
  members: (orgId: string) => ['orgs', 'members', orgId] as const,
};

export function useOrgs(filters: OrgFilters, enabled = true) {
  return useQuery({
    queryKey: orgKeys.list(filters),
    queryFn: () => api<ListResponse<Org>>('/api/orgs', { query: { kind: filters.kind, q: filters.q } }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useOrg(orgId: string) {
  return useQuery({ queryKey: orgKeys.one(orgId), queryFn: () => api<Org>(orgPath(orgId)) });
}

export function createOrg(body: SchemaInput<typeof createOrgSchema>): Promise<Org> {
  return api<Org>('/api/orgs', { method: 'POST', body });
}

export function updateOrg(orgId: string, body: SchemaInput<typeof updateOrgSchema>): Promise<Org> {
  return api<Org>(orgPath(orgId), { method: 'PATCH', body });
}

export function useMembers(orgId: string) {
  return useQuery({
    queryKey: orgKeys.members(orgId),
    queryFn: () => api<ListResponse<Member>>(`${orgPath(orgId)}/members`),
  });
}

export function addMember(orgId: string, body: SchemaInput<typeof addMemberSchema>): Promise<Member> {
  return api<Member>(`${orgPath(orgId)}/members`, { method: 'POST', body });
}

export function removeMembership(orgId: string, membershipId: string): Promise<OkResponse> {
  return api<OkResponse>(`${orgPath(orgId)}/members/${encodeURIComponent(membershipId)}`, { method: 'DELETE' });
}

export function exportMembers(orgId: string, fallbackName: string): Promise<void> {
  return download(`${orgPath(orgId)}/members/export`, fallbackName);
}
