/**
 * Certificate batch: issue N (default 10,000) certificates for one plan through the batch job's handler
 * (`runIssueJob`: eligibility, numbers and status-list slots, Ed25519 / eddsa-rdfc-2022 signing, multi-row
 * inserts, photo copy, audit), on in-memory PGlite or, with TEST_DATABASE_URL, a fresh PostgreSQL database.
 *
 *   npx tsc -b apps/server && npm run bench -w @crossskill/server -- certificates-batch
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench -w @crossskill/server -- certificates-batch
 *
 *   CERT_BATCH_N        certificates (default 10000)
 *   CERT_BATCH_BASELINE credentials signed alone for the baseline, scaled to N (default 1000)
 *
 * Baseline: signing alone (`signCertificateCredentials` on CERT_BATCH_BASELINE inputs, scaled to N) — the part
 * no implementation can avoid; the ratio says what the database work adds.
 */
import os from 'node:os';
import { OCCUPATION } from '@crossskill/standards';
import { count, eq } from 'drizzle-orm';
import { PNG } from 'pngjs';
import { certificates } from '../src/modules/certificates/certificates.tables.js';
import { signCertificateCredentials } from '../src/modules/certificates/credentials/index.js';
import { type IssueTimings, runIssueJob } from '../src/modules/certificates/issue.service.js';
import { examRegistrations } from '../src/modules/exams/exams.tables.js';
import { userPhotos, users } from '../src/modules/identity/identity.tables.js';
import { finalResults } from '../src/modules/results/results.tables.js';
import { createFinishedPlan } from '../src/modules/results/testing/finished-plan.js';
import { startTestServer } from '../src/test/harness.js';
import { type Benchmark, time } from './support.js';

const N = Number(process.env.CERT_BATCH_N ?? 10_000);
const BASELINE = Number(process.env.CERT_BATCH_BASELINE ?? 1_000);
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华';

function photo(): Buffer {
  const png = new PNG({ width: 90, height: 120 });
  for (let i = 0; i < png.data.length; i += 4) {
    const y = Math.floor(i / 4 / 90);
    png.data[i] = 180 + (y % 40);
    png.data[i + 1] = 200;
    png.data[i + 2] = 240;
    png.data[i + 3] = 255;
  }
  return PNG.sync.write(png);
}

