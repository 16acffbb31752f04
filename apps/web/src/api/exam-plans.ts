import type {
  BlueprintPreviewResult,
  CreateExamPlan,
  CreateExamSession,
  ExamPlan,
  ExamPlanSummary,
  ExamSession,
  examStaffListSchema,
  MyExamResult,
  MyRegistration,
  OrgBlueprintPreview,
  openExamPlanSchema,
  PlanBlueprintPreview,
  Registration,
  RegistrationEligibilityInput,
  RegistrationStatus,
  SamplePaper,
  StaffRegistration,
  UpdateExamPlan,
  UpdateExamSession,
} from '@crossskill/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, download } from './client';
import type { ListResponse, OkResponse, SchemaOutput } from './types';

/** GET /api/me/results/:attemptId (the marking helper's contract). */
export type {
  AssignSeatsResult,
  BlueprintPreviewResult,
  BlueprintShortfall,
  CreateExamPlan,
  CreateExamSession,
  ExamBlueprint,
  ExamBlueprintChoices,
  ExamPlan,
  ExamPlanStatus,
  ExamPlanSummary,
  ExamRoom,
  ExamSession,
  MyExamResult,
  MyRegistration,
  Registration,
  RegistrationEligibilityInput,
  RegistrationStatus,
  ResultBreakdownRow,
  SamplePaper,
  StaffRegistration,
} from '@crossskill/contracts';
export type ExamStaff = SchemaOutput<typeof examStaffListSchema>['items'][number];
export type OpenExamPlan = SchemaOutput<typeof openExamPlanSchema>;

const enc = encodeURIComponent;
const planPath = (planId: string) => `/api/exam-plans/${enc(planId)}`;
const sessionPath = (sessionId: string) => `/api/exam-sessions/${enc(sessionId)}`;
const registrationPath = (registrationId: string) => `/api/registrations/${enc(registrationId)}`;

export const planKeys = {
  all: ['examPlans'] as const,
  list: (orgId: string) => ['examPlans', 'list', orgId] as const,
  plan: (planId: string) => ['examPlans', 'plan', planId] as const,
  sessions: (planId: string) => ['examPlans', 'sessions', planId] as const,
  registrations: (planId: string, status?: string) => ['examPlans', 'registrations', planId, status ?? ''] as const,
  staff: (orgId: string) => ['examPlans', 'staff', orgId] as const,
  samplePaper: (planId: string, seed: string) => ['examPlans', 'sample', planId, seed] as const,
  open: ['examPlans', 'open'] as const,
  mine: ['examPlans', 'mine'] as const,
  result: (attemptId: string) => ['examPlans', 'result', attemptId] as const,
};

// ---- plans

export function useOrgPlans(orgId: string | undefined) {
  return useQuery({
    queryKey: planKeys.list(orgId ?? ''),
    queryFn: () => api<ListResponse<ExamPlanSummary>>(`/api/orgs/${enc(orgId ?? '')}/exam-plans`),
    enabled: Boolean(orgId),
    placeholderData: keepPreviousData,
  });
}

export function createPlan(orgId: string, body: CreateExamPlan): Promise<ExamPlan> {
  return api<ExamPlan>(`/api/orgs/${enc(orgId)}/exam-plans`, { method: 'POST', body });
}

export function usePlan(planId: string) {
  return useQuery({ queryKey: planKeys.plan(planId), queryFn: () => api<ExamPlan>(planPath(planId)) });
}

export function updatePlan(planId: string, body: UpdateExamPlan): Promise<ExamPlan> {
  return api<ExamPlan>(planPath(planId), { method: 'PATCH', body });
}

export function deletePlan(planId: string): Promise<OkResponse> {
  return api<OkResponse>(planPath(planId), { method: 'DELETE' });
}

export function publishPlan(planId: string): Promise<ExamPlan> {
  return api<ExamPlan>(`${planPath(planId)}/publish`, { method: 'POST' });
}

export function finishPlan(planId: string): Promise<ExamPlan> {
  return api<ExamPlan>(`${planPath(planId)}/finish`, { method: 'POST' });
}

export function previewBlueprint(planId: string, body: PlanBlueprintPreview): Promise<BlueprintPreviewResult> {
  return api<BlueprintPreviewResult>(`${planPath(planId)}/blueprint-preview`, { method: 'POST', body });
}

export function previewOrgBlueprint(orgId: string, body: OrgBlueprintPreview): Promise<BlueprintPreviewResult> {
  return api<BlueprintPreviewResult>(`/api/orgs/${enc(orgId)}/exam-plans/blueprint-preview`, {
    method: 'POST',
    body,
  });
}

