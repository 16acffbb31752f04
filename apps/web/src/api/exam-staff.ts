import type {
  DistributeMarkingResult,
  ExtraTimeBody,
  IrregularityBody,
  MarkingTask,
  MarkingTaskList,
  PlanMarking,
  PlanResults,
  PlanStatistics,
  ProctorActionResult,
  ProctorEvent,
  ProctorEventList,
  ProctorRoom,
  ProctorRoomActionResult,
  ProctorRoomList,
  ProctorRoomLive,
  SubmitMark,
} from '@crossskill/contracts';
import { keepPreviousData, type QueryClient, useQuery } from '@tanstack/react-query';
import { api, download } from './client';

/*
 * The staff side of the theory exam (docs/API-EXAMS.md "Proctor console" and "Marking and results"):
 * the proctor console, marking and the results / statistics of a plan.
 */

const enc = encodeURIComponent;

// ---------------------------------------------------------------------------------------------------------
// Types

export type {
  ConnectionState,
  DistributeMarkingResult,
  ExamResultStatus,
  IntegrityCounts,
  IrregularityKind,
  MarkerWorkload,
  MarkingProblem,
  MarkingTask,
  MarkingTaskList,
  PlanMarking,
  PlanResultRow,
  PlanResults,
  PlanStatistics,
  ProctorCandidate,
  ProctorCandidateStatus,
  ProctorEvent,
  ProctorIrregularity,
  ProctorRoom,
  ProctorRoomLive,
  ProctorRoomSummary,
} from '@crossskill/contracts';

// ---------------------------------------------------------------------------------------------------------
// Keys

export const staffKeys = {
  all: ['examStaff'] as const,
  rooms: ['examStaff', 'rooms'] as const,
  room: (roomId: string) => ['examStaff', 'room', roomId] as const,
  events: (roomId: string) => ['examStaff', 'events', roomId] as const,
  tasks: ['examStaff', 'tasks'] as const,
  planMarking: (planId: string) => ['examStaff', 'planMarking', planId] as const,
  results: (planId: string) => ['examStaff', 'results', planId] as const,
  statistics: (planId: string) => ['examStaff', 'statistics', planId] as const,
};

// ---------------------------------------------------------------------------------------------------------
// Proctoring

/** How often the room console polls. TanStack Query stops interval refetches while the tab is hidden. */
export const ROOM_POLL_MS = 3000;

export function useProctorRooms() {
  return useQuery({
    queryKey: staffKeys.rooms,
    queryFn: () => api<ProctorRoomList>('/api/proctoring/rooms'),
    refetchInterval: 30_000,
  });
}

export type { ProctorRoomList };
export type ProctorRoomItem = ProctorRoom;

export function useProctorRoom(roomId: string) {
  return useQuery({
    queryKey: staffKeys.room(roomId),
    queryFn: () => api<ProctorRoomLive>(`/api/proctoring/rooms/${enc(roomId)}`),
    refetchInterval: ROOM_POLL_MS,
    refetchIntervalInBackground: false,
    placeholderData: keepPreviousData,
  });
}

/** Events kept in the page (newest first). */
const EVENTS_KEPT = 300;

export interface EventLog {
  /** Newest first. */
  items: ProctorEvent[];
  lastId: number | null;
}

/** The room's event log: the first call loads the latest events, then only those after the last one seen. */
export function useProctorEvents(roomId: string, qc: QueryClient) {
  return useQuery({
    queryKey: staffKeys.events(roomId),
    queryFn: async (): Promise<EventLog> => {
      const prev = qc.getQueryData<EventLog>(staffKeys.events(roomId));
      const res = await api<ProctorEventList>(`/api/proctoring/rooms/${enc(roomId)}/events`, {
        query: { after: prev?.lastId ?? undefined },
      });
      const seen = new Set((prev?.items ?? []).map((e) => e.id));
      const fresh = res.items.filter((e) => !seen.has(e.id));
      const items = [...fresh, ...(prev?.items ?? [])].sort((a, b) => b.id - a.id).slice(0, EVENTS_KEPT);
      return { items, lastId: Math.max(res.lastId, prev?.lastId ?? 0) || null };
    },
    refetchInterval: ROOM_POLL_MS,
    refetchIntervalInBackground: false,
  });
}

