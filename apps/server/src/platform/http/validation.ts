import { type ApiErrorDetail, FIELD_MESSAGES, type FieldMessageCode } from '@crossskill/contracts';
import type { FastifySchemaCompiler } from 'fastify';
import type { ZodType, z } from 'zod';
import { en, zhCN } from 'zod/locales';
import type { Lang } from './i18n.js';

const zhLocale = zhCN().localeError;
const enLocale = en().localeError;

/** A request that failed its zod schema; carries the issues in both languages. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  readonly code = 'FST_ERR_VALIDATION';
  validationContext?: string;
  constructor(
    readonly issues: { zh: z.core.$ZodIssue[]; en: z.core.$ZodIssue[] },
    context: string,
  ) {
    super('Request validation failed');
    this.validationContext = context;
  }

  details(lang: Lang): ApiErrorDetail[] {
    return issueDetails(this.issues[lang], this.validationContext ?? 'body', lang);
  }
}

const contextName: Record<string, string> = { querystring: 'query' };

export function issueDetails(issues: z.core.$ZodIssue[], context: string, lang: Lang): ApiErrorDetail[] {
  const prefix = contextName[context] ?? context;
  const details: ApiErrorDetail[] = [];
  for (const issue of issues) {
    const base = [prefix, ...issue.path.map(String)];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        details.push({
          field: [...base, key].join('.'),
          code: 'unrecognized_key',
          message: lang === 'zh' ? `不允许的字段：${key}` : `Unknown field: ${key}`,
        });
      }
      continue;
    }
    // Our refinements name a FIELD_MESSAGES code: custom issues in params.code; built-in checks
    // (min, max, regex, email) drop params, so for them the code is the message itself.
    const fieldCode =
      issue.code === 'custom' && typeof issue.params?.code === 'string' ? issue.params.code : issue.message;
    const known = Object.hasOwn(FIELD_MESSAGES, fieldCode) ? FIELD_MESSAGES[fieldCode as FieldMessageCode] : undefined;
    details.push({
      field: base.join('.'),
      code: known ? fieldCode : issue.code,
      message: known ? known[lang] : issue.message,
    });
  }
  return details;
}

/** Validates requests with zod; on failure keeps Chinese and English messages for the error handler. */
export const zodValidatorCompiler: FastifySchemaCompiler<ZodType> = ({ schema, httpPart }) => {
  return (data: unknown) => {
    const result = schema.safeParse(data, { error: enLocale });
    if (result.success) return { value: result.data };
    const zh = schema.safeParse(data, { error: zhLocale });
    const zhIssues = zh.success ? result.error.issues : zh.error.issues;
    return { error: new RequestValidationError({ zh: zhIssues, en: result.error.issues }, httpPart ?? 'body') };
  };
};
