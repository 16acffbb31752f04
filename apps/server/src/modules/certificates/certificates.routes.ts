import {
  type CertificateSummary,
  certificateDetailSchema,
  certificateListQuerySchema,
  certificateNumberingSchema,
  certificateNumberParamSchema,
  certificatePageSchema,
  certificateSettingsSchema,
  certificateSummarySchema,
  certificateVisibilitySchema,
  certificateZipSchema,
  eligibleCandidatesSchema,
  issueCertificatesResultSchema,
  issueCertificatesSchema,
  jobAcceptedSchema,
  myCertificatesSchema,
  publicCertificateQuerySchema,
  publicCertificateSchema,
  reissueCertificateSchema,
  revokeCertificateSchema,
  signingKeySchema,
  signingKeysSchema,
  VERIFY_MAX_BYTES,
  verifyResultSchema,
} from '@crossskill/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { sendXlsx, toXlsx, type XlsxColumn } from '../../platform/excel.js';
import { type App, access, errorResponses } from '../../platform/http/index.js';
import type { Actor } from './common.js';
import { listSigningKeys, rotateSigningKey } from './credentials/index.js';
import { certificatePdf, registerZipJob, startZip, zipFile } from './files.service.js';
import { eligibleCandidates, issueCertificates, registerIssueJob } from './issue.service.js';
import { lookupCertificate, publicCredential, publicStatusList, verifyCredential } from './public.service.js';
import {
  allCertificates,
  certificateDetail,
  credentialOf,
  listCertificates,
  myCertificates,
  reissueCertificate,
  revokeCertificate,
  setVisibility,
} from './registry.service.js';
import { getSettings, saveSettings } from './settings.service.js';

const tags = ['certificates'];
const publicTags = ['public-verification'];
const errors = {
  ...errorResponses,
  413: errorResponses[400],
  415: errorResponses[400],
  429: errorResponses[400],
  503: errorResponses[400],
};

const admins = access.anyRole('institution_admin', 'platform_admin');
const platformAdmin = access.platformAdmin();
const signedIn = access.authenticated();
/** Public look-ups share the per-IP limiter of the login routes. */
const everyoneLimited = { access: access.public(), authRateLimit: true };

const planParams = z.strictObject({ planId: z.uuid() });
const certParams = z.strictObject({ certificateId: z.uuid() });
const numberParams = z.strictObject({ number: certificateNumberParamSchema });
const listParams = z.strictObject({ listId: z.coerce.number().int().min(1).max(1_000_000) });
const jobParams = z.strictObject({ jobId: z.uuid() });
const credentialJson = z.record(z.string(), z.unknown());

const actorOf = (req: FastifyRequest): Actor => ({ auth: req.auth!, ip: req.ip ?? null, lang: req.lang });
const attachment = (name: string) => `attachment; filename="download"; filename*=UTF-8''${encodeURIComponent(name)}`;

function sendCredential(reply: FastifyReply, number: string, credential: Record<string, unknown>) {
  return reply
    .type('application/json; charset=utf-8')
    .header('content-disposition', attachment(`${number}.credential.json`))
    .send(credential);
}

