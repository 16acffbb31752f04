import type { ReviewCandidates, ReviewPart, ReviewRegistration } from '@crossskill/contracts';
import { ROLES, type Role } from '@crossskill/contracts';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrg, createUser, createWorld, loginUser, type TestUser } from '../../test/factories.js';
import { anonymous, type Credentials, call, startTestServer, type TestServer } from '../../test/harness.js';
import { errorCode } from '../../test/support.js';
import { auditLog } from '../audit/audit.tables.js';
import { examPlans, examRegistrations } from '../exams/exams.tables.js';
import { memberships } from '../orgs/orgs.tables.js';
import { resultPublications } from '../results/results.tables.js';
import { standardVersions } from '../standards/index.js';
import { ACCESS_ROWS } from './access.rows.js';
import { combineScores, reviewScorers, reviewScores } from './index.js';
import { reviewDefences, reviewParts } from './review.tables.js';

let server: TestServer;
type Person = { user: TestUser; session: Credentials };
let admin: Person;
let lecturer: Person;
let outsider: Person;
let otherAdmin: Person;
let candidates: (Person & { registrationId: string })[];
/** Review members of the platform organisation. */
let reviewers: Person[];
/** A review member of the plan's institution (shares it with every candidate). */
let localReviewer: Person;
let planId: string;
let level4PlanId: string;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
const DOCX = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.from('....[Content_Types].xml....word/document.xml....'),
]);
const EXE = Buffer.from('MZ\x90\x00\x03\x00\x00\x00 this is not a document');

