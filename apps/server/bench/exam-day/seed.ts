/**
 * Exam-day setup (not timed): N candidates with bearer sessions and `ready` attempts, written straight into the
 * database in a handful of set-based statements (generate_series), so 20,000 candidates take seconds, not the
 * minutes the API would. Mirrors what `assign-seats` leaves behind: one institution, a bank of active level-4
 * 跨境电子商务师 items, a published plan with a fixed 100-item paper, one session, rooms of 30 seats with
 * 2 proctors each, placed registrations with tickets, and an attempt per candidate.
 */
import crypto from 'node:crypto';
import type { Answer, ExamPaperEntry, QuestionType } from '@crossskill/contracts';
import { WORK_REQUIREMENTS } from '@crossskill/standards';
import { eq, sql } from 'drizzle-orm';
import { examPlans } from '../../src/modules/exams/exams.tables.js';
import { searchFields } from '../../src/modules/questionbank/drafts.js';
import { questionRevisions, questions } from '../../src/modules/questionbank/questionbank.tables.js';
import { seedStandardVersions, standardVersions } from '../../src/modules/standards/index.js';
import type { Database } from '../../src/platform/db/index.js';
import { runMigrations } from '../../src/platform/db/index.js';

export const SEATS_PER_ROOM = 30;

/** The paper: 100 items, 100 points (判断 30 × 0.5, 单选 45 × 1, 多选 10 × 2, 填空 10 × 1, 简答 5 × 2). */
export const PAPER_MIX: { type: QuestionType; count: number; points: number }[] = [
  { type: 'true_false', count: 30, points: 0.5 },
  { type: 'single', count: 45, points: 1 },
  { type: 'multiple', count: 10, points: 2 },
  { type: 'fill_blank', count: 10, points: 1 },
  { type: 'short_answer', count: 5, points: 2 },
];
/** The bank holds this many times the items of each type the paper needs. */
const BANK_FACTOR = 1.5;

export interface SeededCandidate {
  /** 0-based candidate index (the order in which they start). */
  index: number;
  attemptId: string;
  token: string;
}

export interface SeededExam {
  planId: string;
  sessionId: string;
  rooms: number;
  paper: ExamPaperEntry[];
  candidates: SeededCandidate[];
}

function answerFor(type: QuestionType, options: number): Answer {
  switch (type) {
    case 'single':
      return { type, key: 'B' };
    case 'multiple':
      return { type, keys: options > 4 ? ['A', 'C', 'E'] : ['A', 'C'] };
    case 'true_false':
      return { type, value: true };
    case 'fill_blank':
      return { type, blanks: [{ accepted: ['海外仓'] }], caseSensitive: false };
    default:
      return {
        type: 'short_answer',
        reference: '先核对订单，再联系买家。',
        rubric: [{ criterion: '要点', points: 2 }],
      };
  }
}

const q = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * Migrates, seeds the standard versions (as `serve` does) and writes the exam. `startsAt` is the session start
 * (the moment the first candidate may press start). Identity is confirmed here (the waiting room, before the
 * start minute), so the timed start phase is POST start + GET attempt, as the page does it.
 */
