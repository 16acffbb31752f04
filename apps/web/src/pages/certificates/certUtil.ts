import type { Job } from '@crossskill/contracts';

/* Pure helpers of the certificate pages (unit-tested). */

/** Seconds left, from the time the job has run and its progress; null while unknown. */
export function jobEta(job: Job | undefined, now: number): number | null {
  if (job?.status !== 'running' || !job.startedAt) return null;
  const p = job.total ? job.done / job.total : job.progress;
  if (p <= 0.01) return null;
  const elapsed = (now - new Date(job.startedAt).getTime()) / 1000;
  if (elapsed <= 0) return null;
  return Math.max(0, Math.round((elapsed / p) * (1 - p)));
}

/** Letters, digits and '-' only (what the server accepts as a number), 4–40 characters. */
export function isWellFormedNumber(s: string): boolean {
  return /^[A-Za-z0-9-]{4,40}$/.test(s.trim());
}
