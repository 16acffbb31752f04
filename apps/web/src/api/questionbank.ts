import type {
  bulkQuestionStatusResultSchema,
  bulkTagResultSchema,
  CoverageResult,
  createQuestionBankSchema,
  duplicatesResultSchema,
  Job,
  Question,
  QuestionBank,
  QuestionDraft,
  QuestionRevision,
  QuestionStatus,
  QuestionTags,
  QuestionType,
  UpdateQuestion,
  updateQuestionBankSchema,
} from '@crossskill/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ApiError, api, download, readCookie } from './client';
import type { ListResponse, OkResponse, PageResponse, SchemaInput, SchemaOutput } from './types';

export type {
  CoverageResult,
  Job,
  Question,
  QuestionBank,
  QuestionDraft,
  QuestionRevision,
  QuestionStatus,
  QuestionTags,
  QuestionType,
} from '@crossskill/contracts';
export type DuplicatesResult = SchemaOutput<typeof duplicatesResultSchema>;
export type DuplicatePair = DuplicatesResult['pairs'][number];
export type BulkTagResult = SchemaOutput<typeof bulkTagResultSchema>;
export type BulkStatusResult = SchemaOutput<typeof bulkQuestionStatusResultSchema>;
export type CoverageRow = CoverageResult['rows'][number];

export interface QuestionFilters {
  q?: string;
  type?: QuestionType;
  status?: QuestionStatus;
  difficulty?: number;
  level?: number;
  workType?: string;
  functionId?: string;
  contentId?: string;
  untagged?: boolean;
}

export interface CoverageParams {
  versionId: string;
  level: number;
  workType?: string | null;
  papers: number;
  paperPoints: number;
}

/** Item statistics of one question (one revision) in one exam: classical test theory. */
export interface ItemStat {
  questionId: string;
  revisionId?: string;
  revision?: number;
  examKey?: string;
  /** Plain text, the start of the stem. */
  stemExcerpt?: string;
  type?: QuestionType | string;
  /** The correct option keys of a choice item. */
  key?: string[] | null;
  /** Candidates who answered. */
  n: number;
  /** Share of the points scored (p). */
  facility: number | null;
  pointBiserial: number | null;
  /** Upper 27 % facility minus lower 27 % facility (D). */
  upperLower27: number | null;
  /** Choice items: option key → share of candidates who chose it. */
  distractors: Record<string, number> | null;
  flags: string[];
  computedAt?: string;
}

export interface ItemAnalysis {
  examKey: string;
  items: ItemStat[];
}

/** A started background job: poll GET /api/jobs/:jobId. */
export interface JobStarted {
  jobId: string;
  examKey?: string;
  importId?: string;
  format?: 'xlsx' | 'qti';
}

const bankPath = (bankId: string) => `/api/question-banks/${encodeURIComponent(bankId)}`;
const questionPath = (questionId: string) => `/api/questions/${encodeURIComponent(questionId)}`;

export const qbKeys = {
  all: ['qb'] as const,
  banks: ['qb', 'banks'] as const,
  bank: (bankId: string) => ['qb', 'bank', bankId] as const,
  questions: (bankId: string) => ['qb', 'questions', bankId] as const,
  questionList: (bankId: string, filters: QuestionFilters, page: number, pageSize: number) =>
    ['qb', 'questions', bankId, filters, page, pageSize] as const,
  question: (questionId: string) => ['qb', 'question', questionId] as const,
  revisions: (questionId: string) => ['qb', 'revisions', questionId] as const,
  revision: (revisionId: string) => ['qb', 'revision', revisionId] as const,
  duplicates: (bankId: string, threshold: number) => ['qb', 'duplicates', bankId, threshold] as const,
  coverage: (bankId: string, p: CoverageParams | null) => ['qb', 'coverage', bankId, p] as const,
  job: (jobId: string) => ['qb', 'job', jobId] as const,
  analysis: (examKey: string) => ['qb', 'analysis', examKey] as const,
  questionAnalysis: (questionId: string) => ['qb', 'questionAnalysis', questionId] as const,
};

// ---- banks

export function useBanks() {
  return useQuery({ queryKey: qbKeys.banks, queryFn: () => api<ListResponse<QuestionBank>>('/api/question-banks') });
}

