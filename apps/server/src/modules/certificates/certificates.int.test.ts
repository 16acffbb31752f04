import { OCCUPATION } from '@crossskill/standards';
import { and, count, eq } from 'drizzle-orm';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueJobs } from '../../platform/jobs/index.js';
import { extractPdfText } from '../../platform/pdf/index.js';
import { createOrg, createUser, loginUser } from '../../test/factories.js';
import { anonymous, type Credentials, call, startTestServer, type TestServer } from '../../test/harness.js';
import { auditLog } from '../audit/audit.tables.js';
import { users } from '../identity/identity.tables.js';
import { resultAppeals } from '../results/results.tables.js';
import { createFinishedPlan, type FinishedPlan } from '../results/testing/finished-plan.js';
import { certificateStatusLists, certificates } from './certificates.tables.js';
import { signCertificateCredentials } from './credentials/index.js';
import { runIssueJob } from './issue.service.js';
import { validateNumber } from './numbering.js';

let server: TestServer;
let plan: FinishedPlan;
let openPlan: FinishedPlan;
let platformAdmin: Credentials;
let otherAdmin: Credentials;
const ID_MASKED = '1101**********002X';

function photoPng(width = 60, height = 80): Buffer {
  const png = new PNG({ width, height });
  for (let i = 0; i < png.data.length; i += 4) {
    png.data[i] = 200;
    png.data[i + 1] = 220;
    png.data[i + 2] = 250;
    png.data[i + 3] = 255;
  }
  return PNG.sync.write(png);
}

const putPhoto = (as: Credentials, body: Buffer, type = 'image/png') =>
  server.app.inject({
    method: 'PUT',
    url: '/api/me/photo',
    headers: {
      'content-type': type,
      ...(as.kind === 'cookie'
        ? { cookie: `cs_session=${as.session}; cs_csrf=${as.csrf}`, 'x-csrf-token': as.csrf }
        : {}),
    },
    payload: body,
  });

const events = async (event: string) =>
  (await server.ctx.db.select({ n: count() }).from(auditLog).where(eq(auditLog.event, event)))[0]!.n;

beforeAll(async () => {
  server = await startTestServer({ authRateLimitPerMinute: 10_000 });
  const platformOrg = await createOrg(server, 'platform');
  platformAdmin = await loginUser(
    server,
    await createUser(server, { roles: [{ orgId: platformOrg.id, role: 'platform_admin' }] }),
  );
  const otherInstitution = await createOrg(server, 'institution');
  otherAdmin = await loginUser(
    server,
    await createUser(server, { roles: [{ orgId: otherInstitution.id, role: 'institution_admin' }] }),
  );
  // 22 pass, #22 fails, #23 passes but has an open appeal.
  const candidates = Array.from({ length: 24 }, (_, i) => ({ theory: i === 22 ? 50 : 80, skill: 75 }));
  plan = await createFinishedPlan(server, { candidates, publish: { appealUntil: new Date(Date.now() - 3_600_000) } });
  openPlan = await createFinishedPlan(server, {
    candidates: [{ theory: 90, skill: 90 }],
    publish: { appealUntil: new Date(Date.now() + 7 * 86_400_000) },
  });
  const appealing = plan.candidates[23]!;
  await server.ctx.db.insert(resultAppeals).values({
    registrationId: appealing.registrationId,
    planId: plan.planId,
    userId: appealing.user.id,
    component: 'skill',
    reason: '对技能考核成绩有异议',
  });
  await server.ctx.db
    .update(users)
    .set({ name: '张小三', idNumberMasked: ID_MASKED })
    .where(eq(users.id, plan.candidates[0]!.user.id));
}, 180_000);

afterAll(async () => {
  await server?.close();
});

