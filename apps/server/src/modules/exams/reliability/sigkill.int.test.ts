/**
 * Reliability (issue 5): the server process is killed with SIGKILL in the middle of an exam and started again
 * on the same data. A real `serve` process (spawned with `node --import tsx src/cli.ts serve`, so no build is
 * needed) on a fresh PGlite data directory — or on a fresh PostgreSQL database when TEST_DATABASE_URL is set.
 *
 * The exam is written with the shared fixture through an in-process server on the same data before the first
 * start: 3 candidates in a running 90-minute session, and 1 candidate in a session whose deadline falls while
 * the server is down. Candidates save continuously (each save waits for the previous one, as the page does)
 * until the kill, so saves are in flight when the process dies; only acknowledged ones are promised.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CandidateAttempt, CandidateResponse, ExamPaperEntry, SaveAnswersResult } from '@crossskill/contracts';
import { eq, inArray } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../platform/config.js';
import { type Database, openDatabase } from '../../../platform/db/index.js';
import { buildServer } from '../../../server.js';
import type { Credentials } from '../../../test/harness.js';
import { examAnswers, examAttempts } from '../exams.tables.js';
import { createExamFixture, type ExamFixture, paperKeys } from '../testing/fixture.js';

const SERVER_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
/** The late session's deadline is this long after the exam is written: room for the first run, then it passes while down. */
const LATE_DEADLINE_S = 50;
/** The server is killed this long before the late deadline, and restarted once deadline + grace has passed. */
const KILL_BEFORE_DEADLINE_S = 3;
const LATE_GRACE_S = 1;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

