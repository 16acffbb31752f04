import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { examPlans, examRegistrations } from '../exams/exams.tables.js';
import { users } from '../identity/identity.tables.js';
import { organizations } from '../orgs/orgs.tables.js';
import { standardVersions } from '../standards/standards.tables.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

const CERTIFICATE_STATUS_ENUM = ['issued', 'revoked'] as const;

/**
 * The certificate numbering scheme (one row, id = 1): prefix, separator, year, level and sequence width;
 * a check character (ISO/IEC 7064 MOD 37,36) is always appended.
 */
export const certificateSettings = pgTable('certificate_settings', {
  id: smallint('id').primaryKey(),
  prefix: text('prefix').notNull(),
  separator: text('separator').notNull(),
  includeYear: boolean('include_year').notNull(),
  includeLevel: boolean('include_level').notNull(),
  sequenceDigits: smallint('sequence_digits').notNull(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
});

/** Named counters (certificate sequences per prefix/year/level, status-list slots): `next` is handed out and bumped. */
export const certificateCounters = pgTable('certificate_counters', {
  key: text('key').primaryKey(),
  next: integer('next').notNull(),
});

/**
 * The platform's Ed25519 signing keys. Only the public half is here; the secret half is a file in
 * DATA_DIR/secrets/signing-keys (mode 0600) or comes from CERT_SIGNING_KEY. Retired keys still verify.
 */
export const signingKeys = pgTable('signing_keys', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** did:key:z6Mk… — also the credential issuer's id while this key signs. */
  controller: text('controller').notNull().unique(),
  /** did:key:z6Mk…#z6Mk… */
  verificationMethod: text('verification_method').notNull().unique(),
  publicKeyMultibase: text('public_key_multibase').notNull(),
  /** 'file' or 'env' */
  source: text('source').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
  retiredAt: ts('retired_at'),
});

/** A Bitstring Status List (131,072 entries) for revocation, served signed at a public URL. */
export const certificateStatusLists = pgTable('certificate_status_lists', {
  id: integer('id').primaryKey(),
  size: integer('size').notNull(),
  /** The last signed BitstringStatusListCredential; null when a revocation made it stale. */
  credential: jsonb('credential').$type<Record<string, unknown>>(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** An issued certificate (职业技能等级证书): the registry entry, its signed credential and its revocation. */
export const certificates = pgTable(
  'certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => examPlans.id, { onDelete: 'restrict' }),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => examRegistrations.id, { onDelete: 'restrict' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    /** Snapshots at issue: what the certificate says even if the account changes later. */
    holderName: text('holder_name').notNull(),
    holderIdMasked: text('holder_id_masked'),
    occupation: text('occupation').notNull(),
    occupationCode: text('occupation_code').notNull(),
    workType: text('work_type'),
    level: smallint('level').notNull(),
    levelName: text('level_name').notNull(),
    standardVersionId: uuid('standard_version_id')
      .notNull()
      .references(() => standardVersions.id, { onDelete: 'restrict' }),
    standardVersionLabel: text('standard_version_label').notNull(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    orgName: text('org_name').notNull(),
    issuedAt: ts('issued_at').notNull().defaultNow(),
    issuedBy: uuid('issued_by').references(() => users.id, { onDelete: 'set null' }),
    /** The holder's photo at issue (JPEG or PNG), printed on the PDF. */
    photo: bytea('photo'),
    photoMime: text('photo_mime'),
    status: text('status', { enum: CERTIFICATE_STATUS_ENUM }).notNull().default('issued'),
    revokedAt: ts('revoked_at'),
    revokedBy: uuid('revoked_by').references(() => users.id, { onDelete: 'set null' }),
    revokeReason: text('revoke_reason'),
    /** Reissue (补发/换发): the certificate this one replaces (which is revoked). */
    replacesId: uuid('replaces_id'),
    statusListId: integer('status_list_id')
      .notNull()
      .references(() => certificateStatusLists.id, { onDelete: 'restrict' }),
    statusListIndex: integer('status_list_index').notNull(),
    /** The signed OpenBadgeCredential (VC 2.0, eddsa-rdfc-2022). */
    credential: jsonb('credential').$type<Record<string, unknown>>().notNull(),
    signingKeyId: uuid('signing_key_id')
      .notNull()
      .references(() => signingKeys.id, { onDelete: 'restrict' }),
    /** The holder lets anyone download the credential JSON by number. */
    credentialPublic: boolean('credential_public').notNull().default(false),
  },
  (t) => [
    unique('certificates_status_slot').on(t.statusListId, t.statusListIndex),
    index('certificates_plan_idx').on(t.planId, t.issuedAt),
    index('certificates_user_idx').on(t.userId),
    // one valid certificate per registration (a reissue revokes the old one in the same transaction)
    uniqueIndex('certificates_one_issued_per_registration').on(t.registrationId).where(sql`status = 'issued'`),
    index('certificates_org_idx').on(t.orgId, t.issuedAt),
  ],
);

/** The result of a ZIP job (the PDFs of a plan's certificates), downloaded by the job's creator. */
export const certificateZips = pgTable('certificate_zips', {
  jobId: uuid('job_id').primaryKey(),
  planId: uuid('plan_id')
    .notNull()
    .references(() => examPlans.id, { onDelete: 'cascade' }),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  fileName: text('file_name').notNull(),
  count: integer('count').notNull(),
  content: bytea('content').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});
