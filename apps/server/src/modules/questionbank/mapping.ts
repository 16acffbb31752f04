import type { Question, QuestionDraft, QuestionRevision, QuestionTags } from '@crossskill/contracts';
import type { questionRevisions, questions } from './questionbank.tables.js';

export type QuestionRow = typeof questions.$inferSelect;
export type RevisionRow = typeof questionRevisions.$inferSelect;

type TagCols = Pick<
  RevisionRow,
  'standardVersionId' | 'level' | 'workType' | 'functionId' | 'contentId' | 'knowledgeId' | 'basicItem'
>;

export function tagsOf(r: TagCols): QuestionTags | null {
  if (!r.standardVersionId || r.level === null) return null;
  return {
    standardVersionId: r.standardVersionId,
    level: r.level as QuestionTags['level'],
    workType: r.workType,
    functionId: r.functionId,
    contentId: r.contentId,
    knowledgeId: r.knowledgeId,
    basicItem: r.basicItem,
  };
}

export function tagColumns(tags: QuestionTags | null): TagCols {
  return {
    standardVersionId: tags?.standardVersionId ?? null,
    level: tags?.level ?? null,
    workType: tags?.workType ?? null,
    functionId: tags?.functionId ?? null,
    contentId: tags?.contentId ?? null,
    knowledgeId: tags?.knowledgeId ?? null,
    basicItem: tags?.basicItem ?? null,
  };
}

/** Tagged enough to be used in papers: to a function, or to a 基本要求 row. */
export const isTagged = (tags: QuestionTags | null) => !!tags && (!!tags.functionId || !!tags.basicItem);

export function draftOf(r: RevisionRow): QuestionDraft {
  return {
    type: r.type,
    stem: r.stemHtml,
    options: r.options as QuestionDraft['options'],
    answer: r.answer,
    shuffleOptions: r.shuffleOptions,
    points: r.points,
    difficulty: r.difficulty,
    tags: tagsOf(r),
    source: r.source,
    explanation: r.explanation,
  };
}

export function toQuestion(q: QuestionRow, r: RevisionRow): Question {
  return {
    ...draftOf(r),
    id: q.id,
    bankId: q.bankId,
    status: q.status,
    revisionId: r.id,
    revision: r.revision,
    createdAt: q.createdAt.toISOString(),
    updatedAt: q.updatedAt.toISOString(),
  };
}

export function toRevision(
  r: RevisionRow,
  bankId: string,
  currentRevisionId: string,
  createdByName: string | null,
): QuestionRevision {
  return {
    ...draftOf(r),
    id: r.id,
    questionId: r.questionId,
    bankId,
    revision: r.revision,
    current: r.id === currentRevisionId,
    createdBy: r.createdBy,
    createdByName,
    createdAt: r.createdAt.toISOString(),
  };
}
