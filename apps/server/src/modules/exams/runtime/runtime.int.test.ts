import type { Answer, CandidateAttempt, CandidateResponse, ExamPaperEntry } from '@crossskill/contracts';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Credentials, call, startTestServer, type TestServer } from '../../../test/harness.js';
import { displayedKey } from '../assembly/index.js';
import { examAnswers, examAttempts, examEvents, examSessions } from '../exams.tables.js';
import { createExamFixture, type ExamFixture, paperKeys } from '../testing/fixture.js';
import { closeExpiredAttempts, closeFinishedSessions } from './close.js';
import { flushPresence, lastSeen } from './presence.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ authRateLimitPerMinute: 100_000 });
});
afterAll(() => server.close());

const db = () => server.ctx.db;
type Candidate = ExamFixture['candidates'][number];

const get = (as: Credentials, attemptId: string) =>
  call(server, as, { method: 'GET', url: `/api/attempts/${attemptId}` });
const post = (as: Credentials, attemptId: string, action: string, body?: unknown) =>
  call(server, as, { method: 'POST', url: `/api/attempts/${attemptId}/${action}`, body: body ?? {} });
const save = (c: Candidate, saves: unknown[], cursor?: unknown) =>
  post(c.session, c.attemptId, 'answers', { saves, ...(cursor ? { cursor } : {}) });

async function started(c: Candidate): Promise<CandidateAttempt> {
  expect((await post(c.session, c.attemptId, 'confirm-identity')).statusCode).toBe(200);
  const res = await post(c.session, c.attemptId, 'start');
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const attemptRow = async (id: string) => (await db().select().from(examAttempts).where(eq(examAttempts.id, id)))[0]!;
const answerRows = (id: string) =>
  db().select().from(examAnswers).where(eq(examAnswers.attemptId, id)).orderBy(examAnswers.position);
const eventsOf = (id: string, kind: string) =>
  db()
    .select()
    .from(examEvents)
    .where(and(eq(examEvents.attemptId, id), eq(examEvents.kind, kind)));

/** The response that scores full points for an item (in the letters the candidate sees). */
function correct(entry: ExamPaperEntry, answer: Answer): CandidateResponse {
  switch (answer.type) {
    case 'single':
      return { choices: [displayedKey(entry.optionOrder, answer.key) as 'A'] };
    case 'multiple':
      return { choices: answer.keys.map((k) => displayedKey(entry.optionOrder, k) as 'A') };
    case 'true_false':
      return { value: answer.value };
    case 'fill_blank':
      return { blanks: answer.blanks.map((b) => b.accepted[0]!) };
    default:
      return { text: '参考作答' };
  }
}
/** A response of the right shape that scores nothing. */
function wrong(entry: ExamPaperEntry, answer: Answer): CandidateResponse {
  switch (answer.type) {
    case 'single': {
      const right = displayedKey(entry.optionOrder, answer.key);
      return { choices: [right === 'A' ? 'B' : 'A'] };
    }
    case 'multiple': {
      const keys = new Set<string>(answer.keys);
      const off = entry.optionOrder.find((k) => !keys.has(k))!;
      return { choices: [displayedKey(entry.optionOrder, off) as 'A'] };
    }
    case 'true_false':
      return { value: !answer.value };
    case 'fill_blank':
      return { blanks: answer.blanks.map(() => '不对') };
    default:
      return { text: '' };
  }
}

describe('entering the exam', () => {
  it('before the start: waiting room data, no items, identity first, then 409 ATTEMPT_TOO_EARLY', async () => {
    const fx = await createExamFixture(server, { candidates: 1, startsAt: new Date(Date.now() + 10 * 60_000) });
    const c = fx.candidates[0]!;
    const res = await get(c.session, c.attemptId);
    expect(res.statusCode).toBe(200);
    const a: CandidateAttempt = res.json();
    expect(a).toMatchObject({ status: 'ready', identityConfirmed: false, items: [], answers: [], seatNo: 1 });
    expect(a.remainingSeconds).toBeNull();
    expect(a.candidateName).toBe(c.user.name);
    expect(new Date(a.entryClosesAt).getTime() - new Date(a.startsAt).getTime()).toBe(30 * 60_000);

    expect((await post(c.session, c.attemptId, 'start')).json().error.code).toBe('ATTEMPT_IDENTITY_UNCONFIRMED');
    const confirmed = await post(c.session, c.attemptId, 'confirm-identity');
    expect(confirmed.json().identityConfirmed).toBe(true);
    const early = await post(c.session, c.attemptId, 'start');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('ATTEMPT_TOO_EARLY');
    expect(await eventsOf(c.attemptId, 'identity_confirmed')).toHaveLength(1);
  });

  it('after late entry closes: 409 ATTEMPT_ENTRY_CLOSED naming the minutes', async () => {
    const fx = await createExamFixture(server, { candidates: 1, startsAt: new Date(Date.now() - 31 * 60_000) });
    const c = fx.candidates[0]!;
    await post(c.session, c.attemptId, 'confirm-identity');
    const res = await post(c.session, c.attemptId, 'start');
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'ATTEMPT_ENTRY_CLOSED' });
    expect(res.json().error.message).toContain('30');
    expect((await attemptRow(c.attemptId)).status).toBe('ready');
  });

  it('a late starter gets the session’s end as deadline (plus extra time), and starting again changes nothing', async () => {
    const startsAt = new Date(Date.now() - 20 * 60_000);
    const fx = await createExamFixture(server, { candidates: 1, startsAt, durationMinutes: 90 });
    const c = fx.candidates[0]!;
    await db().update(examAttempts).set({ extraSeconds: 120 }).where(eq(examAttempts.id, c.attemptId));
    const a = await started(c);
    expect(a.status).toBe('in_progress');
    const expected = startsAt.getTime() + 90 * 60_000 + 120_000;
    expect(new Date(a.deadlineAt!).getTime()).toBe(expected);
    expect(a.remainingSeconds).toBeGreaterThan(71 * 60 - 5);
    expect(a.remainingSeconds).toBeLessThanOrEqual(72 * 60);
    const before = await attemptRow(c.attemptId);
    const again = await post(c.session, c.attemptId, 'start');
    expect(again.statusCode).toBe(200);
    expect(again.json().deadlineAt).toBe(a.deadlineAt);
    const after = await attemptRow(c.attemptId);
    expect(after.startedAt).toEqual(before.startedAt);
    expect(await eventsOf(c.attemptId, 'started')).toHaveLength(1);
  });
});

