/**
 * The question bank (题库). Public surface for other modules — notably the Excel/QTI interchange and
 * item analysis (./interchange, ./analysis):
 *
 * - `createQuestions(ctx, tx, { bankId, drafts, actorId, ip? })` — validates and sanitises every draft as
 *   the create route does and inserts them all as drafts in the caller's transaction; on any problem
 *   throws AppError QUESTION_DRAFTS_INVALID with details `drafts.<index>.<field>`; returns the ids.
 * - `checkDrafts(exec, drafts)` — the same validation without inserting: prepared drafts and problems
 *   `{ index, field, code, message, messageEn }` (for per-row import reports).
 * - `findNearDuplicates(incoming, existing, { threshold })` — pure near-duplicate detection for imports,
 *   bounded on any input (templated stems included); `detectNearDuplicates` (same arguments) also returns
 *   stats (`capped` = partial). `loadBankStems(ctx, bankId)` gives `existing` with stored fingerprints.
 * - `loadBankForExport(ctx, bankId)` — the bank and every item at its current revision.
 * - `assertCanReadBank(ctx, auth, bankId)` / `assertCanEditBank(ctx, auth, bankId, tx?)` — 404/403.
 * - `sanitizeRichText(html)`, `htmlToText(html)`, `normalizeForSearch(htmlOrText)`.
 * - Background jobs live in `platform/jobs` (enqueueJob, registerJobHandler, runDueJobs).
 */

export {
  enqueueJob,
  getJob,
  type JobHandler,
  type JobRun,
  registerJobHandler,
  runDueJobs,
} from '../../platform/jobs/index.js';
export { assertCanEditBank, assertCanReadBank, type BankRow, canEditBank, canReadBank } from './bank-access.js';
export { createQuestions } from './create-questions.js';
export { checkDrafts, type DraftProblem, type PreparedDraft } from './drafts.js';
export {
  detectNearDuplicates,
  type ExistingStem,
  findNearDuplicates,
  type NearDuplicate,
  stemFingerprint,
} from './fingerprint.js';
export { loadBankStems } from './load-stems.js';
/** Seeding only (demo data): activates draft items in the caller's transaction, without review. */
export { activateSeededQuestions } from './question-status.js';
export { registerQuestionBankRoutes } from './questionbank.routes.js';
export { questionBanks, questionRevisions, questions } from './questionbank.tables.js';
export { loadBankForExport } from './read-questions.js';
export { htmlToText, sanitizeRichText } from './sanitize.js';
export { normalizeForSearch } from './text.js';
