import {
  BULK_STATUS_MAX_FILTERED,
  QUESTION_STATUS_LABELS,
  type QuestionStatus,
  type QuestionTags,
} from '@crossskill/contracts';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { AppError, type AuthContext } from '../../platform/http/index.js';
import { recordAudit } from '../audit/index.js';
import { assertCanEditBank } from './bank-access.js';
import { isTagged, tagsOf } from './mapping.js';
import { STATUS_TRANSITIONS } from './question-status.js';
import { questionRevisions, questions } from './questionbank.tables.js';
import { htmlToText } from './sanitize.js';

export interface BulkStatusInput {
  questionIds?: string[] | undefined;
  filter?: { status: QuestionStatus; tagged?: boolean | undefined } | undefined;
  to: QuestionStatus;
  comment?: string | undefined;
}

export interface BulkStatusResult {
  updated: number;
  unchanged: number;
  questionIds: string[];
}

const UPDATE_CHUNK = 1000;

/** The first 40 characters of a stem, to name an item in an error detail. */
function excerpt(stemHtml: string): string {
  const text = htmlToText(stemHtml).replace(/\s+/g, ' ').trim();
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Changes the status of many items of a bank at once, all or nothing, with the single route's transitions
 * ({@link STATUS_TRANSITIONS}: draft → in_review → active → retired; in_review → draft; retired → active).
 * The items are the given ids (every one must be in the bank: 422 QUESTION_IDS_NOT_IN_BANK otherwise) or
 * those matching a filter (status, tagged or not). Items already at the target status are left as they are
 * (`unchanged`); any other item that may not make the transition → 409 QUESTIONS_STATUS_TRANSITION, and
 * untagged items cannot become active → 422 QUESTIONS_NOT_TAGGED; both name every item
 * (`details[].field = questions.<id>`, message = the start of its stem) and change nothing.
 * One audit entry (question.bulk_status_changed) with the count and the ids.
 */
export async function bulkChangeStatus(
  ctx: AppContext,
  auth: AuthContext,
  bankId: string,
  input: BulkStatusInput,
  ip: string,
): Promise<BulkStatusResult> {
  return ctx.db.transaction(async (tx) => {
    const bank = await assertCanEditBank(ctx, auth, bankId, tx);
    const select = () =>
      tx
        .select({
          id: questions.id,
          status: questions.status,
          stemHtml: questionRevisions.stemHtml,
          standardVersionId: questionRevisions.standardVersionId,
          level: questionRevisions.level,
          workType: questionRevisions.workType,
          functionId: questionRevisions.functionId,
          contentId: questionRevisions.contentId,
          knowledgeId: questionRevisions.knowledgeId,
          basicItem: questionRevisions.basicItem,
        })
        .from(questions)
        .innerJoin(questionRevisions, eq(questionRevisions.id, questions.currentRevisionId));

    let rows: Awaited<ReturnType<ReturnType<typeof select>['where']>>;
    if (input.questionIds) {
      const ids = [...new Set(input.questionIds)];
      rows = await select()
        .where(and(eq(questions.bankId, bankId), inArray(questions.id, ids)))
        .orderBy(questions.id)
        .for('update', { of: questions });
      if (rows.length !== ids.length) {
        const found = new Set(rows.map((r) => r.id));
        const missing = ids.filter((id) => !found.has(id));
        throw new AppError('QUESTION_IDS_NOT_IN_BANK', {
          params: { count: missing.length },
          details: missing.map((id) => ({ field: 'body.questionIds', code: 'QUESTION_NOT_IN_BANK', message: id })),
        });
      }
    } else {
      const filter = input.filter!;
      const matching = await select()
        .where(and(eq(questions.bankId, bankId), eq(questions.status, filter.status)))
        .orderBy(questions.id)
        .for('update', { of: questions });
      rows =
        filter.tagged === undefined
          ? matching
          : matching.filter((r) => isTagged(tagsOf(r) as QuestionTags | null) === filter.tagged);
      if (rows.length > BULK_STATUS_MAX_FILTERED) {
        throw new AppError('QUESTION_BULK_TOO_MANY', { params: { count: rows.length, max: BULK_STATUS_MAX_FILTERED } });
      }
    }

    const to = input.to;
    const changing = rows.filter((r) => r.status !== to);
    const refused = changing.filter((r) => !STATUS_TRANSITIONS[r.status].includes(to));
    if (refused.length > 0) {
      const froms = [...new Set(refused.map((r) => r.status))];
      throw new AppError('QUESTIONS_STATUS_TRANSITION', {
        params: {
          count: refused.length,
          from: froms.map((s) => QUESTION_STATUS_LABELS[s].zh).join('、'),
          to: QUESTION_STATUS_LABELS[to].zh,
          fromEn: froms.map((s) => QUESTION_STATUS_LABELS[s].en.toLowerCase()).join(', '),
          toEn: QUESTION_STATUS_LABELS[to].en.toLowerCase(),
        },
        details: refused.map((r) => ({
          field: `questions.${r.id}`,
          code: `STATUS_${r.status.toUpperCase()}`,
          message: excerpt(r.stemHtml),
        })),
      });
    }
    if (to === 'active') {
      const untagged = changing.filter((r) => !isTagged(tagsOf(r) as QuestionTags | null));
      if (untagged.length > 0) {
        throw new AppError('QUESTIONS_NOT_TAGGED', {
          params: { count: untagged.length },
          details: untagged.map((r) => ({
            field: `questions.${r.id}`,
            code: 'QUESTION_NOT_TAGGED',
            message: excerpt(r.stemHtml),
          })),
        });
      }
    }

    const ids = changing.map((r) => r.id);
    for (let i = 0; i < ids.length; i += UPDATE_CHUNK) {
      await tx
        .update(questions)
        .set({ status: to, updatedAt: sql`now()` })
        .where(inArray(questions.id, ids.slice(i, i + UPDATE_CHUNK)));
    }
    if (ids.length > 0) {
      const from: Partial<Record<QuestionStatus, number>> = {};
      for (const r of changing) from[r.status] = (from[r.status] ?? 0) + 1;
      await recordAudit(tx, {
        event: 'question.bulk_status_changed',
        actorUserId: auth.userId,
        orgId: bank.orgId,
        ip,
        details: {
          bankId,
          count: ids.length,
          from,
          to,
          ...(input.filter ? { filter: input.filter } : {}),
          ...(input.comment ? { comment: input.comment } : {}),
          questionIds: ids,
        },
      });
    }
    return { updated: ids.length, unchanged: rows.length - ids.length, questionIds: ids };
  });
}
