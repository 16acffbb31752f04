import { z } from 'zod';
import type { FieldMessageCode } from './errors.js';
import { idNumberProblem, normalizeIdNumber } from './id-number.js';

/** A custom issue whose message the server localises from FIELD_MESSAGES. */
export const fieldIssue = (code: FieldMessageCode) => ({ message: code, params: { code } });

export const MOBILE_RE = /^1[3-9]\d{9}$/;

export const mobileSchema = z.string().trim().regex(MOBILE_RE, fieldIssue('MOBILE_FORMAT'));
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email(fieldIssue('EMAIL_FORMAT')));

/** A login account: a mobile number or an email. */
export const accountSchema = z
  .string()
  .trim()
  .min(1, fieldIssue('ACCOUNT_FORMAT'))
  .max(254)
  .refine((v) => MOBILE_RE.test(v) || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), fieldIssue('ACCOUNT_FORMAT'))
  .transform((v) => (v.includes('@') ? v.toLowerCase() : v));

export const passwordSchema = z
  .string()
  .min(8, fieldIssue('PASSWORD_POLICY'))
  .max(128, fieldIssue('PASSWORD_POLICY'))
  .refine((v) => /[A-Za-z]/.test(v) && /\d/.test(v), fieldIssue('PASSWORD_POLICY'));

export const personNameSchema = z.string().trim().min(1, fieldIssue('NAME_REQUIRED')).max(50);

/** Chinese resident ID number, validated with its GB 11643 check digit; normalised to half-width upper case. */
export const idNumberSchema = z
  .string()
  .transform(normalizeIdNumber)
  .superRefine((v, ctx) => {
    const problem = idNumberProblem(v);
    if (problem === 'format') ctx.addIssue({ code: 'custom', ...fieldIssue('ID_NUMBER_FORMAT') });
    if (problem === 'birth_date') ctx.addIssue({ code: 'custom', ...fieldIssue('ID_NUMBER_BIRTH_DATE') });
    if (problem === 'check_digit') ctx.addIssue({ code: 'custom', ...fieldIssue('ID_NUMBER_CHECK_DIGIT') });
  });

export const uuidSchema = z.uuid();

export const pageQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const okSchema = z.object({ ok: z.literal(true) });
