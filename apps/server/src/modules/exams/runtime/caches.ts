import type { Answer, ExamPaperEntry, QuestionType } from '@crossskill/contracts';
import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { questionRevisions } from '../../questionbank/index.js';
import { examAttempts } from '../exams.tables.js';

/**
 * Process-memory caches of what never changes once an attempt exists — and only that:
 *
 * - an item revision's content and key (a revision an active item has had is never edited; papers are
 *   drawn from active items only);
 * - an attempt's owner and paper (papers never change after creation), with each position's type, option
 *   count and blank count for validating saves without reading the paper on every save.
 *
 * An attempt's status, clock and answers are never cached: the proctor console and the sweeper change them.
 * Both maps are bounded (oldest entry dropped first).
 */

export interface RevisionContent {
  type: QuestionType;
  stemHtml: string;
  options: { key: string; content: string }[];
  answer: Answer;
}

export interface PositionShape {
  type: QuestionType;
  optionCount: number;
  /** fill_blank: how many blanks; otherwise null. */
  blanks: number | null;
}

export interface AttemptPaper {
  userId: string;
  planId: string;
  sessionId: string;
  paper: ExamPaperEntry[];
  /** Index = position − 1. */
  shapes: PositionShape[];
}

const MAX_REVISIONS = 200_000;
const MAX_ATTEMPTS = 100_000;
const revisions = new Map<string, RevisionContent>();
const attempts = new Map<string, AttemptPaper>();

function remember<V>(map: Map<string, V>, max: number, key: string, value: V) {
  if (map.size >= max) {
    const oldest = map.keys().next().value;
    if (oldest !== undefined) map.delete(oldest);
  }
  map.set(key, value);
}

/** The revisions' content and keys, from memory or in one query for the missing ones. */
export async function loadRevisions(exec: Executor, ids: readonly string[]): Promise<Map<string, RevisionContent>> {
  const out = new Map<string, RevisionContent>();
  const missing: string[] = [];
  for (const id of ids) {
    const hit = revisions.get(id);
    if (hit) out.set(id, hit);
    else if (!out.has(id)) missing.push(id);
  }
  if (missing.length > 0) {
    const rows = await exec
      .select({
        id: questionRevisions.id,
        type: questionRevisions.type,
        stemHtml: questionRevisions.stemHtml,
        options: questionRevisions.options,
        answer: questionRevisions.answer,
      })
      .from(questionRevisions)
      .where(inArray(questionRevisions.id, [...new Set(missing)]));
    for (const { id, ...content } of rows) {
      remember(revisions, MAX_REVISIONS, id, content);
      out.set(id, content);
    }
  }
  return out;
}

export function shapesOf(paper: ExamPaperEntry[], revs: Map<string, RevisionContent>): PositionShape[] {
  const shapes: PositionShape[] = [];
  for (const e of paper) {
    const answer = revs.get(e.revisionId)?.answer;
    shapes[e.position - 1] = {
      type: e.type,
      optionCount: e.optionOrder.length,
      blanks: answer?.type === 'fill_blank' ? answer.blanks.length : null,
    };
  }
  return shapes;
}

/** The attempt's owner and paper, or null for an unknown attempt (two queries on the first call, then none). */
export async function attemptPaper(exec: Executor, attemptId: string): Promise<AttemptPaper | null> {
  const hit = attempts.get(attemptId);
  if (hit) return hit;
  const [row] = await exec
    .select({
      userId: examAttempts.userId,
      planId: examAttempts.planId,
      sessionId: examAttempts.sessionId,
      paper: examAttempts.paper,
    })
    .from(examAttempts)
    .where(eq(examAttempts.id, attemptId));
  if (!row) return null;
  const revs = await loadRevisions(
    exec,
    row.paper.map((e) => e.revisionId),
  );
  const value: AttemptPaper = { ...row, shapes: shapesOf(row.paper, revs) };
  remember(attempts, MAX_ATTEMPTS, attemptId, value);
  return value;
}