export function useBank(bankId: string) {
  return useQuery({ queryKey: qbKeys.bank(bankId), queryFn: () => api<QuestionBank>(bankPath(bankId)) });
}

export function createBank(orgId: string, body: SchemaInput<typeof createQuestionBankSchema>): Promise<QuestionBank> {
  return api<QuestionBank>(`/api/orgs/${encodeURIComponent(orgId)}/question-banks`, { method: 'POST', body });
}

export function updateBank(bankId: string, body: SchemaInput<typeof updateQuestionBankSchema>): Promise<QuestionBank> {
  return api<QuestionBank>(bankPath(bankId), { method: 'PATCH', body });
}

export function deleteBank(bankId: string): Promise<OkResponse> {
  return api<OkResponse>(bankPath(bankId), { method: 'DELETE' });
}

// ---- questions

export function useQuestions(bankId: string, filters: QuestionFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: qbKeys.questionList(bankId, filters, page, pageSize),
    queryFn: () =>
      api<PageResponse<Question> & { totalCapped?: boolean }>(`${bankPath(bankId)}/questions`, {
        query: { ...filters, untagged: filters.untagged ? 'true' : undefined, page, pageSize },
      }),
    placeholderData: keepPreviousData,
  });
}

export function useQuestion(questionId: string | null) {
  return useQuery({
    queryKey: qbKeys.question(questionId ?? ''),
    queryFn: () => api<Question>(questionPath(questionId ?? '')),
    enabled: Boolean(questionId),
  });
}

export function createQuestion(bankId: string, body: QuestionDraft): Promise<Question> {
  return api<Question>(`${bankPath(bankId)}/questions`, { method: 'POST', body });
}

export function updateQuestion(questionId: string, body: UpdateQuestion): Promise<Question> {
  return api<Question>(questionPath(questionId), { method: 'PATCH', body });
}

export function useRevisions(questionId: string | null) {
  return useQuery({
    queryKey: qbKeys.revisions(questionId ?? ''),
    queryFn: () => api<ListResponse<QuestionRevision>>(`${questionPath(questionId ?? '')}/revisions`),
    enabled: Boolean(questionId),
  });
}

export function useRevision(revisionId: string | null) {
  return useQuery({
    queryKey: qbKeys.revision(revisionId ?? ''),
    queryFn: () => api<QuestionRevision>(`/api/question-revisions/${encodeURIComponent(revisionId ?? '')}`),
    enabled: Boolean(revisionId),
  });
}

export function changeStatus(questionId: string, status: QuestionStatus, comment?: string): Promise<Question> {
  return api<Question>(`${questionPath(questionId)}/status`, {
    method: 'POST',
    body: comment ? { status, comment } : { status },
  });
}

export function bulkTag(bankId: string, questionIds: string[], tags: QuestionTags): Promise<BulkTagResult> {
  return api<BulkTagResult>(`${bankPath(bankId)}/questions/bulk-tag`, { method: 'POST', body: { questionIds, tags } });
}

/** Many items of a bank change status at once (all or nothing; the single route's transitions). */
export function bulkStatus(
  bankId: string,
  body: {
    questionIds?: string[];
    filter?: { status: QuestionStatus; tagged?: boolean };
    to: QuestionStatus;
    comment?: string;
  },
): Promise<BulkStatusResult> {
  return api<BulkStatusResult>(`${bankPath(bankId)}/questions/bulk-status`, { method: 'POST', body });
}

/**
 * Every tagged draft of the bank through review to active: submitted for review (one request), then the
 * same items activated (a second one). Answers how many became active.
 */
export async function activateAllTaggedDrafts(bankId: string): Promise<{ activated: number }> {
  const reviewed = await bulkStatus(bankId, { filter: { status: 'draft', tagged: true }, to: 'in_review' });
  if (reviewed.questionIds.length === 0) return { activated: 0 };
  let activated = 0;
  for (let i = 0; i < reviewed.questionIds.length; i += 5000) {
    const r = await bulkStatus(bankId, { questionIds: reviewed.questionIds.slice(i, i + 5000), to: 'active' });
    activated += r.updated;
  }
  return { activated };
}

