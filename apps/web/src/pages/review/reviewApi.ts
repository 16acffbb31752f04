import type {
  MyReviews,
  ReviewCandidates,
  ReviewMaterial,
  ReviewMaterialKind,
  ReviewMemberOptions,
  ReviewPart,
  ReviewPlanList,
  ReviewRegistration,
  ReviewTasks,
} from '@crossskill/contracts';
import { useQuery } from '@tanstack/react-query';
import { ApiError, api, readCookie } from '../../api/client';
import { acceptLanguage, t } from '../../i18n';

/* 综合评审 as the web sees it (packages/contracts/src/review-api.ts, docs/API-REVIEW.md). */

export type {
  MyReviews,
  ReviewCandidateRow,
  ReviewCandidates,
  ReviewDefence,
  ReviewMaterial,
  ReviewMaterialKind,
  ReviewMemberOptions,
  ReviewPart,
  ReviewPlanList,
  ReviewRegistration,
  ReviewTasks,
} from '@crossskill/contracts';

const enc = encodeURIComponent;
export const planPath = (planId: string) => `/api/exam-plans/${enc(planId)}/review`;
export const registrationPath = (registrationId: string) => `/api/review/registrations/${enc(registrationId)}`;
export const materialPath = (registrationId: string, materialId: string) =>
  `${registrationPath(registrationId)}/materials/${enc(materialId)}`;

export const reviewKeys = {
  all: ['review'] as const,
  plans: ['review', 'plans'] as const,
  part: (planId: string) => ['review', 'part', planId] as const,
  options: (planId: string) => ['review', 'options', planId] as const,
  candidates: (planId: string) => ['review', 'candidates', planId] as const,
  mine: ['review', 'mine'] as const,
  tasks: ['review', 'tasks'] as const,
  registration: (id: string) => ['review', 'registration', id] as const,
};

export const useReviewPlans = (enabled: boolean) =>
  useQuery({ queryKey: reviewKeys.plans, queryFn: () => api<ReviewPlanList>('/api/review/plans'), enabled });
export const useReviewPart = (planId: string) =>
  useQuery({ queryKey: reviewKeys.part(planId), queryFn: () => api<ReviewPart>(planPath(planId)) });
export const useMemberOptions = (planId: string) =>
  useQuery({
    queryKey: reviewKeys.options(planId),
    queryFn: () => api<ReviewMemberOptions>(`${planPath(planId)}/member-options`),
  });
export const useReviewCandidates = (planId: string) =>
  useQuery({
    queryKey: reviewKeys.candidates(planId),
    queryFn: () => api<ReviewCandidates>(`${planPath(planId)}/candidates`),
  });
export const useMyReviews = (enabled: boolean) =>
  useQuery({ queryKey: reviewKeys.mine, queryFn: () => api<MyReviews>('/api/my/reviews'), enabled });
export const useReviewTasks = (enabled: boolean) =>
  useQuery({ queryKey: reviewKeys.tasks, queryFn: () => api<ReviewTasks>('/api/review/my-tasks'), enabled });
export const useReviewRegistration = (registrationId: string | null) =>
  useQuery({
    queryKey: reviewKeys.registration(registrationId ?? ''),
    queryFn: () => api<ReviewRegistration>(registrationPath(registrationId ?? '')),
    enabled: Boolean(registrationId),
  });

export const saveSettings = (
  planId: string,
  body: { combineRule: 'mean' | 'trimmed_mean'; materialsDeadline: string; defenceMinutes: number },
) => api<ReviewPart>(planPath(planId), { method: 'PUT', body });
export const publishReview = (planId: string) =>
  api<ReviewPart>(`${planPath(planId)}/publish`, { method: 'POST', body: {} });
export const saveCommittee = (planId: string, members: { userId: string; chair: boolean }[]) =>
  api<ReviewPart>(`${planPath(planId)}/committee`, { method: 'PUT', body: { members } });
export const saveDefence = (
  planId: string,
  registrationId: string,
  body: { startsAt: string; durationMinutes: number; location: string },
) => api<ReviewCandidates>(`${planPath(planId)}/defences/${enc(registrationId)}`, { method: 'PUT', body });
export const autoSchedule = (
  planId: string,
  body: { startsAt: string; durationMinutes: number; breakMinutes: number; location: string },
) => api<ReviewCandidates>(`${planPath(planId)}/defences/auto`, { method: 'POST', body });
export const saveScore = (registrationId: string, body: { score: number; comment: string }) =>
  api<ReviewRegistration>(`${registrationPath(registrationId)}/score`, { method: 'PUT', body });
export const deleteMaterial = (registrationId: string, materialId: string) =>
  api<{ ok: true }>(materialPath(registrationId, materialId), { method: 'DELETE' });

/** Uploads a material with progress (XMLHttpRequest: fetch has no upload progress). */
export function uploadMaterial(
  registrationId: string,
  input: { kind: ReviewMaterialKind; title: string; file: File },
  onProgress: (percent: number) => void,
): Promise<ReviewMaterial> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const qs = new URLSearchParams({ kind: input.kind, title: input.title });
    xhr.open('POST', `${registrationPath(registrationId)}/materials?${qs.toString()}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', acceptLanguage());
    const csrf = readCookie('cs_csrf');
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', t('error.network')));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as ReviewMaterial);
        return;
      }
      const err = (body as { error?: { code: string; message: string; details?: [] } } | undefined)?.error;
      reject(
        err
          ? new ApiError(xhr.status, err.code, err.message, err.details ?? [])
          : new ApiError(xhr.status, 'BAD_RESPONSE', t('error.badResponse', { status: xhr.status })),
      );
    };
    const form = new FormData();
    form.append('file', input.file, input.file.name);
    xhr.send(form);
  });
}
