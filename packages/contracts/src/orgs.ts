import { z } from 'zod';
import { accountSchema, personNameSchema } from './fields.js';
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

/** 统一社会信用代码: 18 characters of digits and upper-case letters except I, O, S, V, Z. */
export const creditCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/);

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
  .refine((b) => Object.keys(b).length > 0, { message: 'empty update' });

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
