import { lazy, type ReactElement } from 'react';
import { Route, Routes, useParams } from 'react-router-dom';
import { GuestOnly, OptionalAuth, RequireAccess, RequireAuth } from './components/guards';
import AppLayout from './layout/AppLayout';
import AuthLayout from './layout/AuthLayout';
import { canManageOrg } from './lib/access';
import type { MenuKey } from './menu';

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
const PlansPage = lazy(() => import('./pages/exams/plans/PlansPage'));
const PlanDetailPage = lazy(() => import('./pages/exams/plans/PlanDetailPage'));
const MyExamsPage = lazy(() => import('./pages/exams/my/MyExamsPage'));
const MyExamDetailPage = lazy(() => import('./pages/exams/my/MyExamDetailPage'));
const ProctorRoomsPage = lazy(() => import('./pages/exams/proctor/ProctorRoomsPage'));
const ProctorRoomPage = lazy(() => import('./pages/exams/proctor/ProctorRoomPage'));
const MarkingPage = lazy(() => import('./pages/exams/marking/MarkingPage'));
const ResultsIndexPage = lazy(() => import('./pages/exams/results/ResultsIndexPage'));
const PlanResultsPage = lazy(() => import('./pages/exams/results/PlanResultsPage'));
const PracticePage = lazy(() => import('./pages/simulation/PracticePage'));
const SellerConsolePage = lazy(() => import('./pages/simulation/SellerConsolePage'));
const RulesPage = lazy(() => import('./pages/simulation/RulesPage'));
const TaskLibraryPage = lazy(() => import('./pages/simulation/tasks/TaskLibraryPage'));
const TaskEditorPage = lazy(() => import('./pages/simulation/tasks/TaskEditorPage'));
const SkillExamsPage = lazy(() => import('./pages/simulation/skill/SkillExamsPage'));
const SkillAttemptPage = lazy(() => import('./pages/simulation/skill/SkillAttemptPage'));
const SkillReviewPage = lazy(() => import('./pages/simulation/skill/SkillReviewPage'));
const SkillPartPage = lazy(() => import('./pages/simulation/skill/SkillPartPage'));
const ReviewPage = lazy(() => import('./pages/review/ReviewPage'));
const FinalResultsPage = lazy(() => import('./pages/results/FinalResultsPage'));
const AppealTasksPage = lazy(() => import('./pages/results/AppealTasksPage'));
const MyResultsPage = lazy(() => import('./pages/results/MyResultsPage'));
const AbilityReportPage = lazy(() => import('./pages/results/AbilityReportPage'));
const CertificatesPage = lazy(() => import('./pages/certificates/CertificatesPage'));
const CertificateSettingsPage = lazy(() => import('./pages/certificates/CertificateSettingsPage'));
const MyCertificatesPage = lazy(() => import('./pages/certificates/MyCertificatesPage'));
const VerifyPage = lazy(() => import('./pages/certificates/VerifyPage'));
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

function PlanDetailRoute() {
  const { planId = '' } = useParams();
  return (
    <RequireAccess menuKey="examPlans">
      <PlanDetailPage key={planId} planId={planId} />
    </RequireAccess>
  );
}

function MyExamDetailRoute() {
  const { registrationId = '' } = useParams();
  return (
    <RequireAccess menuKey="myExams">
      <MyExamDetailPage key={registrationId} registrationId={registrationId} />
    </RequireAccess>
  );
}

function ProctorRoomRoute() {
  const { roomId = '' } = useParams();
  return (
    <RequireAccess menuKey="proctoring">
      <ProctorRoomPage key={roomId} roomId={roomId} />
    </RequireAccess>
  );
}

function PlanResultsRoute() {
  const { planId = '' } = useParams();
  return (
    <RequireAccess menuKey="examResults">
      <PlanResultsPage key={planId} planId={planId} />
    </RequireAccess>
  );
}

function SellerConsoleRoute() {
  const { runId = '' } = useParams();
  return (
    <RequireAccess menuKey="simPractice">
      <SellerConsolePage key={runId} runId={runId} />
    </RequireAccess>
  );
}

function TaskEditorRoute() {
  const { taskId = '' } = useParams();
  return (
    <RequireAccess menuKey="simTasks">
      <TaskEditorPage key={taskId} taskId={taskId === 'new' ? null : taskId} />
    </RequireAccess>
  );
}

