import { z } from 'zod';

/**
 * Certificates (职业技能等级证书), public verification and signing keys — owned by modules/certificates
 * (docs/API-CERTIFICATES.md): numbering settings, eligibility, issuance (single and batch jobs), the registry,
 * PDFs and ZIP batches, revocation and reissue, the holder's own certificates, the public lookup and verify API,
 * signing keys, and the user's ID photo (`/api/me/photo`).
 */

export const CERTIFICATE_STATUSES = ['issued', 'revoked'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/** Most certificates one request may name (and the size of the largest batch job). */
export const CERTIFICATE_BATCH_MAX = 10_000;
/** Up to this many certificates are issued inside the request; more go to a background job (202). */
export const CERTIFICATE_SYNC_MAX = 20;
/** Largest ID photo accepted by PUT /api/me/photo. */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;
export const PHOTO_MIME_TYPES = ['image/jpeg', 'image/png'] as const;

// ---------------------------------------------------------------------------------------------------------
// Numbering (证书编号规则)

export const CERTIFICATE_SEPARATORS = ['', '-'] as const;

/** PUT /api/certificates/settings — the scheme for numbers issued from now on (issued numbers never change). */
export const certificateNumberingSchema = z.strictObject({
  /** 1–8 capital letters or digits, e.g. CS. */
  prefix: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{1,8}$/),
  /** Between prefix, year, level and sequence: none or '-'. The check character follows the sequence directly. */
  separator: z.enum(CERTIFICATE_SEPARATORS),
  includeYear: z.boolean(),
  includeLevel: z.boolean(),
  /** Width of the zero-padded sequence (per prefix / year / level). */
  sequenceDigits: z.number().int().min(4).max(10),
});
export type CertificateNumbering = z.infer<typeof certificateNumberingSchema>;

/** GET/PUT /api/certificates/settings */
export const certificateSettingsSchema = certificateNumberingSchema.extend({
  updatedAt: z.string(),
  /** The next number each level would get today (nothing is reserved). */
  previews: z.array(z.object({ level: z.number().int(), number: z.string() })),
});
export type CertificateSettings = z.infer<typeof certificateSettingsSchema>;

/** A certificate number as typed by someone: letters, digits and '-', case-insensitive. */
export const certificateNumberParamSchema = z
  .string()
  .trim()
  .min(4)
  .max(40)
  .regex(/^[A-Za-z0-9-]+$/)
  .transform((s) => s.toUpperCase());

// ---------------------------------------------------------------------------------------------------------
// Eligibility and issuance

/** Why a candidate of a plan cannot get a certificate (now). */
export const CERTIFICATE_INELIGIBLE_REASONS = [
  /** results of the plan are not published */
  'not_published',
  /** the candidate did not pass */
  'not_passed',
  /** the appeal window (复核期) is still open */
  'appeal_window_open',
  /** an appeal of this candidate is submitted/assigned */
  'appeal_open',
  /** a valid certificate exists */
  'already_issued',
] as const;
export type CertificateIneligibleReason = (typeof CERTIFICATE_INELIGIBLE_REASONS)[number];

export const eligibleCandidateSchema = z.object({
  registrationId: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  idNumberMasked: z.string().nullable(),
  passed: z.boolean().nullable(),
  eligible: z.boolean(),
  reason: z.enum(CERTIFICATE_INELIGIBLE_REASONS).nullable(),
  /** The reason in the caller's language. */
  reasonMessage: z.string().nullable(),
  /** The valid certificate of this registration, if any. */
  certificateId: z.uuid().nullable(),
  certificateNumber: z.string().nullable(),
  hasPhoto: z.boolean(),
});
export type EligibleCandidate = z.infer<typeof eligibleCandidateSchema>;

/** GET /api/exam-plans/:planId/certificates/eligible */
export const eligibleCandidatesSchema = z.object({
  planId: z.uuid(),
  planName: z.string(),
  publishedAt: z.string().nullable(),
  appealUntil: z.string().nullable(),
  eligibleCount: z.number().int(),
  issuedCount: z.number().int(),
  items: z.array(eligibleCandidateSchema),
});
export type EligibleCandidates = z.infer<typeof eligibleCandidatesSchema>;