export function useDuplicates(bankId: string, threshold: number) {
  return useQuery({
    queryKey: qbKeys.duplicates(bankId, threshold),
    queryFn: () => api<DuplicatesResult>(`${bankPath(bankId)}/duplicates`, { query: { threshold } }),
    placeholderData: keepPreviousData,
  });
}

export function useCoverage(bankId: string, params: CoverageParams | null) {
  return useQuery({
    queryKey: qbKeys.coverage(bankId, params),
    queryFn: () =>
      api<CoverageResult>(`${bankPath(bankId)}/coverage`, {
        query: { ...params, workType: params?.workType ?? undefined },
      }),
    enabled: params !== null,
    placeholderData: keepPreviousData,
  });
}

// ---- jobs, import and export

const JOB_DONE = new Set<Job['status']>(['succeeded', 'failed']);

/** A background job, polled every 500 ms until it has succeeded or failed. */
export function useJob(jobId: string | null) {
  return useQuery({
    queryKey: qbKeys.job(jobId ?? ''),
    queryFn: () => api<Job>(`/api/jobs/${encodeURIComponent(jobId ?? '')}`),
    enabled: Boolean(jobId),
    refetchInterval: (q) => (q.state.data && JOB_DONE.has(q.state.data.status) ? false : 500),
  });
}

export function isJobDone(job: Job | undefined): boolean {
  return job !== undefined && JOB_DONE.has(job.status);
}

export function downloadTemplate(fallbackName: string): Promise<void> {
  return download('/api/question-banks/import-template.xlsx', fallbackName);
}

/** A filled import template: ≥ 180 level-4 跨境电子商务师 theory items, enough for a 100-point paper. */
export function downloadSampleBank(fallbackName: string): Promise<void> {
  return download('/api/question-banks/sample-bank.xlsx', fallbackName);
}

export function exportBank(bankId: string, format: 'xlsx' | 'qti', fallbackName: string): Promise<void> {
  return download(`${bankPath(bankId)}/export`, fallbackName, { format });
}

export function exportItemAnalysis(examKey: string, fallbackName: string): Promise<void> {
  return download(`/api/item-analysis/${encodeURIComponent(examKey)}/export`, fallbackName);
}

/** POST multipart: the file of an import (.xlsx, or a QTI .zip / .xml). Answers the job to poll. */
export async function startImport(bankId: string, file: File): Promise<JobStarted> {
  const form = new FormData();
  form.append('file', file, file.name);
  const headers = new Headers({ Accept: 'application/json' });
  const csrf = readCookie('cs_csrf');
  if (csrf) headers.set('x-csrf-token', csrf);
  let res: Response;
  try {
    res = await fetch(`${bankPath(bankId)}/imports`, {
      method: 'POST',
      body: form,
      headers,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'network');
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string; details?: [] } } | undefined)?.error;
    throw new ApiError(
      res.status,
      err?.code ?? 'BAD_RESPONSE',
      err?.message ?? `HTTP ${res.status}`,
      err?.details ?? [],
    );
  }
  return body as JobStarted;
}

// ---- item analysis

export function startAnalysisRun(examKey: string): Promise<JobStarted> {
  return api<JobStarted>('/api/item-analysis/runs', { method: 'POST', body: { examKey } });
}

export function simulateAnalysis(bankId: string, candidates: number, seed: number): Promise<JobStarted> {
  return api<JobStarted>('/api/item-analysis/simulate', { method: 'POST', body: { bankId, candidates, seed } });
}

export function useItemAnalysis(examKey: string | null) {
  return useQuery({
    queryKey: qbKeys.analysis(examKey ?? ''),
    queryFn: () => api<ItemAnalysis>(`/api/item-analysis/${encodeURIComponent(examKey ?? '')}`),
    enabled: Boolean(examKey),
  });
}

export function useQuestionAnalysis(questionId: string | null) {
  return useQuery({
    queryKey: qbKeys.questionAnalysis(questionId ?? ''),
    queryFn: () =>
      api<{ questionId: string; runs: (Omit<ItemStat, 'questionId'> & { examKey: string; revision: number })[] }>(
        `${questionPath(questionId ?? '')}/analysis`,
      ),
    enabled: Boolean(questionId),
  });
}
