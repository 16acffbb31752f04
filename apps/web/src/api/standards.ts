import type {
  addStandardNodeSchema,
  createStandardDraftSchema,
  editStandardNodeSchema,
  eligibilityInputSchema,
  eligibilityResultSchema,
  moveStandardNodeSchema,
  StandardVersionSummary,
  setStandardWeightsSchema,
  standardDiffSchema,
  standardEditResultSchema,
  standardSearchResultSchema,
  standardVersionSchema,
  suzhouScoreInputSchema,
  suzhouScoreResultSchema,
  updateStandardDraftSchema,
} from '@crossskill/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { ListResponse, OkResponse, SchemaInput, SchemaOutput } from './types';

export type { StandardVersionSummary } from '@crossskill/contracts';
export type StandardVersion = SchemaOutput<typeof standardVersionSchema>;
export type StandardSnapshot = StandardVersion['snapshot'];
export type SnapshotLevel = StandardSnapshot['levels'][number];
export type SnapshotFunction = SnapshotLevel['functions'][number];
export type SnapshotContent = SnapshotFunction['contents'][number];
export type SnapshotItem = SnapshotContent['skills'][number];
export type WeightTable = StandardSnapshot['weights']['theory'];
export type SearchHit = SchemaOutput<typeof standardSearchResultSchema>['items'][number];
export type StandardDiff = SchemaOutput<typeof standardDiffSchema>;
export type EditResult = SchemaOutput<typeof standardEditResultSchema>;
export type EligibilityInput = SchemaInput<typeof eligibilityInputSchema>;
export type EligibilityResult = SchemaOutput<typeof eligibilityResultSchema>;
export type SuzhouScoreInput = SchemaInput<typeof suzhouScoreInputSchema>;
export type SuzhouScoreResult = SchemaOutput<typeof suzhouScoreResultSchema>;

const versionPath = (versionId: string) => `/api/standards/versions/${encodeURIComponent(versionId)}`;
const nodePath = (versionId: string, nodeId: string) => `${versionPath(versionId)}/nodes/${encodeURIComponent(nodeId)}`;

export const standardKeys = {
  all: ['standards'] as const,
  versions: ['standards', 'versions'] as const,
  version: (id: string) => ['standards', 'version', id] as const,
  search: (id: string, q: string) => ['standards', 'search', id, q] as const,
  diff: (id: string) => ['standards', 'diff', id] as const,
  local: ['standards', 'local'] as const,
};

export function useStandardVersions() {
  return useQuery({
    queryKey: standardKeys.versions,
    queryFn: () => api<ListResponse<StandardVersionSummary>>('/api/standards/versions'),
  });
}

export function useStandardVersion(versionId: string | undefined) {
  return useQuery({
    queryKey: standardKeys.version(versionId ?? ''),
    queryFn: () => api<StandardVersion>(versionPath(versionId ?? '')),
    enabled: Boolean(versionId),
    placeholderData: keepPreviousData,
  });
}

export function useStandardSearch(versionId: string | undefined, q: string) {
  return useQuery({
    queryKey: standardKeys.search(versionId ?? '', q),
    queryFn: () => api<ListResponse<SearchHit>>(`${versionPath(versionId ?? '')}/search`, { query: { q } }),
    enabled: Boolean(versionId) && q.trim().length > 0,
  });
}

export function useStandardDiff(versionId: string, enabled: boolean) {
  return useQuery({
    queryKey: standardKeys.diff(versionId),
    queryFn: () => api<StandardDiff>(`${versionPath(versionId)}/diff`),
    enabled,
  });
}

export function createDraft(body: SchemaInput<typeof createStandardDraftSchema>): Promise<StandardVersionSummary> {
  return api<StandardVersionSummary>('/api/standards/versions', { method: 'POST', body });
}

export function updateDraft(
  versionId: string,
  body: SchemaInput<typeof updateStandardDraftSchema>,
): Promise<StandardVersionSummary> {
  return api<StandardVersionSummary>(versionPath(versionId), { method: 'PATCH', body });
}

export function discardDraft(versionId: string): Promise<OkResponse> {
  return api<OkResponse>(versionPath(versionId), { method: 'DELETE' });
}

export function publishDraft(versionId: string): Promise<StandardVersionSummary> {
  return api<StandardVersionSummary>(`${versionPath(versionId)}/publish`, { method: 'POST' });
}

export function addNode(versionId: string, body: SchemaInput<typeof addStandardNodeSchema>): Promise<EditResult> {
  return api<EditResult>(`${versionPath(versionId)}/nodes`, { method: 'POST', body });
}

export function editNode(
  versionId: string,
  nodeId: string,
  body: SchemaInput<typeof editStandardNodeSchema>,
): Promise<EditResult> {
  return api<EditResult>(nodePath(versionId, nodeId), { method: 'PATCH', body });
}

export function moveNode(
  versionId: string,
  nodeId: string,
  body: SchemaInput<typeof moveStandardNodeSchema>,
): Promise<EditResult> {
  return api<EditResult>(`${nodePath(versionId, nodeId)}/move`, { method: 'POST', body });
}

export function retireNode(versionId: string, nodeId: string): Promise<EditResult> {
  return api<EditResult>(`${nodePath(versionId, nodeId)}/retire`, { method: 'POST' });
}

export function setWeights(versionId: string, body: SchemaInput<typeof setStandardWeightsSchema>): Promise<EditResult> {
  return api<EditResult>(`${versionPath(versionId)}/weights`, { method: 'PUT', body });
}

export function checkEligibility(body: EligibilityInput): Promise<EligibilityResult> {
  return api<EligibilityResult>('/api/standards/eligibility', { method: 'POST', body });
}

export function scoreEvaluation(body: SuzhouScoreInput): Promise<SuzhouScoreResult> {
  return api<SuzhouScoreResult>('/api/standards/evaluations/score', { method: 'POST', body });
}

// The local standards arrive as loosely typed JSON (localStandardsSchema is a record of unknown); these are the parts
// of Suzhou 004 the web app renders.
export type SuzhouRating = 'A' | 'B' | 'C' | 'D';
export interface SuzhouFormRow {
  key: string;
  item: string;
  skillGrade?: string;
  content: string[];
  points: Record<SuzhouRating, number>;
}
export interface SuzhouForm {
  annex: string;
  category: string;
  annexTitle: string;
  table: string;
  tableTitle: string;
  columns: { item: string; content: string; rating: string; score: string };
  rows: SuzhouFormRow[];
  summary?: { label: string; fields: string[] };
  totalRules?: string[];
  signOff?: string[];
}
export interface SuzhouResultBand {
  result: string;
  minTotal: number;
  belowTotal?: number;
  usesLead: string;
  uses: string[];
}
export interface SuzhouData {
  document: { title: string; proposedBy?: string; scope?: string[] };
  categories: string[];
  grades: string[];
  personnelCategories: { no: number; category: string; name: string; tasks: string[] }[];
  evaluationBasis?: { text: string };
  resultMapping: { text: string; bands: SuzhouResultBand[] };
  evaluationForms: SuzhouForm[];
  rowsByGrade: Record<string, string[]>;
  ratings: SuzhouRating[];
}
export interface LocalStandards {
  suzhou: SuzhouData;
  xuzhou: Record<string, unknown>;
  shenzhen: Record<string, unknown>;
}

export function useLocalStandards() {
  return useQuery({
    queryKey: standardKeys.local,
    queryFn: () => api<LocalStandards>('/api/standards/local'),
    staleTime: 5 * 60_000,
  });
}