/** POST /api/exam-plans/:planId/certificates — named registrations, or every eligible candidate (`all: true`). */
export const issueCertificatesSchema = z.union([
  z.strictObject({ registrationIds: z.array(z.uuid()).min(1).max(CERTIFICATE_BATCH_MAX) }),
  z.strictObject({ all: z.literal(true) }),
]);
export type IssueCertificates = z.infer<typeof issueCertificatesSchema>;

/** What a batch job returns (GET /api/jobs/:jobId → result) and what a small synchronous issue answers. */
export const issueCertificatesResultSchema = z.object({
  issued: z.number().int(),
  /** Named registrations that were not eligible (or already had a certificate). */
  skipped: z.array(z.object({ registrationId: z.uuid(), reason: z.enum(CERTIFICATE_INELIGIBLE_REASONS) })),
  firstNumber: z.string().nullable(),
  lastNumber: z.string().nullable(),
  /** Ids of the certificates issued (synchronous answers only; empty in job results). */
  certificateIds: z.array(z.uuid()),
});
export type IssueCertificatesResult = z.infer<typeof issueCertificatesResultSchema>;

/** Larger batches answer 202 with `jobAcceptedSchema` (exam-plans-api) = { jobId }. */

// ---------------------------------------------------------------------------------------------------------
// Registry

export const certificateSummarySchema = z.object({
  id: z.uuid(),
  number: z.string(),
  planId: z.uuid(),
  registrationId: z.uuid(),
  userId: z.uuid(),
  holderName: z.string(),
  holderIdMasked: z.string().nullable(),
  occupation: z.string(),
  occupationCode: z.string(),
  workType: z.string().nullable(),
  level: z.number().int(),
  levelName: z.string(),
  standardVersionLabel: z.string(),
  orgId: z.uuid(),
  orgName: z.string(),
  issuedAt: z.string(),
  status: z.enum(CERTIFICATE_STATUSES),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
  replacesId: z.uuid().nullable(),
  credentialPublic: z.boolean(),
  hasPhoto: z.boolean(),
  /** `${PUBLIC_URL}/verify/<number>` — what the QR code on the PDF encodes. */
  verifyUrl: z.string(),
});
export type CertificateSummary = z.infer<typeof certificateSummarySchema>;

/** GET /api/certificates/:certificateId (staff) */
export const certificateDetailSchema = certificateSummarySchema.extend({
  planName: z.string(),
  issuedByName: z.string().nullable(),
  revokedByName: z.string().nullable(),
  /** The certificate that replaced this one (reissue), if any. */
  replacedById: z.uuid().nullable(),
  replacedByNumber: z.string().nullable(),
  replacesNumber: z.string().nullable(),
  statusListId: z.number().int(),
  statusListIndex: z.number().int(),
  signingKeyId: z.uuid(),
});
export type CertificateDetail = z.infer<typeof certificateDetailSchema>;