describe('ID photo', () => {
  it('stores a real JPEG/PNG, refuses other bytes (415) and files over 2 MB (413), and deletes', async () => {
    const me = plan.candidates[0]!.creds;
    const ok = await putPhoto(me, photoPng());
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ mime: 'image/png', width: 60, height: 80 });
    const fake = await putPhoto(me, Buffer.from('\x89PNG\r\n\x1a\nnot really a png at all, just text.....'));
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.code).toBe('PHOTO_INVALID');
    const text = await putPhoto(me, Buffer.from('hello'), 'text/plain');
    expect(text.statusCode).toBe(415);
    const big = await putPhoto(me, Buffer.alloc(2 * 1024 * 1024 + 10, 1));
    expect(big.statusCode).toBe(413);
    const got = await call(server, me, { method: 'GET', url: '/api/me/photo' });
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('image/png');
    expect((await call(server, me, { method: 'GET', url: '/api/me/photo/info' })).json().width).toBe(60);
    const other = plan.candidates[1]!.creds;
    expect((await putPhoto(other, photoPng())).statusCode).toBe(200);
    expect((await call(server, other, { method: 'DELETE', url: '/api/me/photo' })).statusCode).toBe(200);
    expect((await call(server, other, { method: 'GET', url: '/api/me/photo' })).statusCode).toBe(404);
    expect(await events('user.photo_updated')).toBeGreaterThanOrEqual(3);
  });
});

describe('eligibility and issuance', () => {
  it('lists the candidates with the reason when they cannot get a certificate', async () => {
    const res = await call(server, plan.admin.creds, {
      method: 'GET',
      url: `/api/exam-plans/${plan.planId}/certificates/eligible`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.items).toHaveLength(24);
    expect(body.eligibleCount).toBe(22);
    const byReg = new Map(body.items.map((c: { registrationId: string }) => [c.registrationId, c]));
    expect(byReg.get(plan.candidates[22]!.registrationId)).toMatchObject({ eligible: false, reason: 'not_passed' });
    expect(byReg.get(plan.candidates[23]!.registrationId)).toMatchObject({ eligible: false, reason: 'appeal_open' });
    const open = await call(server, openPlan.admin.creds, {
      method: 'GET',
      url: `/api/exam-plans/${openPlan.planId}/certificates/eligible`,
    });
    expect(open.json().items[0]).toMatchObject({ eligible: false, reason: 'appeal_window_open' });
    expect(open.json().items[0].reasonMessage).toContain('复核期未结束');
  });

  it('refuses a candidate who is not eligible, with the reason', async () => {
    const failing = await call(server, plan.admin.creds, {
      method: 'POST',
      url: `/api/exam-plans/${plan.planId}/certificates`,
      body: { registrationIds: [plan.candidates[22]!.registrationId] },
    });
    expect(failing.statusCode).toBe(409);
    expect(failing.json().error.code).toBe('CERTIFICATE_NOT_ELIGIBLE');
    expect(failing.json().error.message).toContain('不合格');
    const windowOpen = await call(server, openPlan.admin.creds, {
      method: 'POST',
      url: `/api/exam-plans/${openPlan.planId}/certificates`,
      body: { registrationIds: [openPlan.candidates[0]!.registrationId] },
    });
    expect(windowOpen.statusCode).toBe(409);
    expect(windowOpen.json().error.message).toContain('复核期');
  });

  it('issues one certificate with number, snapshots, photo and a signed credential (audited)', async () => {
    const c0 = plan.candidates[0]!;
    const res = await call(server, plan.admin.creds, {
      method: 'POST',
      url: `/api/exam-plans/${plan.planId}/certificates`,
      body: { registrationIds: [c0.registrationId] },
    });
    expect(res.statusCode, res.body).toBe(200);
    const out = res.json();
    expect(out.issued).toBe(1);
    expect(out.firstNumber).toMatch(/^CS\d{4}4\d{6}[0-9A-Z]$/);
    expect(validateNumber(out.firstNumber)).toBe(true);
    const detail = await call(server, plan.admin.creds, {
      method: 'GET',
      url: `/api/certificates/${out.certificateIds[0]}`,
    });
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json()).toMatchObject({
      number: out.firstNumber,
      holderName: '张小三',
      holderIdMasked: ID_MASKED,
      occupation: OCCUPATION.name,
      occupationCode: OCCUPATION.code,
      workType: '跨境电子商务师',
      level: 4,
      levelName: '四级/中级工',
      status: 'issued',
      hasPhoto: true,
      statusListId: 1,
    });
    expect(await events('certificate.issued')).toBe(1);
    const again = await call(server, plan.admin.creds, {
      method: 'POST',
      url: `/api/exam-plans/${plan.planId}/certificates`,
      body: { registrationIds: [c0.registrationId] },
    });
    expect(again.statusCode).toBe(409);
  });

  it('issues the rest as a background job with progress, and a retried job issues nothing twice', async () => {
    const res = await call(server, plan.admin.creds, {
      method: 'POST',
      url: `/api/exam-plans/${plan.planId}/certificates`,
      body: { all: true },
    });
    expect(res.statusCode, res.body).toBe(202);
    const jobId = res.json().jobId;
    await runDueJobs(server.ctx);
    const job = await call(server, plan.admin.creds, { method: 'GET', url: `/api/jobs/${jobId}` });
    expect(job.json()).toMatchObject({ status: 'succeeded', progress: 1, done: 21, total: 21 });
    expect(job.json().result).toMatchObject({ issued: 21 });
    expect(await events('certificate.batch_issued')).toBe(1);
    const ids = plan.candidates.slice(0, 22).map((c) => c.registrationId);
    const retry = await runIssueJob(
      server.ctx,
      { planId: plan.planId, registrationIds: ids, actorId: plan.admin.user.id, ip: null },
      async () => {},
    );
    expect(retry.issued).toBe(0);
    expect(retry.skipped.every((s) => s.reason === 'already_issued')).toBe(true);
    const [n] = await server.ctx.db
      .select({ n: count() })
      .from(certificates)
      .where(eq(certificates.planId, plan.planId));
    expect(n!.n).toBe(22);
    const numbers = (
      await server.ctx.db
        .select({ number: certificates.number })
        .from(certificates)
        .where(eq(certificates.planId, plan.planId))
    ).map((r) => r.number);
    expect(new Set(numbers).size).toBe(22);
    expect(numbers.every(validateNumber)).toBe(true);
  });
});

