import crypto from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import type { PreparedDraft } from './drafts.js';
import { type QuestionRow, type RevisionRow, tagColumns } from './mapping.js';
import { questionRevisions, questions } from './questionbank.tables.js';

/** What a revision stores of a prepared draft. */
function revisionContent(p: PreparedDraft) {
  const d = p.draft;
  return {
    type: d.type,
    stemHtml: d.stem,
    options: d.options,
    answer: d.answer,
    shuffleOptions: d.shuffleOptions,
    points: d.points,
    difficulty: d.difficulty,
    ...tagColumns(d.tags),
    source: d.source,
    explanation: d.explanation,
    searchText: p.searchText,
    stemFingerprint: p.fingerprint,
  };
}

/** What the question row copies from its current revision. */
function questionCopy(p: PreparedDraft) {
  const d = p.draft;
  return {
    type: d.type,
    points: d.points,
    difficulty: d.difficulty,
    ...tagColumns(d.tags),
    searchText: p.searchText,
    searchTokens: p.searchTokens,
  };
}

const CHUNK = 500;

/** Inserts new draft questions (revision 1 each) in the caller's transaction; returns their ids in order. */
export async function insertQuestions(
  tx: Executor,
  bankId: string,
  prepared: readonly PreparedDraft[],
  actorId: string | null,
): Promise<string[]> {
  const rows = prepared.map((p) => ({ p, id: crypto.randomUUID(), revisionId: crypto.randomUUID() }));
  // now() is the transaction's start: a microsecond apart per draft keeps a batch in its order.
  const at = (i: number) => sql`now() + make_interval(secs => ${i / 1_000_000})`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await tx.insert(questions).values(
      chunk.map(({ p, id, revisionId }, j) => ({
        id,
        bankId,
        createdAt: at(i + j),
        updatedAt: at(i + j),
        status: 'draft' as const,
        currentRevisionId: revisionId,
        revisionCount: 1,
        ...questionCopy(p),
        createdBy: actorId,
      })),
    );
    await tx.insert(questionRevisions).values(
      chunk.map(({ p, id, revisionId }) => ({
        id: revisionId,
        questionId: id,
        revision: 1,
        ...revisionContent(p),
        createdBy: actorId,
      })),
    );
  }
  return rows.map((r) => r.id);
}

/**
 * Saves new content for a question (its row locked by the caller). Draft and in-review items change
 * their current revision in place; active and retired items — whose revision an exam may hold — get a
 * new revision, and the old one stays as it was.
 */
export async function saveContent(
  tx: Executor,
  q: QuestionRow,
  current: RevisionRow,
  p: PreparedDraft,
  actorId: string,
): Promise<{ question: QuestionRow; revision: RevisionRow; newRevision: boolean }> {
  if (q.status === 'draft' || q.status === 'in_review') {
    const [revision] = await tx
      .update(questionRevisions)
      .set(revisionContent(p))
      .where(eq(questionRevisions.id, current.id))
      .returning();
    const [question] = await tx
      .update(questions)
      .set({ ...questionCopy(p), updatedAt: sql`now()` })
      .where(eq(questions.id, q.id))
      .returning();
    return { question: question!, revision: revision!, newRevision: false };
  }
  const [revision] = await tx
    .insert(questionRevisions)
    .values({ questionId: q.id, revision: q.revisionCount + 1, ...revisionContent(p), createdBy: actorId })
    .returning();
  const [question] = await tx
    .update(questions)
    .set({
      ...questionCopy(p),
      currentRevisionId: revision!.id,
      revisionCount: q.revisionCount + 1,
      updatedAt: sql`now()`,
    })
    .where(eq(questions.id, q.id))
    .returning();
  return { question: question!, revision: revision!, newRevision: true };
}

/** A question and its current revision; `forUpdate` locks the question row. */
export async function loadQuestion(
  exec: Executor,
  questionId: string,
  forUpdate = false,
): Promise<{ q: QuestionRow; r: RevisionRow } | null> {
  const query = exec
    .select({ q: questions, r: questionRevisions })
    .from(questions)
    .innerJoin(questionRevisions, eq(questionRevisions.id, questions.currentRevisionId))
    .where(eq(questions.id, questionId))
    .limit(1);
  const [row] = forUpdate ? await query.for('update', { of: questions }) : await query;
  return row ?? null;
}
