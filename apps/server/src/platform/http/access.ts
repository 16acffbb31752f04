import { ADMIN_ROLE_BY_ORG_KIND, type OrgKind, type Role } from '@crossskill/contracts';

/**
 * Who may call a route. Every /api route declares one in `config.access`; a route without it
 * makes the server refuse to start (deny by default).
 */
export type Access =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  /** A membership with one of these roles in any organisation. */
  | { kind: 'anyRole'; roles: readonly Role[] }
  /**
   * A membership in the organisation named by the `orgId` path parameter, with one of these roles
   * ('admin' = that organisation's administrator role). A platform admin passes too.
   */
  | { kind: 'orgRole'; roles: readonly Role[] | 'admin' | 'member' };

export const access = {
  public: (): Access => ({ kind: 'public' }),
  authenticated: (): Access => ({ kind: 'authenticated' }),
  anyRole: (...roles: Role[]): Access => ({ kind: 'anyRole', roles }),
  platformAdmin: (): Access => ({ kind: 'anyRole', roles: ['platform_admin'] }),
  orgAdmin: (): Access => ({ kind: 'orgRole', roles: 'admin' }),
  orgMember: (): Access => ({ kind: 'orgRole', roles: 'member' }),
  orgRole: (...roles: Role[]): Access => ({ kind: 'orgRole', roles }),
};

export interface AuthMembership {
  id: string;
  orgId: string;
  orgName: string;
  orgKind: OrgKind;
  role: Role;
}

export interface AuthContext {
  userId: string;
  userName: string;
  sessionId: string;
  via: 'cookie' | 'bearer';
  memberships: AuthMembership[];
}

export const isPlatformAdmin = (auth: AuthContext) => auth.memberships.some((m) => m.role === 'platform_admin');

export const isOrgAdmin = (auth: AuthContext, orgId: string) =>
  isPlatformAdmin(auth) ||
  auth.memberships.some((m) => m.orgId === orgId && m.role === ADMIN_ROLE_BY_ORG_KIND[m.orgKind]);

/** Decides an access rule for an authenticated caller; `orgId` is the route's path parameter, if any. */
export function allows(rule: Access, auth: AuthContext | null, orgId: string | undefined): boolean {
  if (rule.kind === 'public') return true;
  if (!auth) return false;
  switch (rule.kind) {
    case 'authenticated':
      return true;
    case 'anyRole':
      return auth.memberships.some((m) => rule.roles.includes(m.role));
    case 'orgRole': {
      if (isPlatformAdmin(auth)) return true;
      if (!orgId) return false;
      const inOrg = auth.memberships.filter((m) => m.orgId === orgId);
      if (rule.roles === 'member') return inOrg.length > 0;
      if (rule.roles === 'admin') return isOrgAdmin(auth, orgId);
      const roles = rule.roles;
      return inOrg.some((m) => roles.includes(m.role));
    }
  }
}

/** Resolves the caller from a session token; implemented by the identity module. */
export interface AuthResolver {
  resolve(token: string, via: 'cookie' | 'bearer'): Promise<AuthContext | null>;
}