/** GET /api/certificates and GET /api/certificates.xlsx */
export const certificateListQuerySchema = z.strictObject({
  planId: z.uuid().optional(),
  status: z.enum(CERTIFICATE_STATUSES).optional(),
  /** Prefix of the number (case-insensitive). */
  number: z.string().trim().max(40).optional(),
  /** Part of the holder's name. */
  holderName: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type CertificateListQuery = z.input<typeof certificateListQuerySchema>;

export const certificatePageSchema = z.object({
  items: z.array(certificateSummarySchema),
  total: z.number().int(),
});
export type CertificatePage = z.infer<typeof certificatePageSchema>;

/** POST /api/certificates/:certificateId/revoke */
export const revokeCertificateSchema = z.strictObject({ reason: z.string().trim().min(5).max(500) });
/** POST /api/certificates/:certificateId/reissue — the old one is revoked with '补发/换发：<reason>'. */
export const reissueCertificateSchema = z.strictObject({ reason: z.string().trim().min(2).max(500) });

/** POST /api/exam-plans/:planId/certificates/zip — the plan's certificates (all, or the named ones). → 202 {jobId} */
export const certificateZipSchema = z.strictObject({
  certificateIds: z.array(z.uuid()).min(1).max(CERTIFICATE_BATCH_MAX).optional(),
  /** Include revoked certificates (default: only valid ones). */
  includeRevoked: z.boolean().default(false),
});
/** The ZIP job's result: download it from GET /api/certificates/zips/:jobId. */
export const certificateZipResultSchema = z.object({
  count: z.number().int(),
  bytes: z.number().int(),
  fileName: z.string(),
  downloadUrl: z.string(),
});

// ---------------------------------------------------------------------------------------------------------
// Holder

/** GET /api/my/certificates */
export const myCertificatesSchema = z.object({ items: z.array(certificateSummarySchema) });
/** PUT /api/my/certificates/:certificateId/visibility */
export const certificateVisibilitySchema = z.strictObject({ credentialPublic: z.boolean() });

// ---------------------------------------------------------------------------------------------------------
// Public (no login)

/** GET /api/public/certificates/:number?name= */
export const publicCertificateQuerySchema = z.strictObject({
  /** The holder's full name; when it matches exactly the answer shows it unmasked, otherwise 404. */
  name: z.string().trim().min(1).max(50).optional(),
});

export const publicCertificateSchema = z.object({
  status: z.enum(['valid', 'revoked']),
  number: z.string(),
  /** Masked (张*三) unless `name` matched. */
  holderName: z.string(),
  /** null when no name was given. */
  nameMatches: z.boolean().nullable(),
  occupation: z.string(),
  occupationCode: z.string(),
  workType: z.string().nullable(),
  level: z.number().int(),
  levelName: z.string(),
  standardVersionLabel: z.string(),
  orgName: z.string(),
  issuedAt: z.string(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
  /** The holder lets anyone download the signed credential. */
  credentialPublic: z.boolean(),
  verifyUrl: z.string(),
});
export type PublicCertificate = z.infer<typeof publicCertificateSchema>;

export const VERIFY_VERDICTS = ['valid', 'revoked', 'tampered', 'not_found'] as const;
export type VerifyVerdict = (typeof VERIFY_VERDICTS)[number];

/** POST /api/public/verify — body: the credential JSON (≤ 64 KiB). */
export const verifyResultSchema = z.object({
  verdict: z.enum(VERIFY_VERDICTS),
  checks: z.array(z.object({ code: z.string(), ok: z.boolean(), message: z.string() })),
  certificate: publicCertificateSchema.nullable(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
});
export type VerifyResult = z.infer<typeof verifyResultSchema>;

/** Body limit of POST /api/public/verify. */
export const VERIFY_MAX_BYTES = 64 * 1024;

// ---------------------------------------------------------------------------------------------------------
// Signing keys (platform admin)

export const signingKeySchema = z.object({
  id: z.uuid(),
  controller: z.string(),
  verificationMethod: z.string(),
  publicKeyMultibase: z.string(),
  source: z.enum(['file', 'env']),
  createdAt: z.string(),
  retiredAt: z.string().nullable(),
  active: z.boolean(),
});
export type SigningKey = z.infer<typeof signingKeySchema>;
export const signingKeysSchema = z.object({ items: z.array(signingKeySchema) });

// ---------------------------------------------------------------------------------------------------------
// ID photo (证件照) — /api/me/photo

/** PUT /api/me/photo answers (and GET /api/me/photo/info). The body of PUT is the raw JPEG or PNG. */
export const userPhotoInfoSchema = z.object({
  mime: z.enum(PHOTO_MIME_TYPES),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  updatedAt: z.string(),
});
export type UserPhotoInfo = z.infer<typeof userPhotoInfoSchema>;
