import type {
  CertificateNumbering,
  CertificatePage,
  CertificateSettings,
  CertificateSummary,
  certificateZipResultSchema,
  EligibleCandidates,
  IssueCertificates,
  IssueCertificatesResult,
  Job,
  PublicCertificate,
  SigningKey,
  UserPhotoInfo,
  VerifyResult,
} from '@crossskill/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ApiError, api, download, isApiError, readCookie } from '../../api/client';
import type { SchemaOutput } from '../../api/types';
import { acceptLanguage } from '../../i18n';

/*
 * Certificates as the web sees them (packages/contracts/src/certificates-api.ts, docs/API-CERTIFICATES.md):
 * eligibility and issuance, the registry, settings and keys, the holder's certificates, public verification,
 * and the user's ID photo.
 */

export type {
  CertificateDetail,
  CertificateNumbering,
  CertificateSettings,
  CertificateSummary,
  EligibleCandidate,
  EligibleCandidates,
  IssueCertificatesResult,
  PublicCertificate,
  SigningKey,
  UserPhotoInfo,
  VerifyResult,
} from '@crossskill/contracts';
export type ZipResult = SchemaOutput<typeof certificateZipResultSchema>;

/** GET /api/certificates filters (certificateListQuerySchema). */
export interface CertificateListQuery {
  planId?: string;
  status?: 'issued' | 'revoked';
  number?: string;
  holderName?: string;
  page?: number;
  pageSize?: number;
}

const enc = encodeURIComponent;
const certPath = (id: string) => `/api/certificates/${enc(id)}`;

export const certKeys = {
  all: ['certificates'] as const,
  eligible: (planId: string) => ['certificates', 'eligible', planId] as const,
  list: (q: CertificateListQuery) => ['certificates', 'list', q] as const,
  detail: (id: string) => ['certificates', 'detail', id] as const,
  settings: ['certificates', 'settings'] as const,
  keys: ['certificates', 'keys'] as const,
  mine: ['certificates', 'mine'] as const,
  job: (jobId: string) => ['certificates', 'job', jobId] as const,
  publicCert: (number: string, name: string) => ['certificates', 'public', number, name] as const,
  photo: ['me', 'photo'] as const,
};

// ---- jobs

export { isWellFormedNumber, jobEta } from './certUtil';

const JOB_DONE = new Set<Job['status']>(['succeeded', 'failed']);

export function useCertJob(jobId: string | null) {
  return useQuery({
    queryKey: certKeys.job(jobId ?? ''),
    queryFn: () => api<Job>(`/api/jobs/${enc(jobId ?? '')}`),
    enabled: Boolean(jobId),
    refetchInterval: (q) => (q.state.data && JOB_DONE.has(q.state.data.status) ? false : 700),
  });
}

export function isJobDone(job: Job | undefined): boolean {
  return job !== undefined && JOB_DONE.has(job.status);
}

// ---- eligibility and issuance

export function useEligible(planId: string | undefined) {
  return useQuery({
    queryKey: certKeys.eligible(planId ?? ''),
    queryFn: () => api<EligibleCandidates>(`/api/exam-plans/${enc(planId ?? '')}/certificates/eligible`),
    enabled: Boolean(planId),
  });
}

/** A small batch answers the result at once; a larger one answers { jobId } (202) to poll. */
export type IssueAnswer = { kind: 'done'; result: IssueCertificatesResult } | { kind: 'job'; jobId: string };

export async function issueCertificates(planId: string, body: IssueCertificates): Promise<IssueAnswer> {
  const res = await api<IssueCertificatesResult | { jobId: string }>(`/api/exam-plans/${enc(planId)}/certificates`, {
    method: 'POST',
    body,
  });
  if ('jobId' in res) return { kind: 'job', jobId: res.jobId };
  return { kind: 'done', result: res };
}

// ---- registry