describe('the paper the candidate sees', () => {
  it('has stems and options relabelled A, B, C… in the attempt’s option order, and never a key', async () => {
    const fx = await createExamFixture(server, { candidates: 1, objectiveItems: 8, subjectiveItems: 2 });
    const c = fx.candidates[0]!;
    // Shuffle the options of this attempt's paper (before anything reads it).
    const shuffled = fx.paper.map((e) => ({ ...e, optionOrder: [...e.optionOrder].reverse() }));
    await db().update(examAttempts).set({ paper: shuffled }).where(eq(examAttempts.id, c.attemptId));
    const keys = await paperKeys(server, shuffled);
    const a = await started(c);
    expect(a.items).toHaveLength(10);
    expect(a.totalPoints).toBe(Math.round(fx.paper.reduce((s, e) => s + e.points, 0) * 100) / 100);

    const { questionRevisions } = await import('../../questionbank/index.js');
    const revs = await db().select().from(questionRevisions);
    const byId = new Map(revs.map((r) => [r.id, r]));
    for (const [i, item] of a.items.entries()) {
      const e = shuffled[i]!;
      const rev = byId.get(e.revisionId)!;
      expect(item).toMatchObject({ position: e.position, type: e.type, points: e.points, stemHtml: rev.stemHtml });
      expect(item.options.map((o) => o.key)).toEqual(e.optionOrder.map((_, j) => 'ABCDEFGH'[j]));
      expect(item.options.map((o) => o.content)).toEqual(
        e.optionOrder.map((k) => rev.options.find((o) => o.key === k)!.content),
      );
      expect(item.blanks).toBe(rev.answer.type === 'fill_blank' ? rev.answer.blanks.length : null);
    }

    const body = (await get(c.session, c.attemptId)).body;
    const forbidden = new Set([
      'answer',
      'answers_key',
      'keys',
      'accepted',
      'caseSensitive',
      'rubric',
      'criterion',
      'reference',
      'explanation',
      'difficulty',
      'tags',
      'functionId',
      'knowledgeId',
      'revisionId',
      'questionId',
      'optionOrder',
      'source',
    ]);
    const seen: string[] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (forbidden.has(k)) seen.push(k);
          walk(x);
        }
      }
    };
    walk(JSON.parse(body));
    expect(seen).toEqual([]);
    for (const k of keys) {
      const rev = byId.get(k.revisionId)!;
      if (rev.explanation) expect(body).not.toContain(JSON.stringify(rev.explanation).slice(1, -1));
      if (k.answer.type === 'short_answer' || k.answer.type === 'case_analysis') {
        for (const r of k.answer.rubric) expect(body).not.toContain(r.criterion);
        if (k.answer.reference) expect(body).not.toContain(k.answer.reference.slice(0, 30));
      }
    }
  });
});

