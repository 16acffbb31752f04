import { z } from 'zod';

/** Background jobs (imports, item analysis …): GET /api/jobs/:jobId. */
export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const jobSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  status: z.enum(JOB_STATUSES),
  /** 0..1 */
  progress: z.number(),
  /** Units of work, when the handler knows them (e.g. rows of a spreadsheet). */
  total: z.number().int().nullable(),
  done: z.number().int(),
  /** What the handler returned (a report), once succeeded. */
  result: z.unknown().nullable(),
  /** Why it failed: a code of the error table and its message in the caller's language. */
  error: z
    .object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
    })
    .nullable(),
  orgId: z.uuid().nullable(),
  createdBy: z.uuid().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type Job = z.infer<typeof jobSchema>;