interface Proc {
  child: ChildProcess;
  url: string;
  output: () => string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

let dataDir: string;
let databaseUrl: string | undefined;
let dropDatabase: (() => Promise<void>) | undefined;
const encryptionKey = crypto.randomBytes(32).toString('base64');
let port: number;
let running: Proc | undefined;
const outputs: string[] = [];

function openData(): Promise<Database> {
  return openDatabase(databaseUrl ? { url: databaseUrl, poolSize: 2 } : { dataDir: path.join(dataDir, 'pglite') });
}

/** `crossskill serve` as its own process, on the test's data, in production mode (no demo seeding). */
async function startServe(): Promise<Proc> {
  let log = '';
  const { DATABASE_URL: _, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve'], {
    cwd: SERVER_ROOT,
    env: {
      ...env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      ENCRYPTION_KEY: encryptionKey,
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
      SERVE_WEB: 'false',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`serve exited (${child.exitCode}):\n${log}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`serve did not start in 90 s:\n${log}`);
    await sleep(200);
  }
  running = { child, url, output: () => log };
  return running;
}

async function killServe(proc: Proc, signal: 'SIGKILL' | 'SIGTERM') {
  const exited = new Promise<void>((r) => proc.child.once('exit', () => r()));
  if (proc.child.exitCode === null && proc.child.signalCode === null) proc.child.kill(signal);
  await exited;
  outputs.push(proc.output());
  if (running === proc) running = undefined;
}

function headersFor(as: Credentials): Record<string, string> {
  if (as.kind === 'cookie') return { cookie: `cs_session=${as.session}; cs_csrf=${as.csrf}`, 'x-csrf-token': as.csrf };
  if (as.kind === 'bearer') return { authorization: `Bearer ${as.token}` };
  return {};
}

async function api<T>(
  proc: Proc,
  as: Credentials,
  method: 'GET' | 'POST',
  url: string,
  body?: unknown,
): Promise<{ status: number; json: T }> {
  const res = await fetch(`${proc.url}${url}`, {
    method,
    headers: { ...headersFor(as), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, json: (await res.json()) as T };
}

/** A valid response for the item at a position, different for every version (so the stored one is identifiable). */
function responseFor(entry: ExamPaperEntry, blanks: number, version: number): CandidateResponse {
  const letters = entry.optionOrder.map((_, i) => String.fromCharCode(65 + i)) as ('A' | 'B')[];
  switch (entry.type) {
    case 'single':
      return { choices: [letters[version % letters.length]!] };
    case 'multiple':
      return { choices: letters.filter((_, i) => i === 0 || i === version % letters.length) };
    case 'true_false':
      return { value: version % 2 === 0 };
    case 'fill_blank':
      return { blanks: Array.from({ length: blanks }, (_, i) => `答案${version}-${i}`) };
    default:
      return { text: `第 ${version} 稿：先核对订单，再联系买家。` };
  }
}

interface Sitter {
  as: Credentials;
  attemptId: string;
  /** Highest acknowledged version per position. */
  acked: Map<number, number>;
  /** Every response sent, by position and version. */
  sent: Map<string, CandidateResponse>;
  nextVersion: Map<number, number>;
}

let fx: ExamFixture;
let late: ExamFixture;
let blanksAt: Map<string, number>;
let lateDeadline: Date;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crossskill-sigkill-'));
  port = await freePort();
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const name = `cs_sigkill_${crypto.randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    databaseUrl = u.toString();
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  // Write the exam with the shared fixture through an in-process server on the same data, then close it.
  const database = await openData();
  const config = loadConfig(
    { NODE_ENV: 'test', LOG_LEVEL: 'silent', ENCRYPTION_KEY: encryptionKey },
    { dataDir, serveWeb: false, authRateLimitPerMinute: 10_000 },
  );
  const server = await buildServer(config, { database });
  try {
    const testServer = { ...server, dataDir };
    fx = await createExamFixture(testServer, { candidates: 3, objectiveItems: 8, subjectiveItems: 1 });
    // The late session ends LATE_DEADLINE_S from now (1-minute session that started 60 − LATE_DEADLINE_S s ago).
    lateDeadline = new Date(Date.now() + LATE_DEADLINE_S * 1000);
    late = await createExamFixture(testServer, {
      candidates: 1,
      objectiveItems: 6,
      durationMinutes: 1,
      startsAt: new Date(lateDeadline.getTime() - 60_000),
      saveGraceSeconds: LATE_GRACE_S,
    });
    const keys = [...(await paperKeys(testServer, fx.paper)), ...(await paperKeys(testServer, late.paper))];
    blanksAt = new Map(keys.map((k) => [k.revisionId, k.answer.type === 'fill_blank' ? k.answer.blanks.length : 0]));
  } finally {
    await server.close();
    await database.close();
  }
}, 120_000);

afterAll(async () => {
  if (running) await killServe(running, 'SIGKILL');
  await dropDatabase?.();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function sitter(as: Credentials, attemptId: string): Sitter {
  return { as, attemptId, acked: new Map(), sent: new Map(), nextVersion: new Map() };
}

/**
 * Saves one position after another, each after the previous answer came back, until the process is killed
 * (`dying()`: from then on a failed request is expected and was never acknowledged).
 */
async function keepSaving(proc: Proc, s: Sitter, paper: ExamPaperEntry[], dying: () => boolean, inFlight: Set<Sitter>) {
  for (let k = 0; !dying(); k++) {
    const entry = paper[k % paper.length]!;
    const version = (s.nextVersion.get(entry.position) ?? 0) + 1;
    s.nextVersion.set(entry.position, version);
    const response = responseFor(entry, blanksAt.get(entry.revisionId) ?? 1, version);
    s.sent.set(`${entry.position}:${version}`, response);
    inFlight.add(s);
    try {
      const r = await api<SaveAnswersResult>(proc, s.as, 'POST', `/api/attempts/${s.attemptId}/answers`, {
        saves: [{ position: entry.position, version, response, flagged: version % 3 === 0 }],
        cursor: { position: entry.position, view: 'single' },
      });
      inFlight.delete(s);
      if (r.status !== 200) throw new Error(`save refused: ${r.status} ${JSON.stringify(r.json)}`);
      const stored = r.json.saved.find((x) => x.position === entry.position)!.version;
      expect(stored).toBeGreaterThanOrEqual(version);
      s.acked.set(entry.position, Math.max(s.acked.get(entry.position) ?? 0, version));
    } catch (err) {
      if (dying()) return; // the process is gone: this save was never acknowledged
      throw err;
    }
  }
}

describe('SIGKILL in the middle of an exam', () => {
  it('loses no acknowledged answer, keeps every deadline, resumes saving, and closes at start-up what expired while down', async () => {
    // First run: everyone confirms identity, starts and saves continuously.
    const first = await startServe();
    const sitters = fx.candidates.map((c) => sitter(c.session, c.attemptId));
    const lateSitter = sitter(late.candidates[0]!.session, late.candidates[0]!.attemptId);
    const before = new Map<string, CandidateAttempt>();
    for (const s of [...sitters, lateSitter]) {
      expect((await api(first, s.as, 'POST', `/api/attempts/${s.attemptId}/confirm-identity`, {})).status).toBe(200);
      const started = await api<CandidateAttempt>(first, s.as, 'POST', `/api/attempts/${s.attemptId}/start`, {});
      expect(started.status).toBe(200);
      expect(started.json.status).toBe('in_progress');
    }
    const killAt = lateDeadline.getTime() - KILL_BEFORE_DEADLINE_S * 1000;
    expect(
      Date.now(),
      `the first run must get to the saves before the late deadline (${LATE_DEADLINE_S} s after setup); the machine is too slow`,
    ).toBeLessThan(killAt - 3000);

    let dying = false;
    const inFlight = new Set<Sitter>();
    const loops = [
      ...sitters.map((s) => keepSaving(first, s, fx.paper, () => dying, inFlight)),
      keepSaving(first, lateSitter, late.paper, () => dying, inFlight),
    ];
    // Let them save for a while, read the clock each candidate sees, then kill while saves are in flight.
    await sleep(Math.min(3000, killAt - Date.now() - 1500));
    for (const s of [...sitters, lateSitter]) {
      const r = await api<CandidateAttempt>(first, s.as, 'GET', `/api/attempts/${s.attemptId}`);
      expect(r.status).toBe(200);
      before.set(s.attemptId, r.json);
    }
    await sleep(killAt - Date.now());
    dying = true;
    const inFlightAtKill = inFlight.size;
    await killServe(first, 'SIGKILL');
    const killedAt = Date.now();
    await Promise.all(loops);
    expect(inFlightAtKill, 'saves were in flight when the process died').toBeGreaterThan(0);
    for (const s of [...sitters, lateSitter])
      expect(s.acked.size, 'every candidate had saves acknowledged').toBeGreaterThan(0);

    // Down until the late session's deadline + grace has passed, then start again on the same data.
    await sleep(lateDeadline.getTime() + LATE_GRACE_S * 1000 + 1000 - Date.now());
    const second = await startServe();
    const restartedAt = Date.now();

    // Every candidate still in the exam: every acknowledged answer with its version (or a later one whose
    // acknowledgement was lost with the process), the same deadline, and the time kept running while down.
    for (const s of sitters) {
      const r = await api<CandidateAttempt>(second, s.as, 'GET', `/api/attempts/${s.attemptId}`);
      expect(r.status).toBe(200);
      const a = r.json;
      const b = before.get(s.attemptId)!;
      expect(a.status).toBe('in_progress');
      expect(a.deadlineAt).toBe(b.deadlineAt);
      const expected = Math.ceil((Date.parse(a.deadlineAt!) - Date.parse(a.serverTime)) / 1000);
      expect(a.remainingSeconds).toBe(expected);
      const elapsed = (Date.parse(a.serverTime) - Date.parse(b.serverTime)) / 1000;
      expect(elapsed).toBeGreaterThan((restartedAt - killedAt) / 1000);
      expect(b.remainingSeconds! - a.remainingSeconds!).toBeGreaterThanOrEqual(Math.floor(elapsed) - 1);
      expect(b.remainingSeconds! - a.remainingSeconds!).toBeLessThanOrEqual(Math.ceil(elapsed) + 1);
      const stored = new Map(a.answers.map((x) => [x.position, x]));
      for (const [position, version] of s.acked) {
        const got = stored.get(position);
        expect(got, `position ${position} acknowledged at v${version}`).toBeDefined();
        expect(got!.version).toBeGreaterThanOrEqual(version);
        expect(got!.response).toEqual(s.sent.get(`${position}:${got!.version}`));
      }
      // Saving continues where it stopped.
      const entry = fx.paper[0]!;
      const version = (s.nextVersion.get(entry.position) ?? 0) + 1;
      const saved = await api<SaveAnswersResult>(second, s.as, 'POST', `/api/attempts/${s.attemptId}/answers`, {
        saves: [{ position: entry.position, version, response: responseFor(entry, 1, version), flagged: false }],
      });
      expect(saved.status).toBe(200);
      expect(saved.json.saved).toEqual([{ position: entry.position, version }]);
      expect(saved.json.status).toBe('in_progress');
    }

    // The attempt whose deadline passed while the server was down: closed by the sweeper at start-up,
    // with its saved answers (poll briefly: the start-up pass runs beside the first requests).
    let closed: CandidateAttempt | undefined;
    for (let i = 0; i < 50; i++) {
      const r = await api<CandidateAttempt>(second, lateSitter.as, 'GET', `/api/attempts/${lateSitter.attemptId}`);
      expect(r.status).toBe(200);
      if (r.json.status === 'submitted') {
        closed = r.json;
        break;
      }
      await sleep(100);
    }
    expect(closed, 'the expired attempt is closed at start-up').toBeDefined();
    expect(closed!.remainingSeconds).toBe(0);
    expect(closed!.deadlineAt).toBe(before.get(lateSitter.attemptId)!.deadlineAt);
    const lateStored = new Map(closed!.answers.map((x) => [x.position, x]));
    for (const [position, version] of lateSitter.acked) {
      expect(lateStored.get(position)?.version).toBeGreaterThanOrEqual(version);
    }
    // Too late now: a save is refused with the clear code.
    const refused = await api<{ error: { code: string } }>(
      second,
      lateSitter.as,
      'POST',
      `/api/attempts/${lateSitter.attemptId}/answers`,
      { saves: [{ position: 1, version: 10_000, response: null, flagged: false }] },
    );
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe('ATTEMPT_CLOSED');

    // The candidates finish normally after the restart.
    for (const s of sitters) {
      const r = await api<CandidateAttempt>(second, s.as, 'POST', `/api/attempts/${s.attemptId}/submit`, {});
      expect(r.status).toBe(200);
      expect(r.json.status).toBe('submitted');
    }
    await killServe(second, 'SIGTERM');

    // In the database: the late attempt closed by the deadline (not by anyone), scored with what was saved.
    const database = await openData();
    try {
      const [row] = await database.db.select().from(examAttempts).where(eq(examAttempts.id, lateSitter.attemptId));
      expect(row!.status).toBe('submitted');
      expect(row!.submitReason).toBe('deadline');
      expect(row!.submittedAt!.getTime()).toBeGreaterThanOrEqual(lateDeadline.getTime());
      expect(row!.objectiveScore).not.toBeNull();
      const answers = await database.db
        .select({ attemptId: examAnswers.attemptId, position: examAnswers.position, version: examAnswers.version })
        .from(examAnswers)
        .where(
          inArray(
            examAnswers.attemptId,
            [...sitters, lateSitter].map((s) => s.attemptId),
          ),
        );
      const v = new Map(answers.map((x) => [`${x.attemptId}:${x.position}`, x.version]));
      for (const s of [...sitters, lateSitter])
        for (const [position, version] of s.acked)
          expect(v.get(`${s.attemptId}:${position}`)).toBeGreaterThanOrEqual(version);
    } finally {
      await database.close();
    }
  }, 240_000);
});
