import { z } from 'zod';
import {
  accountSchema,
  emailSchema,
  fieldIssue,
  idNumberSchema,
  mobileSchema,
  passwordSchema,
  personNameSchema,
} from './fields.js';
import { ORG_KINDS, ROLES } from './roles.js';

export const registerBodySchema = z
  .strictObject({
    name: personNameSchema,
    mobile: mobileSchema.optional(),
    email: emailSchema.optional(),
    password: passwordSchema,
    idNumber: idNumberSchema.optional(),
    /** Join this training institution as a trainee. */
    institutionId: z.uuid().optional(),
  })
  .refine((b) => b.mobile || b.email, { ...fieldIssue('CONTACT_REQUIRED'), path: ['mobile'] });
export type RegisterBody = z.infer<typeof registerBodySchema>;

export const loginBodySchema = z.strictObject({
  account: accountSchema,
  password: z.string().min(1).max(128),
  /** web: a session cookie (default); app: a bearer token in the response for apps and API clients. */
  client: z.enum(['web', 'app']).default('web'),
});
export type LoginBody = z.input<typeof loginBodySchema>;

export const passwordResetRequestSchema = z.strictObject({ account: accountSchema });
export const passwordResetConfirmSchema = z.strictObject({
  account: accountSchema,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
  newPassword: passwordSchema,
});

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string().min(1).max(128),
  newPassword: passwordSchema,
});

export const userSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  mobile: z.string().nullable().describe('masked unless it is the caller'),
  email: z.string().nullable(),
  idNumberMasked: z.string().nullable(),
  status: z.enum(['active', 'disabled']),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const membershipSchema = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  orgKind: z.enum(ORG_KINDS),
  role: z.enum(ROLES),
});
export type Membership = z.infer<typeof membershipSchema>;

export const meSchema = z.object({
  user: userSchema,
  memberships: z.array(membershipSchema),
  roles: z.array(z.enum(ROLES)),
});
export type Me = z.infer<typeof meSchema>;

export const loginResponseSchema = meSchema.extend({
  token: z.string().optional().describe('bearer token, only for client "app"'),
  expiresAt: z.string(),
});

export const updateProfileSchema = z
  .strictObject({
    name: personNameSchema.optional(),
    mobile: mobileSchema.nullable().optional(),
    email: emailSchema.nullable().optional(),
    idNumber: idNumberSchema.nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, fieldIssue('EMPTY_UPDATE'));

export const sessionSchema = z.object({
  id: z.uuid(),
  kind: z.enum(['cookie', 'bearer']),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  current: z.boolean(),
});
export type Session = z.infer<typeof sessionSchema>;

/** A user as the platform admin's user list shows it. */
export const adminUserSchema = userSchema.extend({
  lockedUntil: z.string().nullable(),
  roles: z.array(z.enum(ROLES)),
});
export type AdminUser = z.infer<typeof adminUserSchema>;
