import { ADMIN_ROLE_BY_ORG_KIND, type Me, type Membership, type Role } from '@crossskill/contracts';

/** Who may use a page: any logged-in user, or holders of at least one of the roles. */
export type Access = 'authenticated' | readonly Role[];

export function hasAnyRole(me: Me, roles: readonly Role[]): boolean {
  return roles.some((r) => me.roles.includes(r));
}

export function canAccess(me: Me, access: Access): boolean {
  return access === 'authenticated' || hasAnyRole(me, access);
}

export function isPlatformAdmin(me: Me): boolean {
  return me.roles.includes('platform_admin');
}

/** Memberships that make the user an administrator of an organisation (one per organisation). */
export function administeredOrgs(me: Me): Membership[] {
  const seen = new Set<string>();
  return me.memberships.filter((m) => {
    if (m.role !== ADMIN_ROLE_BY_ORG_KIND[m.orgKind] || seen.has(m.orgId)) return false;
    seen.add(m.orgId);
    return true;
  });
}

/** Whether the user may manage an organisation's profile and members (its admin, or a platform admin). */
export function canManageOrg(me: Me, orgId: string): boolean {
  return isPlatformAdmin(me) || administeredOrgs(me).some((m) => m.orgId === orgId);
}