const attemptPath = (attemptId: string) => `/api/proctoring/attempts/${enc(attemptId)}`;
const roomPath = (roomId: string) => `/api/proctoring/rooms/${enc(roomId)}`;

export function grantExtraTime(attemptId: string, body: ExtraTimeBody): Promise<ProctorActionResult> {
  return api<ProctorActionResult>(`${attemptPath(attemptId)}/extra-time`, { method: 'POST', body });
}

export function pauseAttempt(attemptId: string, reason: string): Promise<ProctorActionResult> {
  return api<ProctorActionResult>(`${attemptPath(attemptId)}/pause`, { method: 'POST', body: { reason } });
}

export function resumeAttempt(attemptId: string, reason: string): Promise<ProctorActionResult> {
  return api<ProctorActionResult>(`${attemptPath(attemptId)}/resume`, { method: 'POST', body: { reason } });
}

export function recordIrregularity(attemptId: string, body: IrregularityBody): Promise<ProctorActionResult> {
  return api<ProctorActionResult>(`${attemptPath(attemptId)}/irregularity`, { method: 'POST', body });
}

export function forceSubmit(attemptId: string, reason: string): Promise<ProctorActionResult> {
  return api<ProctorActionResult>(`${attemptPath(attemptId)}/force-submit`, { method: 'POST', body: { reason } });
}

export function pauseRoom(roomId: string, reason: string): Promise<ProctorRoomActionResult> {
  return api<ProctorRoomActionResult>(`${roomPath(roomId)}/pause`, { method: 'POST', body: { reason } });
}

export function resumeRoom(roomId: string, reason: string): Promise<ProctorRoomActionResult> {
  return api<ProctorRoomActionResult>(`${roomPath(roomId)}/resume`, { method: 'POST', body: { reason } });
}

// ---------------------------------------------------------------------------------------------------------
// Marking

export function useMarkingTasks(planId?: string) {
  return useQuery({
    queryKey: [...staffKeys.tasks, planId ?? ''],
    queryFn: () => api<MarkingTaskList>('/api/marking/tasks', { query: { planId } }),
  });
}

export function submitMark(taskId: string, body: SubmitMark): Promise<MarkingTask> {
  return api<MarkingTask>(`/api/marking/tasks/${enc(taskId)}`, { method: 'POST', body });
}

export function usePlanMarking(planId: string | null) {
  return useQuery({
    queryKey: staffKeys.planMarking(planId ?? ''),
    queryFn: () => api<PlanMarking>(`/api/exam-plans/${enc(planId ?? '')}/marking`),
    enabled: Boolean(planId),
    refetchInterval: 30_000,
  });
}

export function distributeMarking(planId: string): Promise<DistributeMarkingResult> {
  return api<DistributeMarkingResult>(`/api/exam-plans/${enc(planId)}/marking/distribute`, { method: 'POST' });
}

// ---------------------------------------------------------------------------------------------------------
// Results

export function usePlanResults(planId: string) {
  return useQuery({
    queryKey: staffKeys.results(planId),
    queryFn: () => api<PlanResults>(`/api/exam-plans/${enc(planId)}/results`),
  });
}

export function usePlanStatistics(planId: string) {
  return useQuery({
    queryKey: staffKeys.statistics(planId),
    queryFn: () => api<PlanStatistics>(`/api/exam-plans/${enc(planId)}/statistics`),
  });
}

export function exportPlanResults(planId: string, fallbackName: string): Promise<void> {
  return download(`/api/exam-plans/${enc(planId)}/results`, fallbackName, { format: 'xlsx' });
}