describe('saving answers', () => {
  let fx: ExamFixture;
  let c: Candidate;
  beforeAll(async () => {
    fx = await createExamFixture(server, { candidates: 2, objectiveItems: 8, subjectiveItems: 1 });
    c = fx.candidates[0]!;
    await started(c);
  });
  const pos = (type: string) => fx.paper.find((e) => e.type === type)!.position;

  it('stores a save, acknowledges the version and counts the position as answered', async () => {
    const p = pos('single');
    const res = await save(c, [{ position: p, version: 1, response: { choices: ['A'] } }]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ saved: [{ position: p, version: 1 }], status: 'in_progress' });
    expect(res.json().remainingSeconds).toBeGreaterThan(0);
    expect((await attemptRow(c.attemptId)).answeredCount).toBe(1);
  });

  it('is idempotent: resending the same version changes nothing and is acknowledged', async () => {
    const p = pos('single');
    const [before] = await answerRows(c.attemptId);
    const res = await save(c, [{ position: p, version: 1, response: { choices: ['B'] } }]);
    expect(res.statusCode).toBe(200);
    expect(res.json().saved).toEqual([{ position: p, version: 1 }]);
    const [after] = await answerRows(c.attemptId);
    expect(after).toEqual(before);
    expect(after!.response).toEqual({ choices: ['A'] });
    expect((await attemptRow(c.attemptId)).answeredCount).toBe(1);
  });

  it('ignores an older version arriving late (v3 then v2 → v3 stays) and says so', async () => {
    const p = pos('true_false');
    expect((await save(c, [{ position: p, version: 3, response: { value: true }, flagged: true }])).statusCode).toBe(
      200,
    );
    const late = await save(c, [{ position: p, version: 2, response: { value: false } }]);
    expect(late.json().saved).toEqual([{ position: p, version: 3 }]);
    const row = (await answerRows(c.attemptId)).find((r) => r.position === p)!;
    expect(row).toMatchObject({ version: 3, response: { value: true }, flagged: true });
    expect((await attemptRow(c.attemptId)).answeredCount).toBe(2);
  });

  it('keeps answered_count right when an answer is cleared and given again, in one batch or many', async () => {
    const p = pos('fill_blank');
    const m = pos('multiple');
    await save(c, [
      { position: p, version: 1, response: { blanks: ['FBA'] } },
      { position: m, version: 1, response: { choices: ['A', 'B'] } },
    ]);
    expect((await attemptRow(c.attemptId)).answeredCount).toBe(4);
    await save(c, [
      { position: p, version: 2, response: { blanks: ['  '] } },
      { position: m, version: 2, response: null },
    ]);
    expect((await attemptRow(c.attemptId)).answeredCount).toBe(2);
    // The same position twice in one batch: the higher version wins.
    const res = await save(c, [
      { position: m, version: 4, response: { choices: ['C'] } },
      { position: m, version: 3, response: null },
    ]);
    expect(res.json().saved).toEqual([{ position: m, version: 4 }]);
    expect((await attemptRow(c.attemptId)).answeredCount).toBe(3);
  });

  it('refuses the whole request (422 naming the position) when one save does not fit the paper', async () => {
    const ok = { position: pos('short_answer'), version: 1, response: { text: '我的回答' } };
    const cases = [
      { position: fx.paper.length + 1, version: 1, response: { choices: ['A'] } },
      { position: pos('fill_blank'), version: 9, response: { choices: ['A'] } },
      { position: pos('single'), version: 9, response: { choices: ['H'] } },
      { position: pos('single'), version: 9, response: { choices: ['A', 'B'] } },
      { position: pos('true_false'), version: 9, response: { text: '对' } },
      { position: pos('fill_blank'), version: 9, response: { blanks: Array(20).fill('x') } },
    ];
    for (const bad of cases) {
      const res = await save(c, [ok, bad]);
      expect(res.statusCode, JSON.stringify(bad)).toBe(422);
      expect(res.json().error.code).toBe('ATTEMPT_POSITION_INVALID');
      expect(res.json().error.message).toContain(String(bad.position));
    }
    expect((await answerRows(c.attemptId)).find((r) => r.position === ok.position)).toBeUndefined();
    const fine = await save(c, [ok]);
    expect(fine.statusCode).toBe(200);
  });

  it('answers 403 ATTEMPT_NOT_YOURS for another candidate’s attempt and 404 for an unknown one', async () => {
    const other = fx.candidates[1]!;
    const p = pos('single');
    const res = await post(other.session, c.attemptId, 'answers', {
      saves: [{ position: p, version: 99, response: null }],
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('ATTEMPT_NOT_YOURS');
    expect((await get(other.session, c.attemptId)).statusCode).toBe(403);
    expect((await post(fx.proctors[0]!.session, c.attemptId, 'submit')).statusCode).toBe(403);
    expect((await get(fx.admin.session, c.attemptId)).json().error.code).toBe('ATTEMPT_NOT_YOURS');
    const unknown = await get(c.session, '00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('ATTEMPT_NOT_FOUND');
    expect((await answerRows(c.attemptId)).find((r) => r.position === p)!.version).toBe(1);
  });

  it('refuses saves before the start with ATTEMPT_NOT_STARTED', async () => {
    const other = fx.candidates[1]!;
    const res = await save(other, [{ position: 1, version: 1, response: null }]);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('ATTEMPT_NOT_STARTED');
  });

  it('resumes on reload (or another computer): answers with versions, flags and the cursor', async () => {
    const p = pos('single');
    await save(c, [{ position: p, version: 5, response: { choices: ['C'] }, flagged: true }], {
      position: p,
      view: 'single',
    });
    const a: CandidateAttempt = (await get(c.session, c.attemptId)).json();
    expect(a.answers.find((x) => x.position === p)).toEqual({
      position: p,
      response: { choices: ['C'] },
      flagged: true,
      version: 5,
    });
    expect(a.answers.find((x) => x.position === pos('true_false'))).toMatchObject({ version: 3, flagged: true });
    expect(a.cursor).toEqual({ position: p, view: 'single' });
    const hb = await post(c.session, c.attemptId, 'heartbeat', { cursor: { position: 2, view: 'all' } });
    expect(hb.statusCode).toBe(200);
    expect(hb.json()).toMatchObject({ status: 'in_progress', deadlineAt: a.deadlineAt });
    expect((await get(c.session, c.attemptId)).json().cursor).toEqual({ position: 2, view: 'all' });
  });

  it('keeps last contact in memory and writes it (and the cursor) in one batch', async () => {
    expect((await post(c.session, c.attemptId, 'heartbeat', { cursor: null })).statusCode).toBe(200);
    const seen = lastSeen(c.attemptId);
    expect(seen).toBeInstanceOf(Date);
    expect(Date.now() - seen!.getTime()).toBeLessThan(5_000);
    expect(await flushPresence(db())).toBeGreaterThanOrEqual(1);
    const row = await attemptRow(c.attemptId);
    expect(row.lastSeenAt?.getTime()).toBe(seen!.getTime());
    expect(row.cursor).toEqual({ position: 2, view: 'all' });
  });

  it('writes one attempt’s presence at most every 30 s, while memory stays current', async () => {
    await flushPresence(db(), { all: true });
    expect(
      (await post(c.session, c.attemptId, 'heartbeat', { cursor: { position: 3, view: 'single' } })).statusCode,
    ).toBe(200);
    const written = (await attemptRow(c.attemptId)).lastSeenAt;
    await flushPresence(db());
    expect((await attemptRow(c.attemptId)).lastSeenAt).toEqual(written);
    expect(lastSeen(c.attemptId)!.getTime()).toBeGreaterThanOrEqual(written!.getTime());
    expect(await flushPresence(db(), { now: Date.now() + 31_000 })).toBeGreaterThanOrEqual(1);
    const row = await attemptRow(c.attemptId);
    expect(row.lastSeenAt?.getTime()).toBe(lastSeen(c.attemptId)!.getTime());
    expect(row.cursor).toEqual({ position: 3, view: 'single' });
  });

  it('logs integrity signals with the page’s time', async () => {
    const at = new Date(Date.now() - 3_000).toISOString();
    const res = await post(c.session, c.attemptId, 'events', {
      events: [
        { kind: 'blur', at },
        { kind: 'paste', at, detail: { length: 120 } },
        { kind: 'offline', at },
      ],
    });
    expect(res.json()).toEqual({ accepted: 3 });
    const [blur] = await eventsOf(c.attemptId, 'blur');
    expect(blur!.clientAt?.toISOString()).toBe(at);
    expect((await eventsOf(c.attemptId, 'paste'))[0]!.detail).toEqual({ length: 120 });
  });
});

describe('pause, deadline and closing', () => {
  it('a paused attempt refuses saves with ATTEMPT_PAUSED and keeps its remaining time frozen', async () => {
    const fx = await createExamFixture(server, { candidates: 1 });
    const c = fx.candidates[0]!;
    const a = await started(c);
    const pausedAt = new Date(Date.now() - 60_000);
    await db().update(examAttempts).set({ status: 'paused', pausedAt }).where(eq(examAttempts.id, c.attemptId));
    const res = await save(c, [{ position: 1, version: 1, response: null }]);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('ATTEMPT_PAUSED');
    const view: CandidateAttempt = (await get(c.session, c.attemptId)).json();
    expect(view.remainingSeconds).toBe(Math.ceil((new Date(a.deadlineAt!).getTime() - pausedAt.getTime()) / 1000));
    expect(await eventsOf(c.attemptId, 'late_save_refused')).toHaveLength(0);
    expect((await post(c.session, c.attemptId, 'submit')).json().error.code).toBe('ATTEMPT_PAUSED');
  });

  it('accepts saves within the grace after the deadline, then refuses them (409 ATTEMPT_CLOSED) and logs it', async () => {
    const fx = await createExamFixture(server, { candidates: 1, saveGraceSeconds: 30 });
    const c = fx.candidates[0]!;
    await started(c);
    await db()
      .update(examAttempts)
      .set({ deadlineAt: new Date(Date.now() - 10_000) })
      .where(eq(examAttempts.id, c.attemptId));
    const tf = fx.paper.find((e) => e.type === 'true_false')!.position;
    const inGrace = await save(c, [{ position: tf, version: 1, response: { value: true } }]);
    expect(inGrace.statusCode, inGrace.body).toBe(200);
    expect(inGrace.json().remainingSeconds).toBe(0);
    await db()
      .update(examAttempts)
      .set({ deadlineAt: new Date(Date.now() - 31_000) })
      .where(eq(examAttempts.id, c.attemptId));
    const late = await save(c, [{ position: tf + 1, version: 7, response: null }]);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('ATTEMPT_CLOSED');
    expect((await answerRows(c.attemptId)).map((r) => r.position)).toEqual([tf]);
    const [ev] = await eventsOf(c.attemptId, 'late_save_refused');
    expect(ev!.detail).toMatchObject({ saves: [{ position: tf + 1, version: 7 }] });
    // Refused because past the grace (a running sweeper may already have closed it).
    expect(['in_progress', 'submitted']).toContain(ev!.detail!.status);
  });

  it('the sweeper closes expired attempts (reason deadline) with every saved answer scored; paused ones stay', async () => {
    const fx = await createExamFixture(server, { candidates: 3, objectiveItems: 8, subjectiveItems: 1 });
    const [c, p, fresh] = fx.candidates as [Candidate, Candidate, Candidate];
    const keys = await paperKeys(server, fx.paper);
    await started(c);
    await started(p);
    await started(fresh);
    // Right answers on even positions, wrong ones on odd positions, nothing on the last objective item.
    const objective = keys.filter((k) => k.type !== 'short_answer' && k.type !== 'case_analysis');
    const answered = objective.slice(0, -1);
    const saves = answered.map((k) => ({
      position: k.position,
      version: 1,
      response: k.position % 2 === 0 ? correct(k, k.answer) : wrong(k, k.answer),
    }));
    expect((await save(c, saves)).statusCode).toBe(200);
    const past = new Date(Date.now() - 31_000);
    for (const id of [c.attemptId, p.attemptId]) {
      await db().update(examAttempts).set({ deadlineAt: past }).where(eq(examAttempts.id, id));
    }
    await db()
      .update(examAttempts)
      .set({ status: 'paused', pausedAt: new Date() })
      .where(eq(examAttempts.id, p.attemptId));

    // Started as after a restart: the worker sweeps once at start-up.
    server.startWorker();
    for (let i = 0; i < 50 && (await attemptRow(c.attemptId)).status !== 'submitted'; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const row = await attemptRow(c.attemptId);
    expect(row).toMatchObject({ status: 'submitted', submitReason: 'deadline', answeredCount: answered.length });
    const expected = answered.filter((k) => k.position % 2 === 0).reduce((s, k) => s + k.points, 0);
    expect(row.objectiveScore).toBeCloseTo(expected, 2);
    const rows = await answerRows(c.attemptId);
    expect(rows.map((r) => r.position)).toEqual(fx.paper.map((e) => e.position));
    for (const k of keys) {
      const r = rows.find((x) => x.position === k.position)!;
      // Subjective items are the marking module's (it scores a blank one 0 without marking).
      if (k.type === 'short_answer' || k.type === 'case_analysis') continue;
      if (answered.includes(k) && k.position % 2 === 0) expect(r.score).toBe(k.points);
      else expect(r.score).toBe(0);
    }
    expect((await attemptRow(p.attemptId)).status).toBe('paused');
    expect((await attemptRow(fresh.attemptId)).status).toBe('in_progress');
    expect(await closeExpiredAttempts(server.ctx)).toBe(0);
    const late = await save(c, [{ position: 1, version: 2, response: null }]);
    expect(late.json().error.code).toBe('ATTEMPT_CLOSED');
    expect((await eventsOf(c.attemptId, 'late_save_refused'))[0]!.detail).toMatchObject({ status: 'submitted' });
  });

  it('submit closes once: submitting again returns the same state, and saves are refused after it', async () => {
    const fx = await createExamFixture(server, { candidates: 1, multipleScoring: 'partial' });
    const c = fx.candidates[0]!;
    const keys = await paperKeys(server, fx.paper);
    await started(c);
    const m = keys.find((k) => k.answer.type === 'multiple')!;
    if (m.answer.type !== 'multiple') throw new Error('fixture has a multiple-choice item');
    const one = displayedKey(m.optionOrder, m.answer.keys[0]!) as 'A';
    await save(c, [{ position: m.position, version: 1, response: { choices: [one] } }]);
    const first = await post(c.session, c.attemptId, 'submit');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().status).toBe('submitted');
    const row = await attemptRow(c.attemptId);
    expect(row.submitReason).toBe('candidate');
    expect(row.objectiveScore).toBeCloseTo(Math.round((m.points / m.answer.keys.length) * 100) / 100, 2);
    const again = await post(c.session, c.attemptId, 'submit');
    expect(again.statusCode).toBe(200);
    expect(again.json().status).toBe('submitted');
    expect((await attemptRow(c.attemptId)).submittedAt).toEqual(row.submittedAt);
    expect(await eventsOf(c.attemptId, 'submitted')).toHaveLength(1);
    expect((await save(c, [{ position: 1, version: 9, response: null }])).json().error.code).toBe('ATTEMPT_CLOSED');
  });

  it('saves racing with each other and with a close: every acknowledged save is scored, counts stay right', async () => {
    const fx = await createExamFixture(server, { candidates: 1, objectiveItems: 10 });
    const c = fx.candidates[0]!;
    await started(c);
    const keys = await paperKeys(server, fx.paper);
    const results = await Promise.all(
      keys.map((k) => save(c, [{ position: k.position, version: 1, response: correct(k, k.answer) }])),
    );
    expect(results.map((r) => r.statusCode)).toEqual(keys.map(() => 200));
    expect((await attemptRow(c.attemptId)).answeredCount).toBe(keys.length);
    const more = keys.map((k) => save(c, [{ position: k.position, version: 2, response: wrong(k, k.answer) }]));
    const { closeAttempt } = await import('./close.js');
    const closing = closeAttempt(server.ctx, c.attemptId, { reason: 'proctor', actorId: fx.proctors[0]!.user.id });
    const settled = await Promise.all(more);
    await closing;
    const rows = await answerRows(c.attemptId);
    for (const [i, r] of settled.entries()) {
      const k = keys[i]!;
      const stored = rows.find((x) => x.position === k.position)!;
      if (r.statusCode === 200) expect(stored.version).toBe(2);
      else expect(r.json().error.code).toBe('ATTEMPT_CLOSED');
      expect(stored.score).toBe(stored.version === 2 ? 0 : k.points);
    }
    const row = await attemptRow(c.attemptId);
    expect(row).toMatchObject({ status: 'submitted', submitReason: 'proctor', answeredCount: keys.length });
    const [ev] = await eventsOf(c.attemptId, 'submitted');
    expect(ev).toMatchObject({ actorId: fx.proctors[0]!.user.id, detail: { reason: 'proctor' } });
  });
});

describe('the session start is what the clock follows', () => {
  it('moving the session start in the database opens entry for a waiting candidate', async () => {
    const fx = await createExamFixture(server, { candidates: 1, startsAt: new Date(Date.now() + 3_600_000) });
    const c = fx.candidates[0]!;
    await post(c.session, c.attemptId, 'confirm-identity');
    expect((await post(c.session, c.attemptId, 'start')).json().error.code).toBe('ATTEMPT_TOO_EARLY');
    await db()
      .update(examSessions)
      .set({ startsAt: new Date(Date.now() - 1_000) })
      .where(eq(examSessions.id, fx.sessionId));
    expect((await post(c.session, c.attemptId, 'start')).json().status).toBe('in_progress');
  });
});

describe('finished sessions', () => {
  it('are marked closed once late entry is over and no attempt is in progress or paused', async () => {
    const fx = await createExamFixture(server, { candidates: 3 });
    const [done, noShow, sitting] = fx.candidates as [Candidate, Candidate, Candidate];
    await started(done);
    await started(sitting);
    expect((await post(done.session, done.attemptId, 'submit')).statusCode).toBe(200);
    await db()
      .update(examSessions)
      .set({ startsAt: new Date(Date.now() - 40 * 60_000) })
      .where(eq(examSessions.id, fx.sessionId));
    const closedAt = async () =>
      (await db().select().from(examSessions).where(eq(examSessions.id, fx.sessionId)))[0]!.closedAt;
    await closeFinishedSessions(server.ctx);
    expect(await closedAt()).toBeNull();
    expect((await post(sitting.session, sitting.attemptId, 'submit')).statusCode).toBe(200);
    await closeFinishedSessions(server.ctx);
    expect(await closedAt()).toBeInstanceOf(Date);
    expect((await attemptRow(noShow.attemptId)).status).toBe('ready');
    expect(await closeFinishedSessions(server.ctx)).toBe(0);
  });
});