async function certOf(index: number) {
  const [row] = await server.ctx.db
    .select()
    .from(certificates)
    .where(
      and(eq(certificates.registrationId, plan.candidates[index]!.registrationId), eq(certificates.status, 'issued')),
    );
  return row!;
}

describe('registry, access and files', () => {
  it('lists and filters for the organisation’s admin and the platform admin, not for another institution', async () => {
    const mine = await call(server, plan.admin.creds, {
      method: 'GET',
      url: `/api/certificates?planId=${plan.planId}&pageSize=5`,
    });
    expect(mine.json().total).toBe(22);
    expect(mine.json().items).toHaveLength(5);
    const byName = await call(server, plan.admin.creds, {
      method: 'GET',
      url: `/api/certificates?holderName=${encodeURIComponent('小三')}`,
    });
    expect(byName.json().items.map((c: { holderName: string }) => c.holderName)).toEqual(['张小三']);
    const all = await call(server, platformAdmin, { method: 'GET', url: `/api/certificates?planId=${plan.planId}` });
    expect(all.json().total).toBe(22);
    const other = await call(server, otherAdmin, { method: 'GET', url: `/api/certificates?planId=${plan.planId}` });
    expect(other.json().total).toBe(0);
    const c = await certOf(0);
    expect((await call(server, otherAdmin, { method: 'GET', url: `/api/certificates/${c.id}` })).statusCode).toBe(404);
    expect(
      (await call(server, otherAdmin, { method: 'GET', url: `/api/exam-plans/${plan.planId}/certificates/eligible` }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await call(server, plan.lecturer.creds, {
          method: 'GET',
          url: `/api/exam-plans/${plan.planId}/certificates/eligible`,
        })
      ).statusCode,
    ).toBe(403);
    const xlsx = await call(server, plan.admin.creds, {
      method: 'GET',
      url: `/api/certificates.xlsx?planId=${plan.planId}`,
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('renders the PDF (A4 landscape, Chinese text, photo) for its holder and staff only', async () => {
    const c = await certOf(0);
    const res = await call(server, plan.candidates[0]!.creds, { method: 'GET', url: `/api/certificates/${c.id}/pdf` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.length).toBeLessThan(200_000);
    const text = (await extractPdfText(res.rawPayload)).join('\n');
    for (const s of [
      '职业技能等级证书',
      'Vocational Skill Level Certificate',
      '张小三',
      c.number,
      '四级/中级工',
      ID_MASKED,
    ]) {
      expect(text).toContain(s);
    }
    expect(text).toContain(`/verify/${c.number}`);
    const stranger = await call(server, plan.candidates[5]!.creds, {
      method: 'GET',
      url: `/api/certificates/${c.id}/pdf`,
    });
    expect(stranger.statusCode).toBe(404);
    const staff = await call(server, plan.lecturer.creds, { method: 'GET', url: `/api/certificates/${c.id}/pdf` });
    expect(staff.statusCode).toBe(200);
  });

  it('zips the plan’s PDFs in a job and lets its creator download them', async () => {
    const res = await call(server, plan.admin.creds, {
      method: 'POST',
      url: `/api/exam-plans/${plan.planId}/certificates/zip`,
      body: { certificateIds: [(await certOf(0)).id, (await certOf(1)).id] },
    });
    expect(res.statusCode, res.body).toBe(202);
    const jobId = res.json().jobId;
    await runDueJobs(server.ctx);
    const job = (await call(server, plan.admin.creds, { method: 'GET', url: `/api/jobs/${jobId}` })).json();
    expect(job).toMatchObject({ status: 'succeeded', result: { count: 2 } });
    const zip = await call(server, plan.admin.creds, { method: 'GET', url: job.result.downloadUrl });
    expect(zip.statusCode).toBe(200);
    expect(zip.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await call(server, platformAdmin, { method: 'GET', url: job.result.downloadUrl })).statusCode).toBe(200);
    expect((await call(server, otherAdmin, { method: 'GET', url: job.result.downloadUrl })).statusCode).toBe(404);
  });

  it('shows the holder their certificates and lets them publish the credential (audited)', async () => {
    const me = plan.candidates[0]!.creds;
    const mine = await call(server, me, { method: 'GET', url: '/api/my/certificates' });
    expect(mine.json().items).toHaveLength(1);
    const c = mine.json().items[0];
    expect(c.verifyUrl).toBe(`${server.ctx.config.publicUrl}/verify/${c.number}`);
    const before = await call(server, anonymous, {
      method: 'GET',
      url: `/api/public/certificates/${c.number}/credential`,
    });
    expect(before.statusCode).toBe(404);
    expect(before.json().error.code).toBe('CERTIFICATE_CREDENTIAL_NOT_PUBLIC');
    const stranger = await call(server, plan.candidates[3]!.creds, {
      method: 'PUT',
      url: `/api/my/certificates/${c.id}/visibility`,
      body: { credentialPublic: true },
    });
    expect(stranger.statusCode).toBe(404);
    const put = await call(server, me, {
      method: 'PUT',
      url: `/api/my/certificates/${c.id}/visibility`,
      body: { credentialPublic: true },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().credentialPublic).toBe(true);
    expect(await events('certificate.visibility_changed')).toBe(1);
    const after = await call(server, anonymous, {
      method: 'GET',
      url: `/api/public/certificates/${c.number}/credential`,
    });
    expect(after.statusCode).toBe(200);
    expect(after.headers['content-disposition']).toContain('attachment');
    expect(after.json().credentialSubject.licenseNumber ?? after.json().credentialSubject).toBeTruthy();
    expect(after.body).not.toContain(ID_MASKED);
  });
});

describe('public look-up and verification', () => {
  it('shows a masked name, the full name when it matches, and the same 404 for an unknown number or a wrong name', async () => {
    const c = await certOf(0);
    const res = await call(server, anonymous, { method: 'GET', url: `/api/public/certificates/${c.number}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'valid',
      holderName: '张*三',
      nameMatches: null,
      levelName: '四级/中级工',
    });
    expect(res.body).not.toContain('1101');
    expect(res.body).not.toContain(c.id);
    expect(res.body).not.toContain(c.userId);
    expect(res.body).not.toMatch(/idNumber|registrationId|userId/);
    const named = await call(server, anonymous, {
      method: 'GET',
      url: `/api/public/certificates/${c.number.toLowerCase()}?name=${encodeURIComponent('张小三')}`,
    });
    expect(named.json()).toMatchObject({ holderName: '张小三', nameMatches: true });
    const wrongName = await call(server, anonymous, {
      method: 'GET',
      url: `/api/public/certificates/${c.number}?name=${encodeURIComponent('李四')}`,
    });
    // a number with a valid check character that was never issued
    const unknown = c.number.replace(/\d{6}(.)$/, '999999');
    const { checkCharacter } = await import('./numbering.js');
    const unknownNumber = `${unknown.slice(0, -1)}${checkCharacter(unknown.slice(0, -1))}`;
    const missing = await call(server, anonymous, { method: 'GET', url: `/api/public/certificates/${unknownNumber}` });
    expect(wrongName.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    const strip = (b: { error: { requestId?: string } }) => ({ ...b.error, requestId: undefined });
    expect(strip(wrongName.json())).toEqual(strip(missing.json()));
    const typo = `${c.number.slice(0, -2)}${c.number.at(-1)}${c.number.at(-2)}`;
    const bad = await call(server, anonymous, { method: 'GET', url: `/api/public/certificates/${typo}X` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('CERTIFICATE_NUMBER_INVALID');
  });

  it('verifies a credential: valid, one changed character → tampered, unknown to the registry → not_found', async () => {
    const c = await certOf(2);
    const credential = (
      await call(server, plan.candidates[2]!.creds, { method: 'GET', url: `/api/certificates/${c.id}/credential` })
    ).json();
    const ok = await call(server, anonymous, { method: 'POST', url: '/api/public/verify', body: credential });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ verdict: 'valid', certificate: { number: c.number, status: 'valid' } });
    const changed = JSON.parse(JSON.stringify(credential).replace(c.holderName, `${c.holderName.slice(0, -1)}X`));
    const tampered = await call(server, anonymous, { method: 'POST', url: '/api/public/verify', body: changed });
    expect(tampered.json()).toMatchObject({ verdict: 'tampered', certificate: null });
    const garbage = await call(server, anonymous, { method: 'POST', url: '/api/public/verify', body: { hello: 1 } });
    expect(garbage.json().verdict).toBe('tampered');
    const { credentials } = await signCertificateCredentials(server.ctx, [
      {
        certificateId: crypto.randomUUID(),
        number: 'CS20264999999X',
        holderName: '王五',
        occupation: OCCUPATION.name,
        occupationCode: OCCUPATION.code,
        workType: null,
        level: 1,
        levelName: '一级/高级技师',
        standardVersionLabel: '2018',
        orgName: '某机构',
        issuedAt: new Date(),
        statusListId: 1,
        statusListIndex: 130_000,
      },
    ]);
    const unknown = await call(server, anonymous, { method: 'POST', url: '/api/public/verify', body: credentials[0] });
    expect(unknown.json().verdict).toBe('not_found');
  });

  it('revokes: status bit set in the re-signed list, public verdict revoked with date and reason (audited)', async () => {
    const c = await certOf(2);
    const credential = (
      await call(server, plan.admin.creds, { method: 'GET', url: `/api/certificates/${c.id}/credential` })
    ).json();
    const short = await call(server, plan.admin.creds, {
      method: 'POST',
      url: `/api/certificates/${c.id}/revoke`,
      body: { reason: '错误' },
    });
    expect(short.statusCode).toBe(400);
    expect(
      (
        await call(server, otherAdmin, {
          method: 'POST',
          url: `/api/certificates/${c.id}/revoke`,
          body: { reason: '证书信息有误需撤销' },
        })
      ).statusCode,
    ).toBe(404);
    const res = await call(server, plan.admin.creds, {
      method: 'POST',
      url: `/api/certificates/${c.id}/revoke`,
      body: { reason: '证书信息有误需撤销' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'revoked', revokeReason: '证书信息有误需撤销' });
    const [list] = await server.ctx.db
      .select()
      .from(certificateStatusLists)
      .where(eq(certificateStatusLists.id, c.statusListId));
    expect(list!.credential).toBeNull();
    const published = await call(server, anonymous, {
      method: 'GET',
      url: `/api/public/status-lists/${c.statusListId}`,
    });
    expect(published.statusCode).toBe(200);
    expect(published.json().type).toContain('BitstringStatusListCredential');
    const { statusBit } = await import('./credentials/index.js');
    expect(await statusBit(server.ctx, c.statusListId, c.statusListIndex)).toBe(true);
    const lookup = await call(server, anonymous, { method: 'GET', url: `/api/public/certificates/${c.number}` });
    expect(lookup.json()).toMatchObject({ status: 'revoked', revokeReason: '证书信息有误需撤销' });
    expect(lookup.json().revokedAt).toBeTruthy();
    const verdict = await call(server, anonymous, { method: 'POST', url: '/api/public/verify', body: credential });
    expect(verdict.json()).toMatchObject({ verdict: 'revoked', revokeReason: '证书信息有误需撤销' });
    expect(verdict.json().revokedAt).toBeTruthy();
    expect(await events('certificate.revoked')).toBe(1);
    const twice = await call(server, plan.admin.creds, {
      method: 'POST',
      url: `/api/certificates/${c.id}/revoke`,
      body: { reason: '证书信息有误需撤销' },
    });
    expect(twice.statusCode).toBe(409);
    expect((await call(server, anonymous, { method: 'GET', url: '/api/public/status-lists/999' })).statusCode).toBe(
      404,
    );
  });

  it('reissues: the old one revoked (补发/换发), a new number replacing it, in one step (audited)', async () => {
    const old = await certOf(4);
    const res = await call(server, platformAdmin, {
      method: 'POST',
      url: `/api/certificates/${old.id}/reissue`,
      body: { reason: '证书遗失' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const fresh = res.json();
    expect(fresh.number).not.toBe(old.number);
    expect(fresh).toMatchObject({ status: 'issued', replacesId: old.id, replacesNumber: old.number });
    const [oldRow] = await server.ctx.db.select().from(certificates).where(eq(certificates.id, old.id));
    expect(oldRow).toMatchObject({ status: 'revoked', revokeReason: '补发/换发：证书遗失' });
    expect(await events('certificate.reissued')).toBe(1);
    const again = await call(server, platformAdmin, {
      method: 'POST',
      url: `/api/certificates/${old.id}/reissue`,
      body: { reason: '证书遗失' },
    });
    expect(again.statusCode).toBe(409);
  });
});

describe('settings and keys (platform admin)', () => {
  it('changes the numbering for new certificates only, with a preview (audited)', async () => {
    const got = await call(server, platformAdmin, { method: 'GET', url: '/api/certificates/settings' });
    expect(got.statusCode).toBe(200);
    expect(got.json()).toMatchObject({
      prefix: 'CS',
      separator: '',
      includeYear: true,
      includeLevel: true,
      sequenceDigits: 6,
    });
    const before = (await certOf(6)).number;
    const put = await call(server, platformAdmin, {
      method: 'PUT',
      url: '/api/certificates/settings',
      body: { prefix: 'JS', separator: '-', includeYear: true, includeLevel: true, sequenceDigits: 5 },
    });
    expect(put.statusCode, put.body).toBe(200);
    const preview = put.json().previews.find((p: { level: number }) => p.level === 4).number;
    expect(preview).toMatch(/^JS-\d{4}-4-00001[0-9A-Z]$/);
    expect(validateNumber(preview)).toBe(true);
    expect(await events('certificate.numbering_changed')).toBe(1);
    expect((await certOf(6)).number).toBe(before);
    const old = await certOf(7);
    const re = await call(server, plan.admin.creds, {
      method: 'POST',
      url: `/api/certificates/${old.id}/reissue`,
      body: { reason: '姓名更正' },
    });
    expect(re.json().number).toBe(preview);
    const lookup = await call(server, anonymous, {
      method: 'GET',
      url: `/api/public/certificates/${preview.replaceAll('-', '')}`,
    });
    expect(lookup.statusCode).toBe(200);
    expect(
      (await call(server, plan.admin.creds, { method: 'GET', url: '/api/certificates/settings' })).statusCode,
    ).toBe(403);
    const bad = await call(server, platformAdmin, {
      method: 'PUT',
      url: '/api/certificates/settings',
      body: { prefix: 'cs!', separator: '/', includeYear: true, includeLevel: true, sequenceDigits: 2 },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('lists the signing keys and rotates; credentials signed before still verify', async () => {
    const c = await certOf(8);
    const credential = (
      await call(server, plan.admin.creds, { method: 'GET', url: `/api/certificates/${c.id}/credential` })
    ).json();
    const keys = await call(server, platformAdmin, { method: 'GET', url: '/api/certificates/keys' });
    expect(keys.statusCode).toBe(200);
    expect(keys.json().items.filter((k: { active: boolean }) => k.active)).toHaveLength(1);
    const rotated = await call(server, platformAdmin, { method: 'POST', url: '/api/certificates/keys/rotate' });
    expect(rotated.statusCode, rotated.body).toBe(200);
    const verdict = await call(server, anonymous, { method: 'POST', url: '/api/public/verify', body: credential });
    expect(verdict.json().verdict).toBe('valid');
  });
});
