import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useMe } from '../api/auth';
import { canAccess } from '../lib/access';
import { type MenuKey, menuItem } from '../menu';
import { Forbidden } from './Forbidden';
import { PageLoading } from './PageLoading';
import { QueryError } from './QueryError';

/** Routes for logged-in users; others are sent to the login page and come back afterwards. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageLoading fullscreen />;
  if (me.isError) return <QueryError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  return <Outlet />;
}

/** Public pages inside the app layout: wait for the auth state, then show the page to guests and users alike. */
export function OptionalAuth() {
  const me = useMe();
  if (me.isPending) return <PageLoading fullscreen />;
  return <Outlet />;
}

/** Login, register and password reset: a logged-in user goes to the workbench instead. */
export function GuestOnly() {
  const me = useMe();
  if (me.isPending) return <PageLoading fullscreen />;
  if (me.data) return <Navigate to="/" replace />;
  return <Outlet />;
}

/**
 * Guards a route with the same access rule as its menu item, so a direct URL to a page the user may not use shows 403.
 * `also` adds a finer check (e.g. "administers this organisation").
 */
export function RequireAccess({
  menuKey,
  also,
  children,
}: {
  menuKey: MenuKey;
  also?: (me: NonNullable<ReturnType<typeof useMe>['data']>) => boolean;
  children: ReactNode;
}) {
  const { data: me } = useMe();
  if (!me) return null; // RequireAuth above handles loading and logged-out users
  if (!canAccess(me, menuItem(menuKey).access) || (also && !also(me))) return <Forbidden />;
  return <>{children}</>;
}
