import type { ExamPaperEntry, QuestionType } from '@crossskill/contracts';
import { WORK_REQUIREMENTS } from '@crossskill/standards';
import { and, eq, inArray } from 'drizzle-orm';
import { demoQuestionDrafts } from '../../../demo/demo-questions.js';
import { createOrg, createUser, loginUser, type TestUser } from '../../../test/factories.js';
import type { Credentials, TestServer } from '../../../test/harness.js';
import {
  activateSeededQuestions,
  createQuestions,
  questionBanks,
  questionRevisions,
  questions,
} from '../../questionbank/index.js';
import { standardVersions } from '../../standards/index.js';
import {
  examAttempts,
  examPlanMarkers,
  examPlans,
  examRegistrations,
  examRoomProctors,
  examRooms,
  examSessions,
} from '../exams.tables.js';

/**
 * A ready-to-sit theory exam, written straight into the database (not through the plans API, so the runtime,
 * proctoring and marking tests do not depend on it): an institution with an admin, a lecturer, 2 proctors and
 * 3 examiners (the plan's markers), `candidates` logged-in trainees, a bank of the demo's active level-4
 * 跨境电子商务师 items, a published plan, one session with one room, every candidate placed (seat = index + 1)
 * with a `ready` attempt whose paper is the chosen demo items in bank order with their own points.
 */
export interface ExamFixtureOptions {
  candidates?: number;
  /** Session start; default one minute ago (startable now). */
  startsAt?: Date;
  durationMinutes?: number;
  lateEntryMinutes?: number;
  saveGraceSeconds?: number;
  /** Objective items on the paper (default 10: true/false, single, multiple, fill-in, as the demo bank has them). */
  objectiveItems?: number;
  /** Subjective items (short answer / case analysis) on the paper (default 0). */
  subjectiveItems?: number;
  multipleScoring?: 'all_or_nothing' | 'partial';
  thirdMarkThresholdPct?: number;
}

export interface ExamFixture {
  orgId: string;
  planId: string;
  sessionId: string;
  roomId: string;
  bankId: string;
  admin: { user: TestUser; session: Credentials };
  lecturer: { user: TestUser; session: Credentials };
  proctors: { user: TestUser; session: Credentials }[];
  examiners: { user: TestUser; session: Credentials }[];
  candidates: { user: TestUser; session: Credentials; registrationId: string; attemptId: string }[];
  /** The paper every candidate got (same order for all). */
  paper: ExamPaperEntry[];
}

const SUBJECTIVE: readonly QuestionType[] = ['short_answer', 'case_analysis'];

function rowItemOf(functionId: string | null, basicItem: string | null): string {
  if (basicItem) return basicItem;
  const fn = WORK_REQUIREMENTS[4].functions.find((f) => `L4/F${f.code}` === functionId);
  return fn?.name ?? '未分类';
}

