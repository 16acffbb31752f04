import { type ApiErrorDetail, ERROR_CODES, type ErrorCode } from '@crossskill/contracts';

/** The one error type use cases throw; the HTTP layer turns it into the JSON error body. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: ApiErrorDetail[] | undefined;
  /** Values substituted into the message, e.g. { minutes: 15 }. */
  readonly params: Record<string, string | number> | undefined;

  constructor(code: ErrorCode, opts: { details?: ApiErrorDetail[]; params?: Record<string, string | number> } = {}) {
    super(ERROR_CODES[code].en);
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.details = opts.details;
    this.params = opts.params;
  }
}
