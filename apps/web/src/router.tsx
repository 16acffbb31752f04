import { lazy } from 'react';
import { Route, Routes, useParams } from 'react-router-dom';
import { GuestOnly, OptionalAuth, RequireAccess, RequireAuth } from './components/guards';
import AppLayout from './layout/AppLayout';
import AuthLayout from './layout/AuthLayout';
import { canManageOrg } from './lib/access';

// Pages are loaded on demand: a trainee's phone never downloads the admin pages.
const LoginPage = lazy(() => import('./pages/auth/LoginPage'));
const RegisterPage = lazy(() => import('./pages/auth/RegisterPage'));
const ForgotPasswordPage = lazy(() => import('./pages/auth/ForgotPasswordPage'));
const HomePage = lazy(() => import('./pages/home/HomePage'));
const ProfilePage = lazy(() => import('./pages/profile/ProfilePage'));
const OrgsPage = lazy(() => import('./pages/orgs/OrgsPage'));
const MembersIndexPage = lazy(() => import('./pages/orgs/MembersIndexPage'));
const MembersPage = lazy(() => import('./pages/orgs/MembersPage'));
const AuditPage = lazy(() => import('./pages/admin/AuditPage'));
const UsersPage = lazy(() => import('./pages/admin/UsersPage'));
const OutboxPage = lazy(() => import('./pages/admin/OutboxPage'));
const StandardsBrowserPage = lazy(() => import('./pages/standards/StandardsBrowserPage'));
const EligibilityPage = lazy(() => import('./pages/standards/EligibilityPage'));
const EvaluationFormsPage = lazy(() => import('./pages/standards/EvaluationFormsPage'));
const VersionsPage = lazy(() => import('./pages/standards/VersionsPage'));
const VersionDetailPage = lazy(() => import('./pages/standards/VersionDetailPage'));
const BanksPage = lazy(() => import('./pages/questionbank/BanksPage'));
const BankDetailPage = lazy(() => import('./pages/questionbank/BankDetailPage'));
const NotFoundPage = lazy(() => import('./pages/errors/NotFoundPage'));

function OrgMembersRoute() {
  const { orgId = '' } = useParams();
  return (
    <RequireAccess menuKey="members" also={(me) => canManageOrg(me, orgId)}>
      <MembersPage key={orgId} orgId={orgId} />
    </RequireAccess>
  );
}

function VersionDetailRoute() {
  const { versionId = '' } = useParams();
  return (
    <RequireAccess menuKey="standardVersions">
      <VersionDetailPage key={versionId} versionId={versionId} />
    </RequireAccess>
  );
}

function BankDetailRoute() {
  const { bankId = '' } = useParams();
  return (
    <RequireAccess menuKey="questionBanks">
      <BankDetailPage key={bankId} bankId={bankId} />
    </RequireAccess>
  );
}

/**
 * All routes. Each page inside the app is guarded by the access rule of its menu item (src/menu.ts).
 * A new module: add its menu item to MENU, its page under src/pages/<area>/ and a <Route> here.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<GuestOnly />}>
        <Route element={<AuthLayout />}>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/register" element={<RegisterPage />} />
          <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        </Route>
      </Route>
      {/* Public pages in the app layout (the standard is public): guests see them with a login button. */}
      <Route element={<OptionalAuth />}>
        <Route element={<AppLayout />}>
          <Route path="/standards" element={<StandardsBrowserPage />} />
        </Route>
      </Route>
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route
            index
            element={
              <RequireAccess menuKey="home">
                <HomePage />
              </RequireAccess>
            }
          />
          <Route
            path="/profile"
            element={
              <RequireAccess menuKey="profile">
                <ProfilePage />
              </RequireAccess>
            }
          />
          <Route
            path="/orgs"
            element={
              <RequireAccess menuKey="orgs">
                <OrgsPage />
              </RequireAccess>
            }
          />
          <Route
            path="/members"
            element={
              <RequireAccess menuKey="members">
                <MembersIndexPage />
              </RequireAccess>
            }
          />
          <Route path="/orgs/:orgId/members" element={<OrgMembersRoute />} />
          <Route
            path="/admin/users"
            element={
              <RequireAccess menuKey="users">
                <UsersPage />
              </RequireAccess>
            }
          />
          <Route
            path="/admin/audit"
            element={
              <RequireAccess menuKey="audit">
                <AuditPage />
              </RequireAccess>
            }
          />
          <Route
            path="/admin/outbox"
            element={
              <RequireAccess menuKey="outbox">
                <OutboxPage />
              </RequireAccess>
            }
          />
          <Route
            path="/standards/eligibility"
            element={
              <RequireAccess menuKey="eligibility">
                <EligibilityPage />
              </RequireAccess>
            }
          />
          <Route
            path="/standards/evaluation-forms"
            element={
              <RequireAccess menuKey="evaluations">
                <EvaluationFormsPage />
              </RequireAccess>
            }
          />
          <Route
            path="/standards/versions"
            element={
              <RequireAccess menuKey="standardVersions">
                <VersionsPage />
              </RequireAccess>
            }
          />
          <Route path="/standards/versions/:versionId" element={<VersionDetailRoute />} />
          <Route
            path="/question-banks"
            element={
              <RequireAccess menuKey="questionBanks">
                <BanksPage />
              </RequireAccess>
            }
          />
          <Route path="/question-banks/:bankId" element={<BankDetailRoute />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
