import type {
  Appeal,
  AppealDecideBody,
  AppealDetail,
  AppealSubmitBody,
  AppealTaskList,
  Assignable,
  FinalResults,
  MyFinalResults,
  PlanAppealList,
  ResultPlanList,
} from '@crossskill/contracts';
import { useQuery } from '@tanstack/react-query';
import { api, download } from '../../api/client';

/* Final results (成绩发布) and appeals (复核) as the web sees them (packages/contracts/src/results-api.ts). */

export type {
  Appeal,
  AppealDetail,
  AppealTaskList,
  Assignable,
  FinalResults,
  MyFinalResults,
  PlanAppealList,
  ResultComponent,
  ResultComponentView,
  ResultPlanList,
} from '@crossskill/contracts';
export type MyResult = MyFinalResults['items'][number];
export type FinalRow = FinalResults['items'][number];
export type PlanAppeal = PlanAppealList['items'][number];

const enc = encodeURIComponent;

export const resultKeys = {
  all: ['final-results'] as const,
  plans: ['final-results', 'plans'] as const,
  plan: (planId: string) => ['final-results', 'plan', planId] as const,
  appeals: (planId: string) => ['final-results', 'appeals', planId] as const,
  assignable: (appealId: string) => ['final-results', 'assignable', appealId] as const,
  mine: ['final-results', 'mine'] as const,
  tasks: ['final-results', 'tasks'] as const,
  appeal: (appealId: string) => ['final-results', 'appeal', appealId] as const,
};

export const useResultPlans = () =>
  useQuery({ queryKey: resultKeys.plans, queryFn: () => api<ResultPlanList>('/api/final-results/plans') });

export const useFinalResults = (planId: string) =>
  useQuery({
    queryKey: resultKeys.plan(planId),
    queryFn: () => api<FinalResults>(`/api/exam-plans/${enc(planId)}/final-results`),
  });

export const usePlanAppeals = (planId: string, enabled = true) =>
  useQuery({
    queryKey: resultKeys.appeals(planId),
    queryFn: () => api<PlanAppealList>(`/api/exam-plans/${enc(planId)}/appeals`),
    enabled,
  });

export const useAssignable = (appealId: string | null) =>
  useQuery({
    queryKey: resultKeys.assignable(appealId ?? ''),
    queryFn: () => api<Assignable>(`/api/appeals/${enc(appealId ?? '')}/assignable`),
    enabled: Boolean(appealId),
  });

export const useMyResults = () =>
  useQuery({ queryKey: resultKeys.mine, queryFn: () => api<MyFinalResults>('/api/my/final-results') });

export const useAppealTasks = () =>
  useQuery({ queryKey: resultKeys.tasks, queryFn: () => api<AppealTaskList>('/api/appeals/assigned') });

export const useAppealDetail = (appealId: string | null) =>
  useQuery({
    queryKey: resultKeys.appeal(appealId ?? ''),
    queryFn: () => api<AppealDetail>(`/api/appeals/${enc(appealId ?? '')}`),
    enabled: Boolean(appealId),
  });

export const publishResults = (planId: string, appealDays: number) =>
  api<FinalResults>(`/api/exam-plans/${enc(planId)}/final-results/publish`, {
    method: 'POST',
    body: { appealDays },
  });

export const exportFinalResults = (planId: string, name: string) =>
  download(`/api/exam-plans/${enc(planId)}/final-results.xlsx`, `最终成绩-${name}.xlsx`);

export const submitAppeal = (registrationId: string, body: AppealSubmitBody) =>
  api<Appeal>(`/api/final-results/${enc(registrationId)}/appeals`, { method: 'POST', body });

export const assignAppeal = (appealId: string, assigneeId: string) =>
  api<Appeal>(`/api/appeals/${enc(appealId)}/assign`, { method: 'POST', body: { assigneeId } });

export const decideAppeal = (appealId: string, body: AppealDecideBody) =>
  api<AppealDetail>(`/api/appeals/${enc(appealId)}/decide`, { method: 'POST', body });
