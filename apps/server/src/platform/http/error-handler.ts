import { type ApiErrorDetail, ERROR_CODES, type ErrorCode, FIELD_MESSAGES } from '@crossskill/contracts';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.js';
import { fillParams, requestLang } from './i18n.js';
import { RequestValidationError } from './validation.js';

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  FST_ERR_MAX_PARAM_LENGTH: 'URI_TOO_LONG',
  FST_ERR_BAD_URL: 'BAD_URL',
};

function localiseDetail(d: ApiErrorDetail, lang: 'zh' | 'en'): ApiErrorDetail {
  const known = FIELD_MESSAGES[d.code as keyof typeof FIELD_MESSAGES];
  return known ? { ...d, message: known[lang] } : d;
}

/** Turns any thrown error into the one JSON error body, in the request's language. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  const lang = requestLang(request);
  const send = (code: ErrorCode, extra: Partial<Pick<AppError, 'details' | 'params'>> = {}) => {
    const def = ERROR_CODES[code];
    return reply.status(def.status).send({
      error: {
        code,
        message: fillParams(def[lang], extra.params),
        ...(extra.details ? { details: extra.details.map((d) => localiseDetail(d, lang)) } : {}),
        requestId: request.id,
      },
    });
  };

  if (error instanceof AppError) return send(error.code, error);
  if (error instanceof RequestValidationError) return send('VALIDATION_FAILED', { details: error.details(lang) });

  const fe = error as FastifyError;
  const mapped = fe.code ? FASTIFY_CODES[fe.code] : undefined;
  if (mapped) return send(mapped);
  // The JSON body parser throws a plain SyntaxError with statusCode 400.
  if (error instanceof SyntaxError && fe.statusCode === 400) return send('INVALID_JSON');
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    request.log.info({ err: error }, 'client error');
    return send(fe.statusCode === 404 ? 'NOT_FOUND' : 'VALIDATION_FAILED');
  }
  request.log.error({ err: error }, 'unhandled error');
  return send('INTERNAL');
}