function multipart(filename: string, contentType: string, bytes: Buffer) {
  const boundary = '----crossskill-review-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

function upload(
  as: Credentials,
  registrationId: string,
  file: Buffer,
  name = 'report.pdf',
  claimed = 'application/pdf',
) {
  const { payload, headers } = multipart(name, claimed, file);
  return server.app.inject({
    method: 'POST',
    url: `/api/review/registrations/${registrationId}/materials?kind=work_report&title=${encodeURIComponent('技术总结')}`,
    payload,
    headers: {
      ...headers,
      ...(as.kind === 'cookie'
        ? { cookie: `cs_session=${as.session}; cs_csrf=${as.csrf}`, 'x-csrf-token': as.csrf }
        : {}),
    },
  });
}

const api = (as: Credentials, method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, body?: unknown) =>
  call(server, as, { method, url, ...(body !== undefined ? { body } : {}) });

const settings = (over: Record<string, unknown> = {}) => ({
  combineRule: 'mean',
  materialsDeadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  defenceMinutes: 20,
  ...over,
});

const committeeOf = (people: Person[], chair = 0) => ({
  members: people.map((p, i) => ({ userId: p.user.id, chair: i === chair })),
});

async function staff(orgId: string, role: 'institution_admin' | 'lecturer' | 'trainee' | 'review_member') {
  const user = await createUser(server, { roles: [{ orgId, role }] });
  return { user, session: await loginUser(server, user) };
}

async function auditRows(event: string) {
  return server.ctx.db.select().from(auditLog).where(eq(auditLog.event, event));
}

beforeAll(async () => {
  server = await startTestServer({ authRateLimitPerMinute: 10_000 });
  const db = server.ctx.db;
  const institution = await createOrg(server, 'institution');
  const other = await createOrg(server, 'institution');
  const platform = await createOrg(server, 'platform');
  admin = await staff(institution.id, 'institution_admin');
  lecturer = await staff(institution.id, 'lecturer');
  otherAdmin = await staff(other.id, 'institution_admin');
  outsider = await staff(other.id, 'trainee');
  reviewers = [];
  for (let i = 0; i < 6; i++) reviewers.push(await staff(platform.id, 'review_member'));
  localReviewer = await staff(institution.id, 'review_member');
  const [version] = await db
    .select({ id: standardVersions.id })
    .from(standardVersions)
    .where(eq(standardVersions.status, 'published'))
    .limit(1);
  const planValues = (level: number, name: string) => ({
    orgId: institution.id,
    name,
    level,
    workType: null,
    standardVersionId: version!.id,
    modes: ['theory'],
    status: 'published' as const,
    bankIds: [],
    warningRules: { blur: 3, paste: 1, fullscreen_exit: 3 },
    passMark: 60,
    createdBy: admin.user.id,
  });
  const [plan] = await db.insert(examPlans).values(planValues(2, '二级电子商务师鉴定')).returning({ id: examPlans.id });
  const [l4] = await db.insert(examPlans).values(planValues(4, '四级电子商务师鉴定')).returning({ id: examPlans.id });
  planId = plan!.id;
  level4PlanId = l4!.id;
  candidates = [];
  for (let i = 0; i < 3; i++) {
    const p = await staff(institution.id, 'trainee');
    const [reg] = await db
      .insert(examRegistrations)
      .values({
        planId,
        userId: p.user.id,
        status: 'approved',
        eligibility: { input: {}, result: { eligible: true, clauses: [] } },
        ticketNo: `R${planId.slice(0, 8)}${i + 1}`,
      })
      .returning({ id: examRegistrations.id });
    candidates.push({ ...p, registrationId: reg!.id });
  }
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('settings (levels 2 and 1 only)', () => {
  it('refuses a level-4 plan with the rule of 003 §1.9.2', async () => {
    const res = await api(admin.session, 'PUT', `/api/exam-plans/${level4PlanId}/review`, settings());
    expect(res.statusCode).toBe(422);
    expect(errorCode(res)).toBe('REVIEW_LEVEL_NOT_APPLICABLE');
    expect(res.json().error.message).toContain('1.9.2');
  });

  it('refuses a 10-minute defence (≥ 15 min, 003 §1.9.4) next to the field', async () => {
    const res = await api(admin.session, 'PUT', `/api/exam-plans/${planId}/review`, settings({ defenceMinutes: 10 }));
    expect(res.statusCode).toBe(422);
    expect(errorCode(res)).toBe('REVIEW_RULES_VIOLATED');
    expect(res.json().error.details).toEqual([
      expect.objectContaining({ field: 'body.defenceMinutes', code: 'MIN_DURATION' }),
    ]);
  });

  it('refuses the trimmed mean without 5 members', async () => {
    const res = await api(
      admin.session,
      'PUT',
      `/api/exam-plans/${planId}/review`,
      settings({ combineRule: 'trimmed_mean' }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details[0]).toMatchObject({
      code: 'REVIEW_TRIMMED_MEAN_MEMBERS',
      field: 'body.combineRule',
    });
  });

  it('lets a lecturer save the settings (audited) and hides the plan from another institution', async () => {
    const res = await api(lecturer.session, 'PUT', `/api/exam-plans/${planId}/review`, settings());
    expect(res.statusCode, res.body).toBe(200);
    const part = res.json() as ReviewPart;
    expect(part.status).toBe('draft');
    expect(part.levelName).toBe('二级/技师');
    expect(part.problems.map((p) => p.code)).toContain('REVIEW_MEMBERS_MIN');
    expect((await auditRows('review_part.saved')).length).toBe(1);
    const hidden = await api(otherAdmin.session, 'GET', `/api/exam-plans/${planId}/review`);
    expect(hidden.statusCode).toBe(404);
  });

  it('refuses publishing with the committee rules broken', async () => {
    const res = await api(admin.session, 'POST', `/api/exam-plans/${planId}/review/publish`, {});
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.map((d: { code: string }) => d.code)).toContain('REVIEW_MEMBERS_MIN');
  });
});

describe('the committee', () => {
  it('refuses an even number of members and two chairs, one detail per problem', async () => {
    const body = {
      members: reviewers.slice(0, 4).map((p, i) => ({ userId: p.user.id, chair: i < 2 })),
    };
    const res = await api(admin.session, 'PUT', `/api/exam-plans/${planId}/review/committee`, body);
    expect(res.statusCode).toBe(422);
    const codes = res.json().error.details.map((d: { code: string }) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['REVIEW_MEMBERS_ODD', 'REVIEW_CHAIR']));
  });

  it('refuses a member without the review_member role', async () => {
    const res = await api(
      admin.session,
      'PUT',
      `/api/exam-plans/${planId}/review/committee`,
      committeeOf([reviewers[0]!, reviewers[1]!, otherAdmin]),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details).toEqual([
      expect.objectContaining({ code: 'REVIEW_MEMBER_ROLE', field: 'body.members.2.userId' }),
    ]);
  });

  it('refuses a member from a candidate’s organisation, naming the member and each candidate', async () => {
    const res = await api(
      admin.session,
      'PUT',
      `/api/exam-plans/${planId}/review/committee`,
      committeeOf([reviewers[0]!, reviewers[1]!, localReviewer]),
    );
    expect(res.statusCode).toBe(422);
    const details = res.json().error.details as { code: string; message: string; field: string }[];
    const same = details.filter((d) => d.code === 'REVIEW_SAME_ORGANISATION');
    expect(same).toHaveLength(3);
    expect(same[0]!.message).toContain(localReviewer.user.name);
    for (const c of candidates) expect(same.some((d) => d.message.includes(c.user.name))).toBe(true);
  });

  it('refuses a platform reviewer who also belongs to a candidate’s organisation (any membership)', async () => {
    const [m] = await server.ctx.db
      .select({ orgId: memberships.orgId })
      .from(memberships)
      .where(eq(memberships.userId, candidates[0]!.user.id));
    await server.ctx.db
      .insert(memberships)
      .values({ userId: reviewers[5]!.user.id, orgId: m!.orgId, role: 'examiner' });
    const res = await api(
      admin.session,
      'PUT',
      `/api/exam-plans/${planId}/review/committee`,
      committeeOf([reviewers[0]!, reviewers[1]!, reviewers[5]!]),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details[0].code).toBe('REVIEW_SAME_ORGANISATION');
    const options = await api(admin.session, 'GET', `/api/exam-plans/${planId}/review/member-options`);
    const opt = options.json().items.find((o: { userId: string }) => o.userId === reviewers[5]!.user.id);
    expect(opt.conflicts).toHaveLength(3);
  });

  it('does not let a lecturer set the committee (plan admin)', async () => {
    const res = await api(
      lecturer.session,
      'PUT',
      `/api/exam-plans/${planId}/review/committee`,
      committeeOf(reviewers.slice(0, 3)),
    );
    expect(res.statusCode).toBe(403);
  });

  it('saves 3 platform reviewers with one chair (audited) and publishes; the plan gets the review mode', async () => {
    const res = await api(
      admin.session,
      'PUT',
      `/api/exam-plans/${planId}/review/committee`,
      committeeOf(reviewers.slice(0, 3)),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as ReviewPart).problems).toEqual([]);
    expect((await auditRows('review.committee_set')).length).toBe(1);
    const pub = await api(admin.session, 'POST', `/api/exam-plans/${planId}/review/publish`, {});
    expect(pub.statusCode, pub.body).toBe(200);
    expect((pub.json() as ReviewPart).status).toBe('published');
    const [plan] = await server.ctx.db.select().from(examPlans).where(eq(examPlans.id, planId));
    expect(plan!.modes).toContain('review');
    expect((await auditRows('review_part.published')).length).toBe(1);
    const list = await api(lecturer.session, 'GET', '/api/review/plans');
    expect(list.json().items.find((p: { planId: string }) => p.planId === planId)).toMatchObject({
      reviewStatus: 'published',
      members: 3,
      candidates: 3,
    });
  });
});

describe('materials', () => {
  it('accepts PDF, DOCX, JPEG and PNG by their content, whatever the claimed type', async () => {
    const reg = candidates[0]!.registrationId;
    for (const [bytes, name] of [
      [PDF, 'a.pdf'],
      [DOCX, 'b.docx'],
      [JPEG, 'c.jpg'],
      [PNG, 'd.png'],
    ] as const) {
      const res = await upload(candidates[0]!.session, reg, bytes, name, 'application/octet-stream');
      expect(res.statusCode, res.body).toBe(201);
    }
    const mine = await api(candidates[0]!.session, 'GET', '/api/my/reviews');
    const item = mine.json().items[0];
    expect(item.materials.map((m: { mime: string }) => m.mime)).toEqual([
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'image/jpeg',
      'image/png',
    ]);
    expect(item.materialsOpen).toBe(true);
    expect((await auditRows('review.material_uploaded')).length).toBe(4);
  });

  it('refuses an executable named .pdf (415) and a file over 20 MB (413)', async () => {
    const reg = candidates[0]!.registrationId;
    const exe = await upload(candidates[0]!.session, reg, EXE, 'report.pdf', 'application/pdf');
    expect(exe.statusCode).toBe(415);
    expect(errorCode(exe)).toBe('REVIEW_MATERIAL_UNSUPPORTED');
    const big = Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024 + 10)]);
    const large = await upload(candidates[0]!.session, reg, big);
    expect(large.statusCode).toBe(413);
    expect(errorCode(large)).toBe('REVIEW_MATERIAL_TOO_LARGE');
  });

  it('refuses a title with a NUL character (400, not a database error)', async () => {
    const { payload, headers } = multipart('a.pdf', 'application/pdf', PDF);
    const as = candidates[0]!.session as { session: string; csrf: string };
    const res = await server.app.inject({
      method: 'POST',
      url: `/api/review/registrations/${candidates[0]!.registrationId}/materials?kind=other&title=a%00b`,
      payload,
      headers: { ...headers, cookie: `cs_session=${as.session}; cs_csrf=${as.csrf}`, 'x-csrf-token': as.csrf },
    });
    expect(res.statusCode).toBe(400);
  });

  it('does not let anyone upload to someone else’s registration (404)', async () => {
    const res = await upload(candidates[1]!.session, candidates[0]!.registrationId, PDF);
    expect(res.statusCode).toBe(404);
  });

  it('lets the candidate, committee members and staff download; others get 404', async () => {
    const reg = candidates[0]!.registrationId;
    const mine = await api(candidates[0]!.session, 'GET', '/api/my/reviews');
    const id = mine.json().items[0].materials[0].id as string;
    const url = `/api/review/registrations/${reg}/materials/${id}`;
    for (const who of [candidates[0]!, reviewers[0]!, lecturer, admin]) {
      const res = await api(who.session, 'GET', url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('application/pdf');
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
    for (const who of [candidates[1]!, reviewers[3]!, outsider, otherAdmin]) {
      expect((await api(who.session, 'GET', url)).statusCode).toBe(404);
    }
  });

  it('deletes before the deadline (audited); after it uploads and deletes are 409 with the deadline', async () => {
    const reg = candidates[0]!.registrationId;
    const mine = await api(candidates[0]!.session, 'GET', '/api/my/reviews');
    const [first, second] = mine.json().items[0].materials as { id: string }[];
    const del = await api(candidates[0]!.session, 'DELETE', `/api/review/registrations/${reg}/materials/${first!.id}`);
    expect(del.statusCode, del.body).toBe(200);
    expect((await auditRows('review.material_deleted')).length).toBe(1);
    const deadline = new Date('2026-01-05T02:00:00Z');
    await server.ctx.db.update(reviewParts).set({ materialsDeadline: deadline }).where(eq(reviewParts.planId, planId));
    const late = await upload(candidates[0]!.session, reg, PDF);
    expect(late.statusCode).toBe(409);
    expect(errorCode(late)).toBe('REVIEW_MATERIALS_CLOSED');
    expect(late.json().error.message).toContain('2026-01-05 10:00');
    const lateDelete = await api(
      candidates[0]!.session,
      'DELETE',
      `/api/review/registrations/${reg}/materials/${second!.id}`,
    );
    expect(lateDelete.statusCode).toBe(409);
    expect((await api(candidates[0]!.session, 'GET', '/api/my/reviews')).json().items[0].materialsOpen).toBe(false);
  });
});

