import { FIELD_MESSAGES, type FieldMessageCode, type QuestionDraft, type QuestionTags } from '@crossskill/contracts';
import { type Located, type StandardSnapshot, walkNodes } from '@crossskill/standards';
import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { AppError } from '../../platform/http/index.js';
import { standardVersions } from '../standards/index.js';
import { stemFingerprint } from './fingerprint.js';
import { htmlToText, sanitizeRichText } from './sanitize.js';
import { normalizeForSearch, searchTokens } from './text.js';

/** One problem of one draft: `field` is relative to the draft (e.g. "answer.key", "tags.functionId"). */
export interface DraftProblem {
  index: number;
  field: string;
  code: FieldMessageCode;
  message: string;
  messageEn: string;
}

/** A draft that passed: sanitised, with what the tables store besides it. */
export interface PreparedDraft {
  draft: QuestionDraft;
  searchText: string;
  searchTokens: string[];
  fingerprint: number[];
}

/**
 * What the tables store for searching and near-duplicates, from a (sanitised) stem and options: the
 * normalised search text of both, its tokens, and the stem's MinHash fingerprint.
 */
export function searchFields(stem: string, options: readonly { content: string }[]): Omit<PreparedDraft, 'draft'> {
  const searchText = [stem, ...options.map((o) => o.content)].map(normalizeForSearch).join(' ');
  return { searchText, searchTokens: searchTokens(searchText), fingerprint: stemFingerprint(stem) };
}

const CHOICE = new Set(['single', 'multiple']);

/** Published versions' nodes by id, loaded once per call. */
export class TagChecker {
  private readonly versions = new Map<string, { snapshot: StandardSnapshot; nodes: Map<string, Located> } | null>();

  constructor(private readonly exec: Executor) {}

  async load(ids: Iterable<string>) {
    const missing = [...new Set(ids)].filter((id) => !this.versions.has(id));
    if (missing.length === 0) return;
    const rows = await this.exec
      .select({ id: standardVersions.id, status: standardVersions.status, snapshot: standardVersions.snapshot })
      .from(standardVersions)
      .where(inArray(standardVersions.id, missing));
    for (const id of missing) {
      const row = rows.find((r) => r.id === id);
      if (row?.status !== 'published') {
        this.versions.set(id, null);
        continue;
      }
      const nodes = new Map<string, Located>();
      for (const loc of walkNodes(row.snapshot)) nodes.set(loc.node.id, loc);
      this.versions.set(id, { snapshot: row.snapshot, nodes });
    }
  }

  /** Problems of a set of tags as [field, code] pairs; call `load` with its version first. */
  check(tags: QuestionTags): [string, FieldMessageCode][] {
    const v = this.versions.get(tags.standardVersionId);
    if (!v) return [['tags.standardVersionId', 'TAG_VERSION_NOT_PUBLISHED']];
    const level = v.snapshot.levels.find((l) => l.level === tags.level);
    if (!level) return [['tags.level', 'TAG_LEVEL_INVALID']];
    const problems: [string, FieldMessageCode][] = [];
    const wt = tags.workType;
    if (wt !== null && !level.workTypes.includes(wt)) return [['tags.workType', 'TAG_WORK_TYPE_INVALID']];
    if (tags.basicItem && (tags.functionId || tags.contentId || tags.knowledgeId)) {
      problems.push(['tags.functionId', 'TAG_BASIC_WITH_FUNCTION']);
      return problems;
    }
    if (tags.contentId && !tags.functionId) problems.push(['tags.contentId', 'TAG_PARENT_REQUIRED']);
    if (tags.knowledgeId && !tags.contentId) problems.push(['tags.knowledgeId', 'TAG_PARENT_REQUIRED']);
    if (problems.length > 0) return problems;
    const fits = (id: string, kinds: string[], parentId: string | null) => {
      const loc = v.nodes.get(id);
      if (!loc || !kinds.includes(loc.node.kind) || loc.level.level !== tags.level) return false;
      if ((loc.parent?.id ?? null) !== parentId) return false;
      if (!loc.chain.every((n) => n.status === 'active')) return false;
      // A work type: every node on the way applies to it. None (common to both): every node applies to all.
      const applies = (w: string) => loc.chain.every((n) => !n.workTypes || n.workTypes.includes(w as never));
      return wt !== null ? applies(wt) : level.workTypes.every(applies);
    };
    if (tags.functionId && !fits(tags.functionId, ['function'], null)) {
      return [['tags.functionId', 'TAG_NODE_INVALID']];
    }
    if (tags.contentId && !fits(tags.contentId, ['content'], tags.functionId)) {
      return [['tags.contentId', 'TAG_NODE_INVALID']];
    }
    if (tags.knowledgeId && !fits(tags.knowledgeId, ['knowledge', 'skill'], tags.contentId)) {
      return [['tags.knowledgeId', 'TAG_NODE_INVALID']];
    }
    return [];
  }
}

const isEmptyRich = (html: string) => html === '' || (htmlToText(html) === '' && !/<img\b/i.test(html));