function SkillAttemptRoute() {
  const { attemptId = '' } = useParams();
  return (
    <RequireAccess menuKey="skillExam">
      <SkillAttemptPage key={attemptId} attemptId={attemptId} />
    </RequireAccess>
  );
}

function SkillReviewRoute() {
  const { attemptId = '' } = useParams();
  return (
    <RequireAccess menuKey="skillExam">
      <SkillReviewPage key={attemptId} attemptId={attemptId} />
    </RequireAccess>
  );
}

function SkillPartRoute() {
  const { planId = '' } = useParams();
  return (
    <RequireAccess menuKey="examPlans">
      <SkillPartPage key={planId} planId={planId} />
    </RequireAccess>
  );
}

function ReviewRoute() {
  const { planId } = useParams();
  return (
    <RequireAccess menuKey="review">
      <ReviewPage key={planId ?? ''} planId={planId} />
    </RequireAccess>
  );
}

function FinalResultsRoute() {
  const { planId } = useParams();
  return (
    <RequireAccess menuKey="finalResults">
      <FinalResultsPage key={planId ?? ''} planId={planId} />
    </RequireAccess>
  );
}

/** The ability report, for the candidate (myResults) or for plan staff (finalResults). */
function AbilityReportRoute({ menuKey }: { menuKey: MenuKey }) {
  const { registrationId = '' } = useParams();
  return (
    <RequireAccess menuKey={menuKey}>
      <AbilityReportPage key={registrationId} registrationId={registrationId} />
    </RequireAccess>
  );
}

function VerifyRoute() {
  const { number } = useParams();
  return <VerifyPage key={number ?? ''} number={number} />;
}

const guarded = (menuKey: MenuKey, page: ReactElement) => <RequireAccess menuKey={menuKey}>{page}</RequireAccess>;

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
          <Route path="/verify" element={<VerifyRoute />} />
          <Route path="/verify/:number" element={<VerifyRoute />} />
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
          <Route path="/exam-plans" element={guarded('examPlans', <PlansPage />)} />
          <Route path="/exam-plans/:planId" element={<PlanDetailRoute />} />
          <Route path="/exam-plans/:planId/skill" element={<SkillPartRoute />} />
          <Route path="/sim/practice" element={guarded('simPractice', <PracticePage />)} />
          <Route path="/sim/runs/:runId" element={<SellerConsoleRoute />} />
          <Route path="/sim/rules" element={guarded('simRules', <RulesPage />)} />
          <Route path="/sim/tasks" element={guarded('simTasks', <TaskLibraryPage />)} />
          <Route path="/sim/tasks/:taskId" element={<TaskEditorRoute />} />
          <Route path="/skill-exams" element={guarded('skillExam', <SkillExamsPage />)} />
          <Route path="/skill-exams/attempts/:attemptId" element={<SkillAttemptRoute />} />
          <Route path="/skill-exams/review/:attemptId" element={<SkillReviewRoute />} />
          <Route path="/my-exams" element={guarded('myExams', <MyExamsPage />)} />
          <Route path="/my-exams/:registrationId" element={<MyExamDetailRoute />} />
          <Route path="/proctoring" element={guarded('proctoring', <ProctorRoomsPage />)} />
          <Route path="/proctoring/rooms/:roomId" element={<ProctorRoomRoute />} />
          <Route path="/marking" element={guarded('marking', <MarkingPage />)} />
          <Route path="/exam-results" element={guarded('examResults', <ResultsIndexPage />)} />
          <Route path="/exam-results/:planId" element={<PlanResultsRoute />} />
          <Route path="/review" element={<ReviewRoute />} />
          <Route path="/review/:planId" element={<ReviewRoute />} />
          <Route path="/final-results" element={<FinalResultsRoute />} />
          <Route path="/final-results/:planId" element={<FinalResultsRoute />} />
          <Route
            path="/final-results/:planId/report/:registrationId"
            element={<AbilityReportRoute menuKey="finalResults" />}
          />
          <Route path="/appeals" element={guarded('appeals', <AppealTasksPage />)} />
          <Route path="/my-results" element={guarded('myResults', <MyResultsPage />)} />
          <Route path="/my-results/:registrationId/report" element={<AbilityReportRoute menuKey="myResults" />} />
          <Route path="/certificates" element={guarded('certificates', <CertificatesPage />)} />
          <Route path="/certificates/settings" element={guarded('certificateSettings', <CertificateSettingsPage />)} />
          <Route path="/my-certificates" element={guarded('myCertificates', <MyCertificatesPage />)} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