export function registerCertificateRoutesImpl(app: App, ctx: AppContext): void {
  registerIssueJob();
  registerZipJob();

  // --- numbering settings (platform admin) --------------------------------------------------------------
  app.get(
    '/api/certificates/settings',
    {
      config: { access: platformAdmin },
      schema: {
        tags,
        summary: '证书编号规则 The numbering scheme, with the next number of each level',
        response: { 200: certificateSettingsSchema, ...errors },
      },
    },
    async () => getSettings(ctx.db),
  );

  app.put(
    '/api/certificates/settings',
    {
      config: { access: platformAdmin },
      schema: {
        tags,
        summary: '保存编号规则 Save the scheme (issued numbers never change; audited)',
        body: certificateNumberingSchema,
        response: { 200: certificateSettingsSchema, ...errors },
      },
    },
    async (req) => saveSettings(ctx.db, req.auth!.userId, req.ip ?? null, req.body),
  );

  // --- signing keys (platform admin) ----------------------------------------------------------------------
  app.get(
    '/api/certificates/keys',
    {
      config: { access: platformAdmin },
      schema: {
        tags,
        summary: '签名密钥 The signing keys (active and retired)',
        response: { 200: signingKeysSchema, ...errors },
      },
    },
    async () => ({ items: await listSigningKeys(ctx.db) }),
  );

  app.post(
    '/api/certificates/keys/rotate',
    {
      config: { access: platformAdmin },
      schema: {
        tags,
        summary: '轮换签名密钥 New active key; the old one is retired and still verifies',
        response: { 200: signingKeySchema, ...errors },
      },
    },
    async (req) => rotateSigningKey(ctx, req.auth!.userId, req.ip ?? null),
  );

  // --- issuance -----------------------------------------------------------------------------------------
  app.get(
    '/api/exam-plans/:planId/certificates/eligible',
    {
      config: { access: admins },
      schema: {
        tags,
        summary: '可发证考生 Candidates of a plan with whether they can get a certificate and why not',
        params: planParams,
        response: { 200: eligibleCandidatesSchema, ...errors },
      },
    },
    async (req) => eligibleCandidates(ctx, actorOf(req), req.params.planId),
  );

  app.post(
    '/api/exam-plans/:planId/certificates',
    {
      config: { access: admins },
      schema: {
        tags,
        summary: `发证 Issue certificates: ≤ 20 at once (200), more as a background job (202 {jobId})`,
        params: planParams,
        body: issueCertificatesSchema,
        response: { 200: issueCertificatesResultSchema, 202: jobAcceptedSchema, ...errors },
      },
    },
    async (req, reply) => {
      const out = await issueCertificates(ctx, actorOf(req), req.params.planId, req.body);
      if (out.status === 202) return reply.status(202).send({ jobId: out.jobId });
      return out.result;
    },
  );

  app.post(
    '/api/exam-plans/:planId/certificates/zip',
    {
      config: { access: admins },
      schema: {
        tags,
        summary: '批量下载 A ZIP of the plan’s certificate PDFs, built by a job (202 {jobId}); then GET the result',
        params: planParams,
        body: certificateZipSchema,
        response: { 202: jobAcceptedSchema, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(202).send({ jobId: await startZip(ctx, actorOf(req), req.params.planId, req.body) }),
  );

  app.get(
    '/api/certificates/zips/:jobId',
    {
      config: { access: admins },
      schema: { tags, summary: '下载证书包 The ZIP a job built (its creator)', params: jobParams },
    },
    async (req, reply) => {
      const zip = await zipFile(ctx, actorOf(req), req.params.jobId);
      return reply
        .type('application/zip')
        .header('content-disposition', attachment(zip.fileName))
        .send(Buffer.from(zip.content));
    },
  );

  // --- registry -----------------------------------------------------------------------------------------
  app.get(
    '/api/certificates',
    {
      config: { access: admins },
      schema: {
        tags,
        summary: '证书登记簿 The registry (platform admin: all; institution admin: own organisation)',
        querystring: certificateListQuerySchema,
        response: { 200: certificatePageSchema, ...errors },
      },
    },
    async (req) => listCertificates(ctx, actorOf(req), req.query),
  );

  app.get(
    '/api/certificates.xlsx',
    {
      config: { access: admins },
      schema: {
        tags,
        summary: '导出证书 The registry as Excel (same filters, paging ignored)',
        querystring: certificateListQuerySchema,
      },
    },
    async (req, reply) => {
      const rows = await allCertificates(ctx, actorOf(req), req.query);
      const zh = req.lang === 'zh';
      const columns: XlsxColumn<CertificateSummary>[] = [
        { header: zh ? '证书编号' : 'Number', width: 20, value: (r) => r.number },
        { header: zh ? '姓名' : 'Name', width: 12, value: (r) => r.holderName },
        { header: zh ? '证件号码' : 'ID number', width: 22, value: (r) => r.holderIdMasked },
        { header: zh ? '职业' : 'Occupation', width: 12, value: (r) => r.occupation },
        { header: zh ? '工种' : 'Work type', width: 16, value: (r) => r.workType },
        { header: zh ? '等级' : 'Level', width: 14, value: (r) => r.levelName },
        { header: zh ? '评价机构' : 'Organisation', width: 24, value: (r) => r.orgName },
        { header: zh ? '发证日期' : 'Issued', width: 22, value: (r) => r.issuedAt },
        {
          header: zh ? '状态' : 'Status',
          width: 10,
          value: (r) => (r.status === 'issued' ? (zh ? '有效' : 'valid') : zh ? '已撤销' : 'revoked'),
        },
        { header: zh ? '撤销日期' : 'Revoked', width: 22, value: (r) => r.revokedAt },
        { header: zh ? '撤销原因' : 'Reason', width: 30, value: (r) => r.revokeReason },
      ];
      const xlsx = await toXlsx(zh ? '证书' : 'Certificates', columns, rows);
      return sendXlsx(reply, `${zh ? '证书登记簿' : 'certificates'}.xlsx`, xlsx);
    },
  );

  app.get(
    '/api/certificates/:certificateId',
    {
      config: { access: admins },
      schema: {
        tags,
        summary: '证书详情 A certificate of the registry',
        params: certParams,
        response: { 200: certificateDetailSchema, ...errors },
      },
    },
    async (req) => certificateDetail(ctx, actorOf(req), req.params.certificateId),
  );

  app.get(
    '/api/certificates/:certificateId/pdf',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary: '证书 PDF The certificate (A4 landscape) — its holder or staff of the issuing organisation',
        params: certParams,
      },
    },
    async (req, reply) => {
      const { number, pdf } = await certificatePdf(ctx, actorOf(req), req.params.certificateId);
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `inline; filename="certificate.pdf"; filename*=UTF-8''${encodeURIComponent(`证书-${number}.pdf`)}`,
        )
        .send(Buffer.from(pdf));
    },
  );

  app.get(
    '/api/certificates/:certificateId/credential',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary: '电子凭证 The signed Open Badges 3.0 credential (JSON) — its holder or staff',
        params: certParams,
        response: { 200: credentialJson, ...errors },
      },
    },
    async (req, reply) => {
      const { number, credential } = await credentialOf(ctx, actorOf(req), req.params.certificateId);
      return sendCredential(reply, number, credential);
    },
  );

  app.post(
    '/api/certificates/:certificateId/revoke',
    {
      config: { access: admins },
      schema: {
        tags,
        summary: '撤销证书 Revoke (reason ≥ 5 characters); published in the status list',
        params: certParams,
        body: revokeCertificateSchema,
        response: { 200: certificateDetailSchema, ...errors },
      },
    },
    async (req) => revokeCertificate(ctx, actorOf(req), req.params.certificateId, req.body.reason),
  );

  app.post(
    '/api/certificates/:certificateId/reissue',
    {
      config: { access: admins },
      schema: {
        tags,
        summary: '补发/换发 Revoke and issue a new certificate (new number) in one step; answers the new one',
        params: certParams,
        body: reissueCertificateSchema,
        response: { 200: certificateDetailSchema, ...errors },
      },
    },
    async (req) => reissueCertificate(ctx, actorOf(req), req.params.certificateId, req.body.reason),
  );

  // --- holder -------------------------------------------------------------------------------------------
  app.get(
    '/api/my/certificates',
    {
      config: { access: signedIn },
      schema: { tags, summary: '我的证书 My certificates', response: { 200: myCertificatesSchema, ...errors } },
    },
    async (req) => myCertificates(ctx, actorOf(req)),
  );

  app.put(
    '/api/my/certificates/:certificateId/visibility',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary: '公开电子凭证 Let anyone download my credential by number (or stop it)',
        params: certParams,
        body: certificateVisibilitySchema,
        response: { 200: certificateSummarySchema, ...errors },
      },
    },
    async (req) => setVisibility(ctx, actorOf(req), req.params.certificateId, req.body.credentialPublic),
  );

  // --- public -------------------------------------------------------------------------------------------
  app.get(
    '/api/public/certificates/:number',
    {
      config: everyoneLimited,
      schema: {
        tags: publicTags,
        summary:
          '证书查询 Look a certificate up by number (name masked; ?name= full name must match). Never shows the ID number',
        params: numberParams,
        querystring: publicCertificateQuerySchema,
        response: { 200: publicCertificateSchema, ...errors },
      },
    },
    async (req) => lookupCertificate(ctx, req.params.number, req.query.name),
  );

  app.get(
    '/api/public/certificates/:number/credential',
    {
      config: everyoneLimited,
      schema: {
        tags: publicTags,
        summary: '下载公开凭证 The signed credential JSON, when its holder made it public',
        params: numberParams,
        response: { 200: credentialJson, ...errors },
      },
    },
    async (req, reply) => {
      const { number, credential } = await publicCredential(ctx, req.params.number);
      return sendCredential(reply, number, credential);
    },
  );

  app.post(
    '/api/public/verify',
    {
      config: everyoneLimited,
      bodyLimit: VERIFY_MAX_BYTES,
      schema: {
        tags: publicTags,
        summary: '核验电子凭证 Verify a credential JSON (≤ 64 KiB): valid / revoked / tampered / not_found',
        body: z.unknown(),
        response: { 200: verifyResultSchema, ...errors },
      },
    },
    async (req) => verifyCredential(ctx, req.body, req.lang),
  );

  app.get(
    '/api/public/status-lists/:listId',
    {
      config: { access: access.public() },
      schema: {
        tags: publicTags,
        summary: '吊销状态列表 The signed Bitstring Status List credential (revocation)',
        params: listParams,
        response: { 200: credentialJson, ...errors },
      },
    },
    async (req, reply) => {
      const list = await publicStatusList(ctx, req.params.listId);
      return reply.header('cache-control', 'public, max-age=60').type('application/json; charset=utf-8').send(list);
    },
  );
}