export async function createExamFixture(server: TestServer, opts: ExamFixtureOptions = {}): Promise<ExamFixture> {
  const db = server.ctx.db;
  const n = opts.candidates ?? 2;
  const org = await createOrg(server, 'institution');
  const person = async (role: 'institution_admin' | 'lecturer' | 'proctor' | 'examiner' | 'trainee') => {
    const user = await createUser(server, { roles: [{ orgId: org.id, role }] });
    return { user, session: await loginUser(server, user) };
  };
  const admin = await person('institution_admin');
  const lecturer = await person('lecturer');
  const proctors = [await person('proctor'), await person('proctor')];
  const examiners = [await person('examiner'), await person('examiner'), await person('examiner')];

  const [version] = await db
    .select({ id: standardVersions.id })
    .from(standardVersions)
    .where(eq(standardVersions.status, 'published'))
    .limit(1);
  if (!version) throw new Error('fixture: no published standard version');

  const bankId = await db.transaction(async (tx) => {
    const [bank] = await tx
      .insert(questionBanks)
      .values({ orgId: org.id, name: `考试题库${org.id.slice(0, 8)}`, createdBy: lecturer.user.id })
      .returning({ id: questionBanks.id });
    const ids = await createQuestions(server.ctx, tx, {
      bankId: bank!.id,
      drafts: demoQuestionDrafts(version.id),
      actorId: lecturer.user.id,
    });
    await activateSeededQuestions(tx, { questionIds: ids, actorId: lecturer.user.id });
    return bank!.id;
  });

  const items = await db
    .select({
      questionId: questions.id,
      revisionId: questions.currentRevisionId,
      type: questions.type,
      points: questions.points,
      difficulty: questions.difficulty,
      functionId: questions.functionId,
      basicItem: questions.basicItem,
      options: questionRevisions.options,
      createdAt: questions.createdAt,
    })
    .from(questions)
    .innerJoin(questionRevisions, eq(questionRevisions.id, questions.currentRevisionId))
    .where(and(eq(questions.bankId, bankId), eq(questions.status, 'active')))
    .orderBy(questions.createdAt, questions.id);

  // A spread of objective types (round robin over the types), then the subjective items.
  const objectiveWanted = opts.objectiveItems ?? 10;
  const byType = new Map<QuestionType, typeof items>();
  for (const it of items) {
    if (SUBJECTIVE.includes(it.type)) continue;
    byType.set(it.type, [...(byType.get(it.type) ?? []), it]);
  }
  const chosen: typeof items = [];
  while (chosen.length < objectiveWanted && [...byType.values()].some((l) => l.length > 0)) {
    for (const list of byType.values()) {
      const next = list.shift();
      if (next && chosen.length < objectiveWanted) chosen.push(next);
    }
  }
  chosen.push(...items.filter((it) => SUBJECTIVE.includes(it.type)).slice(0, opts.subjectiveItems ?? 0));
  if (chosen.length < objectiveWanted + (opts.subjectiveItems ?? 0)) throw new Error('fixture: bank too small');

  const rowItems = [...new Set(chosen.map((c) => rowItemOf(c.functionId, c.basicItem)))];
  const paper: ExamPaperEntry[] = chosen.map((c, i) => ({
    position: i + 1,
    questionId: c.questionId,
    revisionId: c.revisionId,
    type: c.type,
    points: c.points,
    row: rowItems.indexOf(rowItemOf(c.functionId, c.basicItem)),
    rowItem: rowItemOf(c.functionId, c.basicItem),
    difficulty: c.difficulty,
    optionOrder: c.options.map((o) => o.key),
  }));

  const candidates: ExamFixture['candidates'] = [];
  const people: { user: TestUser; session: Credentials }[] = [];
  for (let i = 0; i < n; i++) people.push(await person('trainee'));

  const ids = await db.transaction(async (tx) => {
    const [plan] = await tx
      .insert(examPlans)
      .values({
        orgId: org.id,
        name: `四级跨境电子商务师理论考试 ${org.id.slice(0, 6)}`,
        level: 4,
        workType: '跨境电子商务师',
        standardVersionId: version.id,
        modes: ['theory'],
        status: 'published',
        blueprint: null,
        bankIds: [bankId],
        paperMode: 'fixed',
        fixedPaper: paper,
        shuffleItems: false,
        shuffleOptions: false,
        multipleScoring: opts.multipleScoring ?? 'all_or_nothing',
        thirdMarkThresholdPct: opts.thirdMarkThresholdPct ?? 20,
        warningRules: { blur: 3, paste: 1, fullscreen_exit: 3 },
        saveGraceSeconds: opts.saveGraceSeconds ?? 30,
        lateEntryMinutes: opts.lateEntryMinutes ?? 30,
        passMark: 60,
        createdBy: lecturer.user.id,
      })
      .returning({ id: examPlans.id });
    await tx.insert(examPlanMarkers).values(examiners.map((e) => ({ planId: plan!.id, userId: e.user.id })));
    const [session] = await tx
      .insert(examSessions)
      .values({
        planId: plan!.id,
        name: '第一场',
        startsAt: opts.startsAt ?? new Date(Date.now() - 60_000),
        durationMinutes: opts.durationMinutes ?? 90,
      })
      .returning({ id: examSessions.id });
    const [room] = await tx
      .insert(examRooms)
      .values({ sessionId: session!.id, name: '第1考场', location: '教学楼 301', seats: Math.max(n, 1) })
      .returning({ id: examRooms.id });
    await tx.insert(examRoomProctors).values(proctors.map((p) => ({ roomId: room!.id, userId: p.user.id })));
    for (const [i, p] of people.entries()) {
      const [reg] = await tx
        .insert(examRegistrations)
        .values({
          planId: plan!.id,
          userId: p.user.id,
          status: 'approved',
          eligibility: { input: {}, result: { eligible: true, clauses: [] } },
          sessionId: session!.id,
          roomId: room!.id,
          seatNo: i + 1,
          ticketNo: `T${session!.id.slice(0, 8)}${String(i + 1).padStart(4, '0')}`,
        })
        .returning({ id: examRegistrations.id });
      const [attempt] = await tx
        .insert(examAttempts)
        .values({
          registrationId: reg!.id,
          planId: plan!.id,
          sessionId: session!.id,
          roomId: room!.id,
          userId: p.user.id,
          paper,
          paperSeed: `${session!.id}:${reg!.id}`,
        })
        .returning({ id: examAttempts.id });
      candidates.push({ ...p, registrationId: reg!.id, attemptId: attempt!.id });
    }
    return { planId: plan!.id, sessionId: session!.id, roomId: room!.id };
  });

  return { orgId: org.id, bankId, admin, lecturer, proctors, examiners, candidates, paper, ...ids };
}

/** The items of a fixture paper with their answers, for tests that answer correctly or wrongly on purpose. */
export async function paperKeys(server: TestServer, paper: ExamPaperEntry[]) {
  const rows = await server.ctx.db
    .select({ id: questionRevisions.id, answer: questionRevisions.answer })
    .from(questionRevisions)
    .where(
      inArray(
        questionRevisions.id,
        paper.map((p) => p.revisionId),
      ),
    );
  const byId = new Map(rows.map((r) => [r.id, r.answer]));
  return paper.map((p) => ({ ...p, answer: byId.get(p.revisionId)! }));
}
