import type { QuestionDraft } from '@crossskill/contracts';
import { NATIONAL_STANDARD_KEY, type StandardSnapshot } from '@crossskill/standards';
import { eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { AppError, type AuthContext } from '../../../platform/http/index.js';
import { standardVersions, versionInForce } from '../../standards/index.js';
import {
  assertCanEditBank,
  createQuestions,
  detectNearDuplicates,
  enqueueJob,
  type JobRun,
  loadBankStems,
  registerJobHandler,
} from '../index.js';
import { COLUMNS, notXlsxReason, parseWorkbook, type RowProblem } from './excel.js';
import { questionImports } from './interchange.tables.js';
import { parseQtiPackage } from './qti.js';
import type { StandardRef } from './tags.js';

export const IMPORT_JOB = 'questionbank.import';
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** A report lists at most this many problems (and says how many there were). */
const MAX_REPORTED = 1000;

export type ImportFormat = 'xlsx' | 'qti';

export interface ImportProblem {
  /** Excel row (1 = header), or null for QTI and whole-file problems. */
  row: number | null;
  /** Excel column header, or null. */
  column: string | null;
  /** QTI item identifier (or file), or null for Excel. */
  item: string | null;
  message: string;
}

export interface ImportReport {
  fileName: string;
  format: ImportFormat;
  /** 'imported': every item was added (as drafts); 'rejected': nothing was, see problems. */
  outcome: 'imported' | 'rejected';
  /** Items read from the file (that would be / were imported). */
  read: number;
  imported: number;
  problemCount: number;
  problems: ImportProblem[];
  /** QTI items of kinds the bank cannot hold; they do not stop the others. */
  skipped: { identifier: string; reason: string }[];
  /** Items that resemble an existing item of the bank or another item of the file (reported, not blocking). */
  duplicates: {
    row: number | null;
    item: string | null;
    existingId: string | null;
    otherRow: number | null;
    otherItem: string | null;
    similarity: number;
  }[];
  /** True when the near-duplicate check could not run (the import is not affected). */
  duplicateCheckFailed?: boolean;
  /** True when the check stopped at its candidate cap (1,000,000 pairs): `duplicates` may be incomplete. */
  duplicateCheckPartial?: boolean;
}

/** The standard version in force today, for resolving tags typed as names or codes. */
export async function currentStandard(exec: Executor): Promise<StandardRef | null> {
  const row = await versionInForce(exec, NATIONAL_STANDARD_KEY, new Date().toISOString().slice(0, 10));
  return row ? { versionId: row.id, snapshot: row.snapshot } : null;
}

/** Snapshots of the standard versions some questions are tagged with (for export labels). */
export async function snapshotsFor(
  exec: Executor,
  questions: readonly Pick<QuestionDraft, 'tags'>[],
): Promise<Map<string, StandardSnapshot>> {
  const ids = [...new Set(questions.flatMap((q) => (q.tags ? [q.tags.standardVersionId] : [])))];
  if (ids.length === 0) return new Map();
  const rows = await exec
    .select({ id: standardVersions.id, snapshot: standardVersions.snapshot })
    .from(standardVersions)
    .where(inArray(standardVersions.id, ids));
  return new Map(rows.map((r) => [r.id, r.snapshot]));
}

/** Decides the format from the name and the first bytes; throws a clear error for anything else. */
export function detectFormat(fileName: string, bytes: Uint8Array): ImportFormat {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (ext === 'xlsx' || ext === 'xls') {
    const reason = notXlsxReason(bytes);
    if (reason) throw new AppError('IMPORT_FILE_INVALID', { params: { reason, reasonEn: 'not an .xlsx workbook' } });
    return 'xlsx';
  }
  if (ext === 'zip') {
    if (!isZip) {
      throw new AppError('IMPORT_FILE_INVALID', {
        params: { reason: '文件不是有效的 zip 压缩包', reasonEn: 'not a zip archive' },
      });
    }
    return 'qti';
  }
  if (ext === 'xml') {
    const head = new TextDecoder()
      .decode(bytes.subarray(0, 200))
      .replace(/^\uFEFF/, '')
      .trimStart();
    if (!head.startsWith('<')) {
      throw new AppError('IMPORT_FILE_INVALID', {
        params: { reason: '文件不是 XML 文件', reasonEn: 'not an XML file' },
      });
    }
    return 'qti';
  }
  throw new AppError('IMPORT_FILE_UNSUPPORTED');
}

/** Stores the upload and queues its import job, in one transaction. */
export async function startImport(
  ctx: AppContext,
  auth: AuthContext,
  bankId: string,
  file: { fileName: string; bytes: Uint8Array },
): Promise<{ jobId: string; importId: string; format: ImportFormat }> {
  const format = detectFormat(file.fileName, file.bytes);
  return ctx.db.transaction(async (tx) => {
    const bank = await assertCanEditBank(ctx, auth, bankId, tx);
    const [row] = await tx
      .insert(questionImports)
      .values({ bankId, fileName: file.fileName, format, content: file.bytes, createdBy: auth.userId })
      .returning({ id: questionImports.id });
    const jobId = await enqueueJob(tx, {
      kind: IMPORT_JOB,
      payload: { importId: row!.id },
      orgId: bank.orgId,
      createdBy: auth.userId,
    });
    return { jobId, importId: row!.id, format };
  });
}

const HEADER = Object.fromEntries(COLUMNS.map((c) => [c.key, c.header])) as Record<string, string>;
const OPTION_LETTERS = 'ABCDEFGH';

/** The Excel column of a draft field named by the question bank's validation ('options.2.content', 'tags.contentId' …). */
export function columnOfField(field: string): string {
  const [head, second] = field.split('.');
  switch (head) {
    case 'options':
      return second !== undefined && /^\d+$/.test(second) ? `选项${OPTION_LETTERS[Number(second)] ?? ''}` : '选项A';
    case 'answer':
      return field.startsWith('answer.rubric') ? HEADER.rubric! : HEADER.answer!;
    case 'tags':
      switch (second) {
        case 'workType':
          return HEADER.workType!;
        case 'functionId':
        case 'basicItem':
          return HEADER.function!;
        case 'contentId':
          return HEADER.content!;
        case 'knowledgeId':
          return HEADER.knowledge!;
        default:
          return HEADER.level!;
      }
    case 'stem':
    case 'points':
    case 'difficulty':
    case 'source':
    case 'explanation':
      return HEADER[head]!;
    case 'shuffleOptions':
      return HEADER.shuffle!;
    default:
      return '';
  }
}

interface Parsed {
  drafts: QuestionDraft[];
  /** Where each draft came from: its Excel row or its QTI item identifier. */
  origin: { row: number | null; item: string | null }[];
  problems: ImportProblem[];
  skipped: { identifier: string; reason: string }[];
}

const fromRowProblem = (p: RowProblem): ImportProblem => ({
  row: p.row || null,
  column: p.column || null,
  item: null,
  message: p.message,
});

async function parseUpload(
  ctx: AppContext,
  format: ImportFormat,
  bytes: Uint8Array,
  progress: (done: number, total?: number) => Promise<void>,
): Promise<Parsed> {
  if (format === 'xlsx') {
    let last: Promise<void> = Promise.resolve();
    const parsed = await parseWorkbook(bytes, {
      standard: await currentStandard(ctx.db),
      onProgress: (done, total) => {
        last = progress(done, total + 2);
      },
    });
    await last;
    return {
      drafts: parsed.drafts,
      origin: parsed.rows.map((row) => ({ row, item: null })),
      problems: parsed.problems.map(fromRowProblem),
      skipped: [],
    };
  }
  const parsed = parseQtiPackage(bytes);
  return {
    drafts: parsed.drafts,
    origin: parsed.items.map((item) => ({ row: null, item })),
    problems: parsed.problems.map((p) => ({ row: null, column: null, item: p.identifier || null, message: p.message })),
    skipped: parsed.skipped,
  };
}

/**
 * The import job: parse, check near-duplicates (reported), then insert every item in one transaction — or,
 * on any problem, nothing. Succeeds with a report either way; the upload's bytes are dropped at the end.
 */
export async function runImport(run: JobRun<{ importId: string }>): Promise<ImportReport> {
  const { ctx } = run;
  const [imp] = await ctx.db.select().from(questionImports).where(eq(questionImports.id, run.payload.importId));
  if (!imp?.content) throw new AppError('NOT_FOUND');
  const report: ImportReport = {
    fileName: imp.fileName,
    format: imp.format,
    outcome: 'rejected',
    read: 0,
    imported: 0,
    problemCount: 0,
    problems: [],
    skipped: [],
    duplicates: [],
  };
  const finish = (problems: ImportProblem[]) => {
    report.problemCount = problems.length;
    report.problems = problems.slice(0, MAX_REPORTED);
    return report;
  };
  try {
    const parsed = await parseUpload(ctx, imp.format, imp.content, run.progress);
    report.read = parsed.drafts.length;
    report.skipped = parsed.skipped;
    if (parsed.drafts.length === 0 && parsed.problems.length === 0) {
      parsed.problems.push({ row: null, column: null, item: null, message: '文件中没有可导入的试题' });
    }
    const steps = parsed.drafts.length + 2;
    await run.progress(parsed.drafts.length, steps);

    if (parsed.drafts.length > 0) {
      const existing = await loadBankStems(ctx, imp.bankId);
      let dups: ReturnType<typeof detectNearDuplicates>['duplicates'] = [];
      try {
        const check = detectNearDuplicates(parsed.drafts, existing);
        dups = check.duplicates;
        if (check.stats.capped) report.duplicateCheckPartial = true;
      } catch (err) {
        // The check only informs; it must never stop an import.
        ctx.log.warn({ err, importId: imp.id }, 'near-duplicate check failed');
        report.duplicateCheckFailed = true;
      }
      report.duplicates = dups.slice(0, MAX_REPORTED).map((d) => {
        const at = parsed.origin[d.index]!;
        const other = d.otherIndex === null ? null : parsed.origin[d.otherIndex]!;
        return {
          row: at.row,
          item: at.item,
          existingId: d.existingId,
          otherRow: other?.row ?? null,
          otherItem: other?.item ?? null,
          similarity: d.similarity,
        };
      });
    }
    await run.progress(parsed.drafts.length + 1, steps);
    if (parsed.problems.length > 0) return finish(parsed.problems);

    try {
      const ids = await ctx.db.transaction((tx) =>
        createQuestions(ctx, tx, { bankId: imp.bankId, drafts: parsed.drafts, actorId: imp.createdBy }),
      );
      report.outcome = 'imported';
      report.imported = ids.length;
      await run.progress(steps, steps);
      return finish([]);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'QUESTION_DRAFTS_INVALID') throw err;
      const problems = (err.details ?? []).map((d): ImportProblem => {
        const m = /^drafts\.(\d+)\.(.*)$/.exec(d.field);
        const at = m ? parsed.origin[Number(m[1])] : undefined;
        const column = m && at?.row ? columnOfField(m[2]!) : null;
        const where = at?.row
          ? `第 ${at.row} 行${column ? `「${column}」` : ''}：`
          : at?.item
            ? `试题 ${at.item}：`
            : '';
        return { row: at?.row ?? null, column, item: at?.item ?? null, message: `${where}${d.message}` };
      });
      return finish(problems);
    }
  } finally {
    await ctx.db.update(questionImports).set({ content: null }).where(eq(questionImports.id, imp.id));
  }
}

export function registerImportJob() {
  registerJobHandler<{ importId: string }, ImportReport>(IMPORT_JOB, runImport, { maxAttempts: 2 });
}
