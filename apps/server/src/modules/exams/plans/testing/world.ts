import { eq } from 'drizzle-orm';
import { demoQuestionDrafts } from '../../../../demo/demo-questions.js';
import { DEMO_BLUEPRINT } from '../../../../demo/seed-demo-exam.js';
import { createOrg, createUser, loginUser, type TestUser } from '../../../../test/factories.js';
import type { Credentials, TestServer } from '../../../../test/harness.js';
import { activateSeededQuestions, createQuestions, questionBanks } from '../../../questionbank/index.js';
import { standardVersions } from '../../../standards/index.js';

/**
 * For the plans tests (not a shared fixture): an institution with an admin, a lecturer, proctors,
 * examiners and trainees (all logged in), a bank of the demo's active level-4 跨境电子商务师 items and an
 * empty bank.
 */
export interface Person {
  user: TestUser;
  session: Credentials;
}

/** A blueprint the 47 demo items fill (the demo's, see demo/seed-demo-exam.ts). */
export { DEMO_BLUEPRINT };

/** Work that makes a candidate eligible for level 4 (6 years in the occupation, 003 §1.8 clause 2). */
export const ELIGIBLE_LEVEL4 = { work: [{ occupation: '电子商务师', from: '2015-01-01' }] };

export async function createPlansWorld(server: TestServer, opts: { trainees?: number } = {}) {
  const org = await createOrg(server, 'institution');
  const person = async (role: 'institution_admin' | 'lecturer' | 'proctor' | 'examiner' | 'trainee') => {
    const user = await createUser(server, { roles: [{ orgId: org.id, role }] });
    return { user, session: await loginUser(server, user) } satisfies Person;
  };
  const admin = await person('institution_admin');
  const lecturer = await person('lecturer');
  const proctors: Person[] = [];
  for (let i = 0; i < 5; i++) proctors.push(await person('proctor'));
  const examiners = [await person('examiner'), await person('examiner')];
  const trainees: Person[] = [];
  for (let i = 0; i < (opts.trainees ?? 3); i++) trainees.push(await person('trainee'));
  const [version] = await server.ctx.db
    .select({ id: standardVersions.id })
    .from(standardVersions)
    .where(eq(standardVersions.label, '2022'))
    .limit(1);
  const { bankId, emptyBankId } = await server.ctx.db.transaction(async (tx) => {
    const [bank] = await tx
      .insert(questionBanks)
      .values({ orgId: org.id, name: `计划题库${org.id.slice(0, 6)}`, createdBy: lecturer.user.id })
      .returning({ id: questionBanks.id });
    const [empty] = await tx
      .insert(questionBanks)
      .values({ orgId: org.id, name: `空题库${org.id.slice(0, 6)}`, createdBy: lecturer.user.id })
      .returning({ id: questionBanks.id });
    const ids = await createQuestions(server.ctx, tx, {
      bankId: bank!.id,
      drafts: demoQuestionDrafts(version!.id),
      actorId: lecturer.user.id,
    });
    await activateSeededQuestions(tx, { questionIds: ids, actorId: lecturer.user.id });
    return { bankId: bank!.id, emptyBankId: empty!.id };
  });
  return { org, admin, lecturer, proctors, examiners, trainees, bankId, emptyBankId, versionId: version!.id };
}

export type PlansWorld = Awaited<ReturnType<typeof createPlansWorld>>;

/** A session body with `rooms` rooms of `seats` seats, two proctors each (from the world's proctors). */
export function sessionBody(
  w: PlansWorld,
  opts: { startsAt?: Date; durationMinutes?: number; rooms?: number; seats?: number } = {},
) {
  const rooms = opts.rooms ?? 1;
  return {
    name: `场次${Math.random().toString(36).slice(2, 6)}`,
    startsAt: (opts.startsAt ?? new Date(Date.now() + 7 * 86_400_000)).toISOString(),
    durationMinutes: opts.durationMinutes ?? 90,
    rooms: Array.from({ length: rooms }, (_, i) => ({
      name: `第${i + 1}考场`,
      location: `教学楼 ${301 + i}`,
      seats: opts.seats ?? 2,
      proctorIds: [w.proctors[2 * i]!.user.id, w.proctors[2 * i + 1]!.user.id],
    })),
  };
}