export function useSamplePaper(planId: string, seed: string | null) {
  return useQuery({
    queryKey: planKeys.samplePaper(planId, seed ?? ''),
    queryFn: () => api<SamplePaper>(`${planPath(planId)}/sample-paper`, { query: { seed: seed ?? undefined } }),
    enabled: seed !== null,
    retry: false,
  });
}

// ---- staff

/** People of the organisation (and the platform) who hold the proctor or examiner role. */
export function useExamStaff(orgId: string | undefined) {
  return useQuery({
    queryKey: planKeys.staff(orgId ?? ''),
    queryFn: () => api<ListResponse<ExamStaff>>(`/api/orgs/${enc(orgId ?? '')}/exam-staff`),
    enabled: Boolean(orgId),
    staleTime: 60_000,
  });
}

export function setMarkers(planId: string, userIds: string[]): Promise<unknown> {
  return api<unknown>(`${planPath(planId)}/markers`, { method: 'PUT', body: { userIds } });
}

// ---- sessions

export function useSessions(planId: string) {
  return useQuery({
    queryKey: planKeys.sessions(planId),
    queryFn: () => api<ListResponse<ExamSession>>(`${planPath(planId)}/sessions`),
  });
}

export function createSession(planId: string, body: CreateExamSession): Promise<ExamSession> {
  return api<ExamSession>(`${planPath(planId)}/sessions`, { method: 'POST', body });
}

export function updateSession(sessionId: string, body: UpdateExamSession): Promise<ExamSession> {
  return api<ExamSession>(sessionPath(sessionId), { method: 'PATCH', body });
}

export function deleteSession(sessionId: string): Promise<OkResponse> {
  return api<OkResponse>(sessionPath(sessionId), { method: 'DELETE' });
}

export function assignSeats(sessionId: string): Promise<{ jobId: string }> {
  return api<{ jobId: string }>(`${sessionPath(sessionId)}/assign-seats`, { method: 'POST' });
}

export function downloadTicketsZip(sessionId: string, fallbackName: string): Promise<void> {
  return download(`${sessionPath(sessionId)}/tickets.zip`, fallbackName);
}

// ---- registrations

export function useRegistrations(planId: string, status?: RegistrationStatus) {
  return useQuery({
    queryKey: planKeys.registrations(planId, status),
    queryFn: () => api<ListResponse<StaffRegistration>>(`${planPath(planId)}/registrations`, { query: { status } }),
    placeholderData: keepPreviousData,
  });
}

export function exportRegistrations(planId: string, fallbackName: string, status?: RegistrationStatus) {
  return download(`${planPath(planId)}/registrations`, fallbackName, { format: 'xlsx', status });
}

export function overrideRegistration(registrationId: string, reason: string): Promise<Registration> {
  return api<Registration>(`${registrationPath(registrationId)}/override`, { method: 'POST', body: { reason } });
}

/** The candidate withdraws before a seat is assigned. */
export function withdrawRegistration(registrationId: string): Promise<Registration> {
  return api<Registration>(`${registrationPath(registrationId)}/withdraw`, { method: 'POST' });
}

export function downloadTicket(registrationId: string, fallbackName: string): Promise<void> {
  return download(`${registrationPath(registrationId)}/ticket.pdf`, fallbackName);
}

// ---- the candidate

export function useOpenPlans() {
  return useQuery({
    queryKey: planKeys.open,
    queryFn: () => api<ListResponse<OpenExamPlan>>('/api/exam-plans/open'),
  });
}

export function registerForPlan(planId: string, eligibility: RegistrationEligibilityInput): Promise<Registration> {
  return api<Registration>(`${planPath(planId)}/registrations`, { method: 'POST', body: { eligibility } });
}

/** My registrations; refreshed every minute so "进入考试" opens on time. */
export function useMyRegistrations() {
  return useQuery({
    queryKey: planKeys.mine,
    queryFn: () => api<ListResponse<MyRegistration>>('/api/me/registrations'),
    refetchInterval: 60_000,
  });
}

export function useMyResult(attemptId: string | null | undefined, enabled = true) {
  return useQuery({
    queryKey: planKeys.result(attemptId ?? ''),
    queryFn: () => api<MyExamResult>(`/api/me/results/${enc(attemptId ?? '')}`),
    enabled: Boolean(attemptId) && enabled,
    retry: false,
  });
}
