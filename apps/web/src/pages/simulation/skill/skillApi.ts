import type {
  mySkillExamsSchema,
  SimReplay,
  SkillAttempt,
  SkillBlueprintRow,
  SkillPart,
  SkillReview,
  simTaskListSchema,
  skillAttemptRowsSchema,
  skillPartListSchema,
  weightColumnSchema,
} from '@crossskill/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, download, isApiError } from '../../../api/client';
import type { SchemaOutput } from '../../../api/types';

/*
 * The skill part of an exam plan (技能考核) as the web sees it: setup by plan staff, the candidate's attempt, the
 * examiners' review with overrides, and replay (packages/contracts/src/simulation-api.ts).
 */

export type { SimReplay, SkillAttempt, SkillBlueprintRow, SkillPart, SkillReview } from '@crossskill/contracts';
export type MySkillExam = SchemaOutput<typeof mySkillExamsSchema>['items'][number];
export type SkillPartItem = SchemaOutput<typeof skillPartListSchema>['items'][number];
export type SkillAttemptRow = SchemaOutput<typeof skillAttemptRowsSchema>['items'][number];
export type SimTaskSummary = SchemaOutput<typeof simTaskListSchema>['items'][number];
export type WeightColumn = SchemaOutput<typeof weightColumnSchema>;

export interface SkillPartSave {
  blueprint: SkillBlueprintRow[];
  startsAt: string;
  durationMinutes: number;
  lateEntryMinutes: number;
  examinerIds: string[];
}

const enc = encodeURIComponent;
const partPath = (planId: string) => `/api/exam-plans/${enc(planId)}/skill`;
const attemptPath = (attemptId: string) => `/api/skill-attempts/${enc(attemptId)}`;

export const skillKeys = {
  all: ['skill'] as const,
  part: (planId: string) => ['skill', 'part', planId] as const,
  tasks: (level: number, workType: string | null) => ['skill', 'tasks', level, workType ?? ''] as const,
  weights: (versionId: string, level: number, workType: string | null) =>
    ['skill', 'weights', versionId, level, workType ?? ''] as const,
  mine: ['skill', 'mine'] as const,
  parts: ['skill', 'parts'] as const,
  attempts: (planId: string) => ['skill', 'attempts', planId] as const,
  attempt: (attemptId: string) => ['skill', 'attempt', attemptId] as const,
  review: (attemptId: string) => ['skill', 'review', attemptId] as const,
  replay: (runId: string) => ['skill', 'replay', runId] as const,
};

// ---- setup (plan staff)

/** The plan's skill part; null while none has been saved yet (404 SKILL_PART_NOT_FOUND). */
export function useSkillPart(planId: string) {
  return useQuery({
    queryKey: skillKeys.part(planId),
    queryFn: async (): Promise<SkillPart | null> => {
      try {
        return await api<SkillPart>(partPath(planId));
      } catch (e) {
        if (isApiError(e, 'SKILL_PART_NOT_FOUND')) return null;
        throw e;
      }
    },
  });
}

/** The skill weight table of the plan's version, level and work type (used before the part is first saved). */
export function useSkillWeights(versionId: string | undefined, level: number, workType: string | null) {
  return useQuery({
    queryKey: skillKeys.weights(versionId ?? '', level, workType),
    queryFn: () =>
      api<WeightColumn>(`/api/standards/versions/${enc(versionId ?? '')}/weights`, {
        query: { kind: 'skill', level, workType: workType ?? undefined },
      }),
    enabled: Boolean(versionId),
    staleTime: 5 * 60_000,
  });
}

/** Active tasks of a level and work type (all weight items; the editor groups them per row). */
export function useSkillTasks(level: number, workType: string | null) {
  return useQuery({
    queryKey: skillKeys.tasks(level, workType),
    queryFn: () =>
      api<{ items: SimTaskSummary[]; total: number }>('/api/sim/tasks', {
        query: { level, workType: workType ?? undefined, status: 'active', pageSize: 200 },
      }),
    staleTime: 60_000,
  });
}

export function saveSkillPart(planId: string, body: SkillPartSave): Promise<SkillPart> {
  return api<SkillPart>(partPath(planId), { method: 'PUT', body });
}

export function publishSkillPart(planId: string): Promise<SkillPart> {
  return api<SkillPart>(`${partPath(planId)}/publish`, { method: 'POST', body: {} });
}

// ---- candidates

export function useMySkillExams() {
  return useQuery({
    queryKey: skillKeys.mine,
    queryFn: () => api<{ items: MySkillExam[] }>('/api/my/skill-exams'),
    refetchInterval: 30_000,
  });
}

export function startSkillExam(planId: string): Promise<SkillAttempt> {
  return api<SkillAttempt>(`${partPath(planId)}/start`, { method: 'POST', body: {} });
}

export function useSkillAttempt(attemptId: string) {
  return useQuery({
    queryKey: skillKeys.attempt(attemptId),
    queryFn: () => api<SkillAttempt>(attemptPath(attemptId)),
    refetchInterval: 60_000,
  });
}

export function submitSkillAttempt(attemptId: string): Promise<SkillAttempt> {
  return api<SkillAttempt>(`${attemptPath(attemptId)}/submit`, { method: 'POST', body: {} });
}

// ---- examiners and staff

export function useSkillParts(enabled: boolean) {
  return useQuery({
    queryKey: skillKeys.parts,
    queryFn: () => api<{ items: SkillPartItem[] }>('/api/skill-parts'),
    enabled,
  });
}

export function useSkillAttemptRows(planId: string | null) {
  return useQuery({
    queryKey: skillKeys.attempts(planId ?? ''),
    queryFn: () => api<{ items: SkillAttemptRow[] }>(`${partPath(planId ?? '')}/attempts`),
    enabled: Boolean(planId),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
}

export function exportSkillAttempts(planId: string, fallbackName: string): Promise<void> {
  return download(`${partPath(planId)}/attempts`, fallbackName, { format: 'xlsx' });
}

export function useSkillReview(attemptId: string) {
  return useQuery({
    queryKey: skillKeys.review(attemptId),
    queryFn: () => api<SkillReview>(`${attemptPath(attemptId)}/review`),
  });
}

export function overrideCheck(
  attemptId: string,
  runId: string,
  checkId: string,
  body: { awarded: number; reason: string },
): Promise<unknown> {
  return api<unknown>(`${attemptPath(attemptId)}/runs/${enc(runId)}/checks/${enc(checkId)}/override`, {
    method: 'POST',
    body,
  });
}

export function finalizeAttempt(attemptId: string): Promise<unknown> {
  return api<unknown>(`${attemptPath(attemptId)}/finalize`, { method: 'POST', body: {} });
}

export function useReplay(runId: string | null) {
  return useQuery({
    queryKey: skillKeys.replay(runId ?? ''),
    queryFn: () => api<SimReplay>(`/api/sim/runs/${enc(runId ?? '')}/replay`),
    enabled: Boolean(runId),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