export async function seedExamDay(
  database: Database,
  opts: { candidates: number; startsAt: Date; durationMinutes: number; log: (m: string) => void },
): Promise<SeededExam> {
  const { db } = database;
  const n = opts.candidates;
  await runMigrations(database);
  await seedStandardVersions(db);
  const [version] = await db
    .select({ id: standardVersions.id })
    .from(standardVersions)
    .where(eq(standardVersions.status, 'published'))
    .limit(1);
  if (!version) throw new Error('exam-day seed: no published standard version');

  const salt = crypto.randomBytes(6).toString('hex');
  const orgId = crypto.randomUUID();
  const staff = Array.from({ length: 4 }, () => crypto.randomUUID()); // lecturer + 3 examiners (markers)
  const proctorIds = [crypto.randomUUID(), crypto.randomUUID()];
  const bankId = crypto.randomUUID();
  await database.exec(`
    insert into organizations (id, kind, name) values (${q(orgId)}, 'institution', ${q(`考试日基准机构 ${salt}`)});
    insert into users (id, name, mobile)
      select id, '工作人员' || ord, '1990000' || lpad(ord::text, 4, '0')
      from unnest(array[${[...staff, ...proctorIds].map(q).join(',')}]::uuid[]) with ordinality as s(id, ord);
    insert into memberships (user_id, org_id, role) values
      (${q(staff[0]!)}, ${q(orgId)}, 'lecturer'),
      ${staff
        .slice(1)
        .map((id) => `(${q(id)}, ${q(orgId)}, 'examiner')`)
        .join(',')},
      ${proctorIds.map((id) => `(${q(id)}, ${q(orgId)}, 'proctor')`).join(',')};
    insert into question_banks (id, org_id, name, created_by) values (${q(bankId)}, ${q(orgId)}, '考试日基准题库', ${q(staff[0]!)});
  `);

  // The bank: minimal valid items of every type on the paper, tagged level 4 跨境电子商务师 by function.
  const functions = WORK_REQUIREMENTS[4].functions;
  const paper: ExamPaperEntry[] = [];
  let position = 0;
  for (const mix of PAPER_MIX) {
    const total = Math.ceil(mix.count * BANK_FACTOR);
    const rows = Array.from({ length: total }, (_, k) => {
      const fn = functions[k % functions.length]!;
      const optionCount = mix.type === 'single' ? 4 : mix.type === 'multiple' ? 4 + (k % 2) : 0;
      const options = Array.from({ length: optionCount }, (_, j) => ({
        key: String.fromCharCode(65 + j),
        content: `<p>${fn.name}相关做法 ${j + 1}：核对订单、物流与海外仓库存</p>`,
      }));
      const stem = `<p>某跨境电商卖家在${fn.name}工作中遇到第 ${k + 1} 个情况（${mix.type}），下列做法中最恰当的是（ ）。</p>`;
      return {
        id: crypto.randomUUID(),
        revisionId: crypto.randomUUID(),
        fn,
        options,
        stem,
        difficulty: 1 + (k % 5),
        f: searchFields(stem, options),
      };
    });
    await db.insert(questions).values(
      rows.map((r) => ({
        id: r.id,
        bankId,
        status: 'active' as const,
        currentRevisionId: r.revisionId,
        type: mix.type,
        points: mix.points,
        difficulty: r.difficulty,
        standardVersionId: version.id,
        level: 4,
        workType: '跨境电子商务师' as const,
        functionId: `L4/F${r.fn.code}`,
        searchText: r.f.searchText,
        searchTokens: r.f.searchTokens,
        createdBy: staff[0]!,
      })),
    );
    await db.insert(questionRevisions).values(
      rows.map((r) => ({
        id: r.revisionId,
        questionId: r.id,
        revision: 1,
        type: mix.type,
        stemHtml: r.stem,
        options: r.options,
        answer: answerFor(mix.type, r.options.length),
        shuffleOptions: false,
        points: mix.points,
        difficulty: r.difficulty,
        standardVersionId: version.id,
        level: 4,
        workType: '跨境电子商务师' as const,
        functionId: `L4/F${r.fn.code}`,
        searchText: r.f.searchText,
        stemFingerprint: r.f.fingerprint,
        createdBy: staff[0]!,
      })),
    );
    for (const r of rows.slice(0, mix.count)) {
      paper.push({
        position: ++position,
        questionId: r.id,
        revisionId: r.revisionId,
        type: mix.type,
        points: mix.points,
        row: functions.indexOf(r.fn),
        rowItem: r.fn.name,
        difficulty: r.difficulty,
        optionOrder: r.options.map((o) => o.key),
      });
    }
  }

  const [plan] = await db
    .insert(examPlans)
    .values({
      orgId,
      name: `考试日基准 四级跨境电子商务师理论考试 ${salt}`,
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
      multipleScoring: 'partial',
      thirdMarkThresholdPct: 20,
      warningRules: { blur: 3, paste: 1, fullscreen_exit: 3 },
      saveGraceSeconds: 30,
      lateEntryMinutes: 30,
      passMark: 60,
      createdBy: staff[0]!,
    })
    .returning({ id: examPlans.id });
  const planId = plan!.id;
  const sessionId = crypto.randomUUID();
  const rooms = Math.ceil(n / SEATS_PER_ROOM);
  const t = Date.now();
  // Candidates: users, trainee memberships, bearer sessions (token_hash = base64url(sha256(token)), as
  // identity's createSession stores it), registrations placed in rooms of 30, attempts with the paper.
  await database.exec(`
    insert into exam_plan_markers (plan_id, user_id)
      select ${q(planId)}, id from unnest(array[${staff.slice(1).map(q).join(',')}]::uuid[]) as s(id);
    insert into exam_sessions (id, plan_id, name, starts_at, duration_minutes)
      values (${q(sessionId)}, ${q(planId)}, '考试日基准场次', ${q(opts.startsAt.toISOString())}, ${opts.durationMinutes});
    insert into exam_rooms (session_id, name, location, seats)
      select ${q(sessionId)}, '第' || r || '考场', '教学楼', ${SEATS_PER_ROOM} from generate_series(1, ${rooms}) r;
    insert into exam_room_proctors (room_id, user_id)
      select r.id, p.id from exam_rooms r
      cross join unnest(array[${proctorIds.map(q).join(',')}]::uuid[]) as p(id)
      where r.session_id = ${q(sessionId)};
    insert into users (name, mobile, id_number_masked)
      select '考生' || i, '17' || lpad(i::text, 9, '0'), '110101********' || lpad((i % 10000)::text, 4, '0')
      from generate_series(1, ${n}) i;
    insert into memberships (user_id, org_id, role)
      select u.id, ${q(orgId)}, 'trainee' from users u where u.mobile like '17%';
    insert into sessions (user_id, token_hash, kind, expires_at)
      select u.id,
             translate(rtrim(encode(sha256(convert_to(${q(`${salt}-`)} || (substr(u.mobile, 3)::int), 'UTF8')), 'base64'), '='), '+/', '-_'),
             'bearer', now() + interval '2 days'
      from users u where u.mobile like '17%';
    insert into exam_registrations (plan_id, user_id, status, eligibility, session_id, room_id, seat_no, ticket_no)
      select ${q(planId)}, u.id, 'approved', '{"input":{},"result":{"eligible":true,"clauses":[]}}'::jsonb,
             ${q(sessionId)}, r.id, ((substr(u.mobile, 3)::int - 1) % ${SEATS_PER_ROOM}) + 1,
             ${q(`B${salt.slice(0, 6)}`)} || lpad(substr(u.mobile, 3), 9, '0')
      from users u
      join exam_rooms r on r.session_id = ${q(sessionId)}
        and r.name = '第' || ((substr(u.mobile, 3)::int - 1) / ${SEATS_PER_ROOM} + 1) || '考场'
      where u.mobile like '17%';
    insert into exam_attempts (registration_id, plan_id, session_id, room_id, user_id, paper, paper_seed, identity_confirmed_at)
      select g.id, g.plan_id, g.session_id, g.room_id, g.user_id,
             (select fixed_paper from exam_plans where id = ${q(planId)}), g.id::text, now()
      from exam_registrations g where g.plan_id = ${q(planId)};
    analyze;
  `);
  const rows = (await db.execute(sql`
    select a.id as "attemptId", substr(u.mobile, 3)::int as i
    from exam_attempts a join users u on u.id = a.user_id
    where a.session_id = ${sessionId}
    order by i
  `)) as unknown as { rows: { attemptId: string; i: number }[] } | { attemptId: string; i: number }[];
  const list = Array.isArray(rows) ? rows : rows.rows;
  if (list.length !== n) throw new Error(`exam-day seed: ${list.length} attempts for ${n} candidates`);
  opts.log(
    `seeded ${n.toLocaleString('en')} candidates in ${rooms} rooms, ${paper.length}-item paper, in ${((Date.now() - t) / 1000).toFixed(1)} s`,
  );
  return {
    planId,
    sessionId,
    rooms,
    paper,
    candidates: list.map((r) => ({ index: r.i - 1, attemptId: r.attemptId, token: `${salt}-${r.i}` })),
  };
}