/** Sanitises one draft and checks it against its type; tags are checked separately. */
function checkContent(d: QuestionDraft): { draft: QuestionDraft; problems: [string, FieldMessageCode][] } {
  const problems: [string, FieldMessageCode][] = [];
  const stem = sanitizeRichText(d.stem);
  if (isEmptyRich(stem)) problems.push(['stem', 'QUESTION_STEM_EMPTY']);
  const options = d.options.map((o, i) => {
    const content = sanitizeRichText(o.content);
    if (isEmptyRich(content)) problems.push([`options.${i}.content`, 'QUESTION_OPTION_EMPTY']);
    return { key: o.key, content };
  });
  const sanitizeOptional = (s: string | null) => {
    if (s === null) return null;
    const clean = sanitizeRichText(s);
    return clean === '' ? null : clean;
  };
  let answer = d.answer;
  const keys = new Set(options.map((o) => o.key));
  if (answer.type !== d.type) {
    problems.push(['answer.type', 'QUESTION_ANSWER_TYPE_MISMATCH']);
  } else if (CHOICE.has(d.type)) {
    if (options.length < 2 || options.length > 8) problems.push(['options', 'QUESTION_OPTIONS_COUNT']);
    if (keys.size !== options.length) problems.push(['options', 'QUESTION_OPTION_KEYS_DUPLICATE']);
    if (answer.type === 'single' && !keys.has(answer.key))
      problems.push(['answer.key', 'QUESTION_ANSWER_NOT_IN_OPTIONS']);
    if (answer.type === 'multiple') {
      const chosen = new Set(answer.keys);
      if (chosen.size !== answer.keys.length || chosen.size < 2)
        problems.push(['answer.keys', 'QUESTION_MULTIPLE_KEYS']);
      else if (answer.keys.some((k) => !keys.has(k))) problems.push(['answer.keys', 'QUESTION_ANSWER_NOT_IN_OPTIONS']);
      else answer = { ...answer, keys: [...answer.keys].sort() };
    }
  } else if (options.length > 0) {
    problems.push(['options', 'QUESTION_OPTIONS_NOT_ALLOWED']);
  }
  if (answer.type === 'short_answer' || answer.type === 'case_analysis') {
    const sum = answer.rubric.reduce((s, r) => s + r.points, 0);
    if (Math.abs(sum - d.points) > 1e-6) problems.push(['answer.rubric', 'QUESTION_RUBRIC_POINTS']);
    if (answer.reference !== undefined) answer = { ...answer, reference: sanitizeRichText(answer.reference) };
  }
  return {
    problems,
    draft: {
      ...d,
      stem,
      options,
      answer,
      // Only choices have an order to shuffle.
      shuffleOptions: CHOICE.has(d.type) ? d.shuffleOptions : false,
      points: Math.round(d.points * 100) / 100,
      source: d.source?.trim() || null,
      explanation: sanitizeOptional(d.explanation),
    },
  };
}

function problem(index: number, field: string, code: FieldMessageCode): DraftProblem {
  return { index, field, code, message: FIELD_MESSAGES[code].zh, messageEn: FIELD_MESSAGES[code].en };
}

/**
 * Validates and sanitises drafts (as the create route does): per type, and their tags against published
 * standard versions. Returns the prepared drafts (in order) and every problem with its draft index.
 */
export async function checkDrafts(
  exec: Executor,
  drafts: readonly QuestionDraft[],
  tagChecker = new TagChecker(exec),
): Promise<{ prepared: PreparedDraft[]; problems: DraftProblem[] }> {
  await tagChecker.load(drafts.flatMap((d) => (d.tags ? [d.tags.standardVersionId] : [])));
  const prepared: PreparedDraft[] = [];
  const problems: DraftProblem[] = [];
  for (const [index, d] of drafts.entries()) {
    const { draft, problems: own } = checkContent(d);
    const tagProblems = draft.tags ? tagChecker.check(draft.tags) : [];
    for (const [field, code] of [...own, ...tagProblems]) problems.push(problem(index, field, code));
    prepared.push({ draft, ...searchFields(draft.stem, draft.options) });
  }
  return { prepared, problems };
}

/** The error for problems of drafts: `fieldOf(index, field)` names the field as the caller knows it. */
export function draftsError(
  problems: DraftProblem[],
  code: 'QUESTION_INVALID' | 'QUESTION_DRAFTS_INVALID',
  fieldOf: (index: number, field: string) => string,
): AppError {
  return new AppError(code, {
    params: { count: problems.length },
    details: problems.map((p) => ({ field: fieldOf(p.index, p.field), code: p.code, message: p.message })),
  });
}

/** Loads the published version for coverage; 404 otherwise. */
export async function publishedSnapshot(exec: Executor, versionId: string): Promise<StandardSnapshot> {
  const [row] = await exec
    .select({ status: standardVersions.status, snapshot: standardVersions.snapshot })
    .from(standardVersions)
    .where(eq(standardVersions.id, versionId));
  if (row?.status !== 'published') throw new AppError('STANDARD_VERSION_NOT_FOUND');
  return row.snapshot;
}
