import type {
  SimImage,
  SimReport,
  SimRun,
  SimTaskDetail,
  SimTaskStatus,
  simActionResponseSchema,
  simRulesSchema,
  simRunListSchema,
  simTaskListSchema,
} from '@crossskill/contracts';
import type { Action, SimState, TaskDefinition } from '@crossskill/simulation';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ApiError, api, download, readCookie } from '../../../api/client';
import type { SchemaOutput } from '../../../api/types';

/** The simulation routes (modules/simulation/practice; shapes in @crossskill/contracts simulation-api.ts). */
export type { SimImage, SimReport, SimRun, SimTaskDetail, SimTaskSummary } from '@crossskill/contracts';
export type SimTaskList = SchemaOutput<typeof simTaskListSchema>;
export type SimRunListItem = SchemaOutput<typeof simRunListSchema>['items'][number];
export type SimActionResponse = SchemaOutput<typeof simActionResponseSchema>;
export type SimRules = SchemaOutput<typeof simRulesSchema>;
export type Marketplace = SimRun['marketplace'];

const enc = encodeURIComponent;
const taskPath = (id: string) => `/api/sim/tasks/${enc(id)}`;
const runPath = (id: string) => `/api/sim/runs/${enc(id)}`;

export const simKeys = {
  all: ['sim'] as const,
  tasks: (filter: TaskFilter) => ['sim', 'tasks', filter] as const,
  task: (id: string) => ['sim', 'task', id] as const,
  runs: ['sim', 'runs'] as const,
  run: (id: string) => ['sim', 'run', id] as const,
  rules: ['sim', 'rules'] as const,
};

export interface TaskFilter {
  q?: string;
  level?: number;
  workType?: '网商' | '跨境电子商务师';
  weightItem?: string;
  marketplace?: Marketplace;
  status?: SimTaskStatus;
  page?: number;
  pageSize?: number;
}

// ---- tasks

export function useSimTasks(filter: TaskFilter, enabled = true) {
  return useQuery({
    queryKey: simKeys.tasks(filter),
    queryFn: () => api<SimTaskList>('/api/sim/tasks', { query: { ...filter } }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The tasks matching the filter (every page) as an Excel sheet. */
export function exportSimTasks(filter: TaskFilter, fallbackName: string): Promise<void> {
  const { page: _page, pageSize: _size, ...rest } = filter;
  return download('/api/sim/tasks', fallbackName, { ...rest, format: 'xlsx' });
}

export function useSimTask(id: string | null) {
  return useQuery({
    queryKey: simKeys.task(id ?? ''),
    queryFn: () => api<SimTaskDetail>(taskPath(id ?? '')),
    enabled: Boolean(id),
  });
}

export function createSimTask(definition: TaskDefinition): Promise<SimTaskDetail> {
  return api<SimTaskDetail>('/api/sim/tasks', { method: 'POST', body: { definition } });
}

export function updateSimTask(id: string, definition: TaskDefinition): Promise<SimTaskDetail> {
  return api<SimTaskDetail>(taskPath(id), { method: 'PUT', body: { definition } });
}

export function setSimTaskStatus(id: string, status: SimTaskStatus): Promise<SimTaskDetail> {
  return api<SimTaskDetail>(`${taskPath(id)}/status`, { method: 'POST', body: { status } });
}

export function copySimTask(id: string, code: string): Promise<SimTaskDetail> {
  return api<SimTaskDetail>(`${taskPath(id)}/copy`, { method: 'POST', body: { code } });
}

// ---- runs

export function useSimRuns() {
  return useQuery({
    queryKey: simKeys.runs,
    queryFn: () => api<SchemaOutput<typeof simRunListSchema>>('/api/sim/runs'),
  });
}

export function useSimRun(id: string) {
  return useQuery({ queryKey: simKeys.run(id), queryFn: () => api<SimRun>(runPath(id)), enabled: Boolean(id) });
}

export function createSimRun(body: { taskId?: string; marketplace?: Marketplace }): Promise<SimRun> {
  return api<SimRun>('/api/sim/runs', { method: 'POST', body });
}

export function sendSimAction(runId: string, action: Action, expectedSeq: number): Promise<SimActionResponse> {
  return api<SimActionResponse>(`${runPath(runId)}/actions`, { method: 'POST', body: { action, expectedSeq } });
}

/** Practice runs only: the checks scored now (each with feedback and detail). */
export function checkSimRun(runId: string): Promise<SimReport> {
  return api<SimReport>(`${runPath(runId)}/check`, { method: 'POST', body: {} });
}

/** Back to the run's initial state (a new instance of the same parameters); the action log starts again. */
export function resetSimRun(runId: string): Promise<SimRun> {
  return api<SimRun>(`${runPath(runId)}/reset`, { method: 'POST', body: {} });
}

export function useSimRules() {
  return useQuery({ queryKey: simKeys.rules, queryFn: () => api<SimRules>('/api/sim/rules'), staleTime: 3_600_000 });
}

/** POST multipart (field `file`): the server measures the image (size, white border, fill) and keeps it. */
export async function uploadSimImage(file: File): Promise<SimImage> {
  const form = new FormData();
  form.append('file', file, file.name);
  const headers = new Headers({ Accept: 'application/json' });
  const csrf = readCookie('cs_csrf');
  if (csrf) headers.set('x-csrf-token', csrf);
  let res: Response;
  try {
    res = await fetch('/api/sim/images', { method: 'POST', body: form, headers, credentials: 'same-origin' });
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
  return body as SimImage;
}

/** The run's state as the simulator's type (the contract carries it as unknown JSON). */
export function runState(run: Pick<SimRun, 'state'>): SimState {
  return run.state as SimState;
}
