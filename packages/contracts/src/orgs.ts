import { z } from 'zod';
import { accountSchema, fieldIssue, personNameSchema } from './fields.js';
import { ORG_KINDS, ROLES } from './roles.js';

export const orgSchema = z.object({
  id: z.uuid(),
  kind: z.enum(ORG_KINDS),
  name: z.string(),
  creditCode: z.string().nullable().describe('统一社会信用代码'),
  contactPhone: z.string().nullable(),
  address: z.string().nullable(),
  status: z.enum(['active', 'suspended']),
  memberCount: z.number().int(),
  createdAt: z.string(),
});
export type Org = z.infer<typeof orgSchema>;

const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015: 18 characters, the last a check character over the first 17 (modulo 31). */
export function isValidCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARS.indexOf(code[i]!) * CREDIT_CODE_WEIGHTS[i]!;
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_CHARS[check] === code[17];
}

/** 统一社会信用代码, validated with its GB 32100 check character. */
export const creditCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isValidCreditCode, fieldIssue('CREDIT_CODE_INVALID'));

export const createOrgSchema = z.strictObject({
  kind: z.enum(ORG_KINDS),
  name: z.string().trim().min(2).max(100),
  creditCode: creditCodeSchema.optional(),
  contactPhone: z.string().trim().max(30).optional(),
  address: z.string().trim().max(200).optional(),
});

export const updateOrgSchema = z
  .strictObject({
    name: z.string().trim().min(2).max(100).optional(),
    creditCode: creditCodeSchema.nullable().optional(),
    contactPhone: z.string().trim().max(30).nullable().optional(),
    address: z.string().trim().max(200).nullable().optional(),
    status: z.enum(['active', 'suspended']).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, fieldIssue('EMPTY_UPDATE'));

export const listOrgsQuerySchema = z.strictObject({
  kind: z.enum(ORG_KINDS).optional(),
  q: z.string().trim().max(100).optional(),
});

export const memberSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  mobile: z.string().nullable().describe('masked'),
  email: z.string().nullable(),
  role: z.enum(ROLES),
  createdAt: z.string(),
});
export type Member = z.infer<typeof memberSchema>;

export const addMemberSchema = z.strictObject({
  /** Mobile or email of the person. If nobody has registered it, `name` is required and an account is created with an invitation. */
  account: accountSchema,
  role: z.enum(ROLES),
  name: personNameSchema.optional(),
});

export const publicInstitutionSchema = z.object({ id: z.uuid(), name: z.string() });