describe('defences', () => {
  const base = Date.now() + 86_400_000;
  it('refuses a 10-minute defence and an overlapping one, naming the other candidate’s time', async () => {
    const url = (i: number) => `/api/exam-plans/${planId}/review/defences/${candidates[i]!.registrationId}`;
    const short = await api(admin.session, 'PUT', url(0), {
      startsAt: new Date(base).toISOString(),
      durationMinutes: 10,
      location: '会议室 A',
    });
    expect(short.statusCode).toBe(422);
    expect(short.json().error.details[0].code).toBe('MIN_DURATION');
    const ok = await api(admin.session, 'PUT', url(0), {
      startsAt: new Date(base).toISOString(),
      durationMinutes: 30,
      location: '会议室 A',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const clash = await api(lecturer.session, 'PUT', url(1), {
      startsAt: new Date(base + 15 * 60_000).toISOString(),
      durationMinutes: 20,
      location: '会议室 A',
    });
    expect(clash.statusCode).toBe(409);
    expect(errorCode(clash)).toBe('REVIEW_DEFENCE_OVERLAP');
    expect(clash.json().error.message).toContain(candidates[0]!.user.name);
    const unknown = await api(
      admin.session,
      'PUT',
      `/api/exam-plans/${planId}/review/defences/${crypto.randomUUID()}`,
      {
        startsAt: new Date(base).toISOString(),
        durationMinutes: 30,
        location: '会议室 A',
      },
    );
    expect(unknown.statusCode).toBe(404);
  });

  it('schedules the others one after another after the taken slot (audited)', async () => {
    const res = await api(admin.session, 'POST', `/api/exam-plans/${planId}/review/defences/auto`, {
      startsAt: new Date(base).toISOString(),
      durationMinutes: 20,
      breakMinutes: 5,
      location: '会议室 A',
    });
    expect(res.statusCode, res.body).toBe(200);
    const items = (res.json() as ReviewCandidates).items;
    const starts = items.map((i) => new Date(i.defence!.startsAt).getTime() - base);
    expect(starts).toEqual([0, 35 * 60_000, 60 * 60_000]);
    expect((await auditRows('review.defence_scheduled')).length).toBe(2);
  });
});

describe('scoring', () => {
  const scoreUrl = (i: number) => `/api/review/registrations/${candidates[i]!.registrationId}/score`;

  it('refuses scores before the defence starts (409 with the time)', async () => {
    const res = await api(reviewers[0]!.session, 'PUT', scoreUrl(0), {
      score: 80,
      comment: '材料完整，答辩表达清楚。',
    });
    expect(res.statusCode).toBe(409);
    expect(errorCode(res)).toBe('REVIEW_SCORING_NOT_OPEN');
    const tasks = await api(reviewers[0]!.session, 'GET', '/api/review/my-tasks');
    expect(tasks.json().items).toHaveLength(3);
    expect(tasks.json().items[0].scoringOpen).toBe(false);
  });

  it('refuses a short comment, 3 decimals and non-members', async () => {
    await server.ctx.db
      .update(reviewDefences)
      .set({ startsAt: new Date(Date.now() - 3600_000) })
      .where(eq(reviewDefences.planId, planId));
    const short = await api(reviewers[0]!.session, 'PUT', scoreUrl(0), { score: 80, comment: '很好' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details[0].code).toBe('REVIEW_COMMENT_LENGTH');
    const decimals = await api(reviewers[0]!.session, 'PUT', scoreUrl(0), {
      score: 80.123,
      comment: '材料完整，答辩表达清楚。',
    });
    expect(decimals.statusCode).toBe(400);
    const outside = await api(reviewers[3]!.session, 'PUT', scoreUrl(0), {
      score: 80,
      comment: '材料完整，答辩表达清楚。',
    });
    expect(outside.statusCode).toBe(404);
  });

  it('combines with the mean once every member scored; changes are audited with the previous score', async () => {
    const marks = [80.5, 70, 90.25];
    for (const [i, m] of marks.entries()) {
      const res = await api(reviewers[i]!.session, 'PUT', scoreUrl(0), {
        score: m,
        comment: '材料完整，答辩表达清楚。',
      });
      expect(res.statusCode, res.body).toBe(200);
      const view = res.json() as ReviewRegistration;
      expect(view.scores).toBeNull();
      expect(view.combined.score).toBe(i < 2 ? null : 80.25);
    }
    const again = await api(reviewers[1]!.session, 'PUT', scoreUrl(0), {
      score: 73,
      comment: '复核后调整分数，理由充分。',
    });
    expect(again.json().combined.score).toBe(81.25);
    const rows = await auditRows('review.scored');
    expect(rows).toHaveLength(4);
    expect(
      rows.find((r) => (r.details as { previousScore: number | null }).previousScore === 70)?.details,
    ).toMatchObject({
      score: 73,
    });
    const staffView = await api(admin.session, 'GET', `/api/review/registrations/${candidates[0]!.registrationId}`);
    expect(staffView.json().scores).toHaveLength(3);
    const list = await api(admin.session, 'GET', `/api/exam-plans/${planId}/review/candidates`);
    expect(list.json().items[0]).toMatchObject({ scored: 3, members: 3, score: 81.25, materials: 3 });
    const scores = await reviewScores(server.ctx.db, [candidates[0]!.registrationId, candidates[1]!.registrationId]);
    expect(scores.get(candidates[0]!.registrationId)).toEqual({ score: 81.25, scored: 3, members: 3 });
    expect(scores.get(candidates[1]!.registrationId)).toEqual({ score: null, scored: 0, members: 3 });
    expect((await reviewScorers(server.ctx.db, candidates[0]!.registrationId)).sort()).toEqual(
      reviewers
        .slice(0, 3)
        .map((r) => r.user.id)
        .sort(),
    );
    const xlsx = await api(admin.session, 'GET', `/api/exam-plans/${planId}/review/candidates.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });

  it('drops the highest and lowest score with the trimmed mean of 5 members', async () => {
    const five = reviewers.slice(0, 5);
    expect(
      (await api(admin.session, 'PUT', `/api/exam-plans/${planId}/review/committee`, committeeOf(five))).statusCode,
    ).toBe(200);
    const saved = await api(
      admin.session,
      'PUT',
      `/api/exam-plans/${planId}/review`,
      settings({ combineRule: 'trimmed_mean', materialsDeadline: new Date('2026-01-05T02:00:00Z').toISOString() }),
    );
    expect(saved.statusCode, saved.body).toBe(200);
    const marks = [60, 95, 70, 80, 100];
    for (const [i, m] of marks.entries()) {
      const res = await api(five[i]!.session, 'PUT', scoreUrl(1), { score: m, comment: '答辩回答问题较为准确。' });
      expect(res.statusCode, res.body).toBe(200);
    }
    const view = await api(five[0]!.session, 'GET', `/api/review/registrations/${candidates[1]!.registrationId}`);
    expect(view.json().combined).toEqual({ score: 81.67, scored: 5, members: 5 });
    expect(combineScores('mean', [60, 95, 70, 80, 100])).toBe(81);
  });

  it('refuses scores once the plan’s results are published', async () => {
    await server.ctx.db.insert(resultPublications).values({
      planId,
      publishedBy: admin.user.id,
      appealDays: 7,
      appealUntil: new Date(Date.now() + 7 * 86_400_000),
    });
    const res = await api(reviewers[0]!.session, 'PUT', scoreUrl(2), {
      score: 75,
      comment: '材料完整，答辩表达清楚。',
    });
    expect(res.statusCode).toBe(409);
    expect(errorCode(res)).toBe('REVIEW_SCORING_CLOSED');
    const [score] = await server.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.event, 'review.scored'), eq(auditLog.actorUserId, reviewers[0]!.user.id)));
    expect(score).toBeDefined();
  });
});

describe('access per role (access.rows.ts)', () => {
  const UNKNOWN = '00000000-0000-4000-8000-000000000000';
  it('lists exactly the module’s routes', () => {
    const mine = server.routes
      .map((r) => `${r.method} ${r.url}`)
      .filter((r) => (r.includes('/review') && !r.includes('/skill-attempts/')) || r.endsWith('/my/reviews'));
    expect(mine.sort()).toEqual(Object.keys(ACCESS_ROWS).sort());
  });

  it('lets the allowed roles through (unknown ids → 404 or 4xx, never 401/403/5xx) and refuses the others', async () => {
    const world = await createWorld(server);
    for (const [route, who] of Object.entries(ACCESS_ROWS)) {
      const [method, url] = route.split(' ') as ['GET' | 'PUT' | 'POST' | 'DELETE', string];
      const concrete = url.replace(/:\w+Id/g, UNKNOWN);
      for (const role of [null, ...ROLES] as (Role | null)[]) {
        const as = role === null ? anonymous : world.sessions[role];
        const res = await call(server, as, {
          method,
          url: concrete,
          ...(method === 'GET' || method === 'DELETE' ? {} : { body: {} }),
        });
        const allowed = who === 'everyone' || (role !== null && (who === 'signedIn' || who.includes(role)));
        const label = `${role ?? 'anonymous'} → ${route}: ${res.statusCode} ${res.body.slice(0, 160)}`;
        if (allowed) {
          expect([401, 403], label).not.toContain(res.statusCode);
          expect(res.statusCode, label).toBeLessThan(500);
          if (method === 'GET' && url.includes(':')) expect(res.statusCode, label).toBe(404);
        } else {
          expect(res.statusCode, label).toBe(role === null ? 401 : 403);
        }
      }
    }
  }, 120_000);
});