export const certificatesBatchBenchmark: Benchmark = {
  name: 'certificates-batch',
  description: `issue ${N.toLocaleString('en')} certificates of one plan through the batch job (sign + insert)`,
  async run(log) {
    const server = await startTestServer();
    try {
      const db = server.ctx.db;
      const plan = await createFinishedPlan(server, {
        candidates: [{ theory: 80, skill: 80 }],
        publish: { appealUntil: new Date(Date.now() - 3_600_000) },
      });
      const setup = await time(async () => {
        const png = new Uint8Array(photo());
        const publishedAt = new Date(Date.now() - 60_000);
        for (let start = 1; start < N; start += 1_000) {
          const size = Math.min(1_000, N - start);
          const people = await db
            .insert(users)
            .values(
              Array.from({ length: size }, (_, k) => {
                const i = start + k;
                return {
                  name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}${GIVEN[(i * 13) % GIVEN.length]}`,
                  idNumberMasked: `3203**********${String(i % 1000).padStart(3, '0')}X`,
                };
              }),
            )
            .returning({ id: users.id });
          await db
            .insert(userPhotos)
            .values(people.map((p) => ({ userId: p.id, mime: 'image/png', width: 90, height: 120, content: png })));
          const regs = await db
            .insert(examRegistrations)
            .values(
              people.map((p, k) => ({
                planId: plan.planId,
                userId: p.id,
                status: 'approved' as const,
                eligibility: { input: {}, result: { eligible: true, clauses: [] } },
                ticketNo: `B${plan.planId.slice(0, 6)}${String(start + k).padStart(6, '0')}`,
              })),
            )
            .returning({ id: examRegistrations.id, userId: examRegistrations.userId });
          await db.insert(finalResults).values(
            regs.map((r) => ({
              registrationId: r.id,
              planId: plan.planId,
              userId: r.userId,
              theoryScore: 80,
              skillScore: 75,
              reviewScore: null,
              reviewRequired: false,
              passMark: 60,
              passed: true,
              publishedAt,
            })),
          );
        }
      });
      log(`setup: ${N.toLocaleString('en')} passed candidates with photos in ${(setup.ms / 1000).toFixed(1)} s`);

      // Baseline: signing alone.
      const inputs = Array.from({ length: BASELINE }, (_, i) => ({
        certificateId: crypto.randomUUID(),
        number: `BASE${String(i).padStart(8, '0')}`,
        holderName: '王伟',
        occupation: OCCUPATION.name,
        occupationCode: OCCUPATION.code,
        workType: '跨境电子商务师',
        level: 4,
        levelName: '四级/中级工',
        standardVersionLabel: '2018',
        orgName: '基准机构',
        issuedAt: new Date(),
        statusListId: 1,
        statusListIndex: i,
      }));
      await signCertificateCredentials(server.ctx, inputs.slice(0, 20)); // warm-up (contexts, key)
      const signOnly = await time(() => signCertificateCredentials(server.ctx, inputs));
      let baselineMs = (signOnly.ms * N) / BASELINE;
      log(
        `signing alone: ${BASELINE} in ${(signOnly.ms / 1000).toFixed(2)} s (${(signOnly.ms / BASELINE).toFixed(2)} ms each)`,
      );

      const regIds = (
        await db
          .select({ id: examRegistrations.id })
          .from(examRegistrations)
          .where(eq(examRegistrations.planId, plan.planId))
      ).map((r) => r.id);
      const timings: IssueTimings = { signMs: 0, dbMs: 0 };
      let lastLog = 0;
      const cpu0 = process.cpuUsage();
      const run = await time(() =>
        runIssueJob(
          server.ctx,
          { planId: plan.planId, registrationIds: regIds, actorId: plan.admin.user.id, ip: null },
          async (done) => {
            if (done - lastLog >= 2_000) {
              lastLog = done;
              log(`progress ${done.toLocaleString('en')} / ${regIds.length.toLocaleString('en')}`);
            }
          },
          timings,
        ),
      );
      const cpu = process.cpuUsage(cpu0);
      const cpuMs = (cpu.user + cpu.system) / 1000;
      log(
        `CPU time of this process during the batch: ${(cpuMs / 1000).toFixed(1)} s (wall ${(run.ms / 1000).toFixed(1)} s; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`,
      );
      // The baseline again after the batch (the load of a shared machine drifts): the mean of both is used.
      const signAfter = await time(() => signCertificateCredentials(server.ctx, inputs));
      log(`signing alone after the batch: ${BASELINE} in ${(signAfter.ms / 1000).toFixed(2)} s`);
      baselineMs = ((signOnly.ms + signAfter.ms) / 2) * (N / BASELINE);
      const [issued] = await db.select({ n: count() }).from(certificates).where(eq(certificates.planId, plan.planId));
      const other = run.ms - timings.signMs - timings.dbMs;
      log(
        `issued ${issued!.n.toLocaleString('en')} (${run.value.firstNumber} … ${run.value.lastNumber}); signing ${(timings.signMs / 1000).toFixed(1)} s, database ${(timings.dbMs / 1000).toFixed(1)} s, other ${(other / 1000).toFixed(1)} s`,
      );
      if (issued!.n !== N) throw new Error(`expected ${N} certificates, found ${issued!.n}`);
      const retry = await time(() =>
        runIssueJob(
          server.ctx,
          { planId: plan.planId, registrationIds: regIds, actorId: plan.admin.user.id, ip: null },
          async () => {},
        ),
      );
      if (retry.value.issued !== 0) throw new Error('a retried job issued again');
      return [
        {
          name: `batch of ${N.toLocaleString('en')} (job handler, total)`,
          ms: run.ms,
          baselineName: `signing alone, ${BASELINE} before + after, scaled to ${N}`,
          baselineMs,
          targetMs: 120_000,
        },
        { name: '… of which signing', ms: timings.signMs, baselineName: 'signing alone', baselineMs },
        { name: '… of which database (allocate, insert, photos, audit)', ms: timings.dbMs + Math.max(0, other) },
        { name: '… CPU time of the process (user + system; PostgreSQL server CPU not included)', ms: cpuMs },
        { name: `retry of the finished job (skips all ${N.toLocaleString('en')})`, ms: retry.ms },
      ];
    } finally {
      await server.close();
    }
  },
};