export function useCertificateList(q: CertificateListQuery, enabled = true) {
  return useQuery({
    queryKey: certKeys.list(q),
    queryFn: () => api<CertificatePage>('/api/certificates', { query: { ...q } }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function exportCertificates(q: CertificateListQuery, fallbackName: string): Promise<void> {
  const { page: _p, pageSize: _s, ...filters } = q;
  return download('/api/certificates.xlsx', fallbackName, { ...filters });
}

export function downloadCertificatePdf(id: string, number: string): Promise<void> {
  return download(`${certPath(id)}/pdf`, `${number}.pdf`);
}

export function downloadCertificateCredential(id: string, number: string): Promise<void> {
  return download(`${certPath(id)}/credential`, `${number}.json`);
}

export function revokeCertificate(id: string, reason: string): Promise<CertificateSummary> {
  return api<CertificateSummary>(`${certPath(id)}/revoke`, { method: 'POST', body: { reason } });
}

export function reissueCertificate(id: string, reason: string): Promise<CertificateSummary> {
  return api<CertificateSummary>(`${certPath(id)}/reissue`, { method: 'POST', body: { reason } });
}

export function startZip(planId: string, includeRevoked: boolean): Promise<{ jobId: string }> {
  return api<{ jobId: string }>(`/api/exam-plans/${enc(planId)}/certificates/zip`, {
    method: 'POST',
    body: { includeRevoked },
  });
}

export function downloadZip(result: ZipResult): Promise<void> {
  return download(result.downloadUrl, result.fileName);
}

// ---- settings and keys (platform admin)

export function useCertificateSettings() {
  return useQuery({
    queryKey: certKeys.settings,
    queryFn: () => api<CertificateSettings>('/api/certificates/settings'),
  });
}

export function saveCertificateSettings(body: CertificateNumbering): Promise<CertificateSettings> {
  return api<CertificateSettings>('/api/certificates/settings', { method: 'PUT', body });
}

export function useSigningKeys() {
  return useQuery({
    queryKey: certKeys.keys,
    queryFn: () => api<{ items: SigningKey[] }>('/api/certificates/keys'),
  });
}

export function rotateSigningKey(): Promise<SigningKey> {
  return api<SigningKey>('/api/certificates/keys/rotate', { method: 'POST', body: {} });
}

// ---- holder

export function useMyCertificates() {
  return useQuery({
    queryKey: certKeys.mine,
    queryFn: () => api<{ items: CertificateSummary[] }>('/api/my/certificates'),
  });
}

export function setCredentialPublic(id: string, credentialPublic: boolean): Promise<CertificateSummary> {
  return api<CertificateSummary>(`/api/my/certificates/${enc(id)}/visibility`, {
    method: 'PUT',
    body: { credentialPublic },
  });
}

// ---- public

/** The certificate's public view; null when not found (unknown number or a name that does not match). */
export function usePublicCertificate(number: string | undefined, name: string) {
  return useQuery({
    queryKey: certKeys.publicCert(number ?? '', name),
    queryFn: async (): Promise<PublicCertificate | null> => {
      try {
        return await api<PublicCertificate>(`/api/public/certificates/${enc(number ?? '')}`, {
          query: { name: name || undefined },
        });
      } catch (e) {
        if (isApiError(e, 'CERTIFICATE_NOT_FOUND')) return null;
        throw e;
      }
    },
    enabled: Boolean(number),
    retry: false,
  });
}

export const publicCredentialUrl = (number: string) => `/api/public/certificates/${enc(number)}/credential`;

export function verifyCredential(json: unknown): Promise<VerifyResult> {
  return api<VerifyResult>('/api/public/verify', { method: 'POST', body: json });
}

// ---- ID photo

/** The photo's facts; null when none was uploaded. */
export function usePhotoInfo() {
  return useQuery({
    queryKey: certKeys.photo,
    queryFn: async (): Promise<UserPhotoInfo | null> => {
      try {
        return await api<UserPhotoInfo>('/api/me/photo/info');
      } catch (e) {
        if (isApiError(e, 'PHOTO_NOT_FOUND')) return null;
        throw e;
      }
    },
  });
}

/** PUT the raw JPEG/PNG bytes. */
export async function uploadPhoto(file: File): Promise<UserPhotoInfo> {
  const headers = new Headers({
    Accept: 'application/json',
    'Content-Type': file.type,
    'Accept-Language': acceptLanguage(),
  });
  const csrf = readCookie('cs_csrf');
  if (csrf) headers.set('x-csrf-token', csrf);
  let res: Response;
  try {
    res = await fetch('/api/me/photo', { method: 'PUT', body: file, headers, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'network');
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ApiError(res.status, err?.code ?? 'BAD_RESPONSE', err?.message ?? `HTTP ${res.status}`);
  }
  return body as UserPhotoInfo;
}

export function deletePhoto(): Promise<unknown> {
  return api('/api/me/photo', { method: 'DELETE' });
}
