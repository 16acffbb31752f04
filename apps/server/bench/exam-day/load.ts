/**
 * The exam-day load generator: undici over loopback with keep-alive and a bounded number of connections.
 * Open loop: every request has a scheduled moment and its latency is measured from that moment (so a slow
 * server cannot hide queueing by slowing the generator down — no coordinated omission).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { ExamPaperEntry } from '@crossskill/contracts';
import { Pool } from 'undici';
import type { SeededCandidate } from './seed.js';
import { Samples, Tally, Timeline } from './stats.js';

const now = () => performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

export function makePool(origin: string, connections: number) {
  return new Pool(origin, {
    connections,
    pipelining: 1,
    keepAliveTimeout: 120_000,
    keepAliveMaxTimeout: 600_000,
    headersTimeout: 60_000,
    bodyTimeout: 60_000,
  });
}

/** mulberry32 */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A min-heap of scheduled events (time in performance.now() ms). */
class Agenda<T> {
  private t: number[] = [];
  private v: T[] = [];
  get size() {
    return this.t.length;
  }
  push(time: number, value: T) {
    const { t, v } = this;
    let i = t.length;
    t.push(time);
    v.push(value);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (t[p]! <= time) break;
      t[i] = t[p]!;
      v[i] = v[p]!;
      i = p;
    }
    t[i] = time;
    v[i] = value;
  }
  peek() {
    return this.t[0];
  }
  pop(): [number, T] {
    const { t, v } = this;
    const top: [number, T] = [t[0]!, v[0]!];
    const lt = t.pop()!;
    const lv = v.pop()!;
    if (t.length) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= t.length) break;
        const r = l + 1;
        const c = r < t.length && t[r]! < t[l]! ? r : l;
        if (t[c]! >= lt) break;
        t[i] = t[c]!;
        v[i] = v[c]!;
        i = c;
      }
      t[i] = lt;
      v[i] = lv;
    }
    return top;
  }
}

/**
 * Runs `fire` for every event at its time; returns when the agenda is empty and every fired promise settled
 * (a fired event may add events: a start schedules its saves).
 */
async function runAgenda<T>(agenda: Agenda<T>, fire: (at: number, value: T) => Promise<void>) {
  const inflight = new Set<Promise<void>>();
  while (agenda.size > 0 || inflight.size > 0) {
    const next = agenda.peek();
    if (next === undefined) {
      await sleep(5);
      continue;
    }
    const wait = next - now();
    if (wait > 1) {
      await sleep(Math.min(wait, 50));
      continue;
    }
    while (agenda.size > 0 && agenda.peek()! <= now()) {
      const [at, value] = agenda.pop();
      const p = fire(at, value).finally(() => inflight.delete(p));
      inflight.add(p);
    }
    await new Promise((r) => setImmediate(r));
  }
  await Promise.all(inflight);
}

interface Result {
  status: number;
  body: string;
}

async function send(pool: Pool, method: 'GET' | 'POST', path: string, auth: string, body?: string): Promise<Result> {
  const res = await pool.request({
    method,
    path,
    headers: {
      ...(auth ? { authorization: auth } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
      'accept-language': 'zh-CN',
    },
    ...(body ? { body } : {}),
  });
  return { status: res.statusCode, body: await res.body.text() };
}

function errorKey(kind: string, r: Result) {
  let code = '';
  try {
    code = JSON.parse(r.body)?.error?.code ?? '';
  } catch {
    // not JSON
  }
  return `${kind} ${r.status}${code ? ` ${code}` : ''}`;
}

/** A few ready-made responses per item type (JSON text), in the letters the candidate sees. */
function responsesFor(entry: ExamPaperEntry, rand: () => number): string[] {
  const letters = entry.optionOrder.map((_, i) => String.fromCharCode(65 + i));
  const out: string[] = [];
  for (let k = 0; k < 6; k++) {
    switch (entry.type) {
      case 'true_false':
        out.push(JSON.stringify({ value: k % 2 === 0 }));
        break;
      case 'single':
        out.push(JSON.stringify({ choices: [letters[Math.floor(rand() * letters.length)]] }));
        break;
      case 'multiple': {
        const chosen = letters.filter(() => rand() < 0.5);
        out.push(JSON.stringify({ choices: chosen.length ? chosen : [letters[0]] }));
        break;
      }
      case 'fill_blank':
        out.push(JSON.stringify({ blanks: [['海外仓', '保税仓', 'FBA', '前置仓'][k % 4]] }));
        break;
      default: {
        const base =
          '首先核对订单信息和物流轨迹，其次与买家沟通确认问题，再根据平台规则提出退款或补发方案，最后记录处理结果并优化流程。';
        out.push(JSON.stringify({ text: base.repeat(1 + (k % 4)) }));
      }
    }
  }
  return out;
}

export interface ExamDayLoad {
  candidates: SeededCandidate[];
  paper: ExamPaperEntry[];
  /** Seconds over which all candidates start (and, later, submit). */
  startWindowS: number;
  /** Minutes of saving (one save per candidate every saveIntervalS). */
  minutes: number;
  saveIntervalS: number;
  /** Seconds of closed-loop saving at full speed after the timed saves (0 = skip). */
  saturateS: number;
  /** The pool's connection count (the closed-loop phase keeps this many requests in flight). */
  connections: number;
  log: (m: string) => void;
}

export interface ExamDayResult {
  t0: number;
  startPost: Samples;
  attemptGet: Samples;
  /** POST start + GET attempt, from the scheduled moment: what the candidate waits for after pressing start. */
  startTotal: Samples;
  save: Samples;
  /** Saves scheduled after the start window (+ one interval): the steady state, without the start minute. */
  saveSteady: Samples;
  submit: Samples;
  errors: Tally;
  /** Highest acknowledged version per (candidate, position): index * positions + position - 1. */
  acked: Int32Array;
  ackedSaves: number;
  savePhase: { from: number; to: number; completed: number };
  saturated: { seconds: number; completed: number; latency: Samples } | null;
  saveTimeline: Timeline;
  generatorLagP99Ms: number;
  generatorLagMaxMs: number;
  phaseMarks: Record<string, number>;
}

/** The exam day: start within the window, save every saveIntervalS for `minutes`, (saturate), submit within the window. */
export async function runExamDay(pool: Pool, load: ExamDayLoad): Promise<ExamDayResult> {
  const { candidates, paper, log } = load;
  const n = candidates.length;
  const P = paper.length;
  const rand = random(20_000);
  const pool6 = paper.map((e) => responsesFor(e, rand));
  const auth = candidates.map((c) => `Bearer ${c.token}`);
  const sent = new Int32Array(n * P);
  const acked = new Int32Array(n * P);
  const started = new Uint8Array(n);
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();

  const t0 = now() + 200;
  const res: ExamDayResult = {
    t0,
    startPost: new Samples(),
    attemptGet: new Samples(),
    startTotal: new Samples(),
    save: new Samples(),
    saveSteady: new Samples(),
    submit: new Samples(),
    errors: new Tally(),
    acked,
    ackedSaves: 0,
    savePhase: { from: 0, to: 0, completed: 0 },
    saturated: null,
    saveTimeline: new Timeline(t0),
    generatorLagP99Ms: 0,
    generatorLagMaxMs: 0,
    phaseMarks: {},
  };
  const window = load.startWindowS * 1000;
  const interval = load.saveIntervalS * 1000;
  const steadyFrom = t0 + window + interval;
  const savesEach = Math.round((load.minutes * 60) / load.saveIntervalS);

  type Ev = { kind: 'start' | 'save' | 'submit'; c: number; k: number };
  const agenda = new Agenda<Ev>();
  // Start: evenly over the window, in candidate order.
  for (let c = 0; c < n; c++) agenda.push(t0 + (c * window) / n, { kind: 'start', c, k: 0 });

  async function save(c: number, at: number, record: boolean): Promise<void> {
    const pos = 1 + Math.floor(rand() * P);
    const i = c * P + pos - 1;
    const version = ++sent[i]!;
    const responses = pool6[pos - 1]!;
    const body = `{"saves":[{"position":${pos},"version":${version},"response":${responses[version % responses.length]},"flagged":false}],"cursor":{"position":${pos},"view":"single"}}`;
    try {
      const r = await send(pool, 'POST', `/api/attempts/${candidates[c]!.attemptId}/answers`, auth[c]!, body);
      const done = now();
      if (record) {
        res.save.push(done - at);
        if (at >= steadyFrom) res.saveSteady.push(done - at);
      }
      if (r.status >= 200 && r.status < 300) {
        const saved = (JSON.parse(r.body) as { saved: { position: number; version: number }[] }).saved;
        const mine = saved.find((s) => s.position === pos);
        if (!mine || mine.version < version) res.errors.add('save ack without the version', r.body);
        if (version > acked[i]!) acked[i] = version;
        res.ackedSaves++;
        if (record) res.saveTimeline.hit(done);
      } else {
        res.errors.add(errorKey('save', r), r.body);
      }
    } catch (err) {
      if (record) res.save.push(now() - at);
      res.errors.add(`save network ${(err as { code?: string }).code ?? (err as Error).message}`);
    }
  }

  const fire = async (at: number, ev: Ev) => {
    const c = ev.c;
    const id = candidates[c]!.attemptId;
    if (ev.kind === 'start') {
      try {
        const r1 = await send(pool, 'POST', `/api/attempts/${id}/start`, auth[c]!, '{}');
        const t1 = now();
        res.startPost.push(t1 - at);
        if (r1.status >= 300) {
          res.errors.add(errorKey('start', r1), r1.body);
          return;
        }
        const r2 = await send(pool, 'GET', `/api/attempts/${id}`, auth[c]!);
        const t2 = now();
        res.attemptGet.push(t2 - t1);
        res.startTotal.push(t2 - at);
        if (r2.status >= 300) {
          res.errors.add(errorKey('attempt', r2), r2.body);
          return;
        }
        const a = JSON.parse(r2.body) as { status: string; items: unknown[] };
        if (a.status !== 'in_progress' || a.items.length !== P)
          res.errors.add(`attempt not started (${a.status}, ${a.items.length} items)`);
        started[c] = 1;
        // Saves every interval from a random phase after the paper arrived, for `minutes`.
        const phase = rand() * interval;
        for (let k = 0; k < savesEach; k++) agenda.push(t2 + phase + k * interval, { kind: 'save', c, k });
      } catch (err) {
        res.startPost.push(now() - at);
        res.errors.add(`start network ${(err as { code?: string }).code ?? (err as Error).message}`);
      }
    } else if (ev.kind === 'save') {
      await save(c, at, true);
    } else {
      try {
        const r = await send(pool, 'POST', `/api/attempts/${id}/submit`, auth[c]!, '{}');
        res.submit.push(now() - at);
        if (r.status >= 300) res.errors.add(errorKey('submit', r), r.body);
      } catch (err) {
        res.submit.push(now() - at);
        res.errors.add(`submit network ${(err as { code?: string }).code ?? (err as Error).message}`);
      }
    }
  };

  // Steady state: every candidate has started and is one interval into its saves, none has finished yet.
  const saveFrom = t0 + window + interval;
  const saveTo = t0 + load.minutes * 60_000;
  const progress = setInterval(() => {
    const s = res.save.n;
    log(
      `t+${((now() - t0) / 1000).toFixed(0)} s: started ${res.startTotal.n}/${n}, saves ${s}, submits ${res.submit.n}, errors ${res.errors.total}`,
    );
  }, 30_000);
  try {
    res.phaseMarks.start = now();
    await runAgenda(agenda, fire);
    res.phaseMarks.savesDone = now();
    const from = Math.ceil((saveFrom - t0) / 1000);
    const to = Math.floor((saveTo - t0) / 1000);
    const completedInSteady = res.saveTimeline.buckets.slice(from, to).reduce((a, b) => a + b, 0);
    res.savePhase =
      to > from
        ? { from: t0 + from * 1000, to: t0 + to * 1000, completed: completedInSteady }
        : { from: 0, to: 0, completed: 0 };

    if (load.saturateS > 0) {
      // Closed loop: every connection saves back-to-back (random started candidates) for saturateS.
      await sleep(3000);
      const latency = new Samples();
      res.phaseMarks.saturate = now();
      const end = now() + load.saturateS * 1000;
      let completed = 0;
      const startedList = [...started.keys()].filter((c) => started[c]);
      await Promise.all(
        Array.from({ length: load.connections }, async () => {
          while (now() < end && startedList.length) {
            const c = startedList[Math.floor(rand() * startedList.length)]!;
            const at = now();
            await save(c, at, false);
            latency.push(now() - at);
            completed++;
          }
        }),
      );
      res.phaseMarks.saturateEnd = now();
      res.saturated = { seconds: load.saturateS, completed, latency };
      log(`saturated saves: ${completed} in ${load.saturateS} s = ${(completed / load.saturateS).toFixed(0)}/s`);
      await sleep(3000);
    }

    // Submit: evenly over the window, in start order.
    res.phaseMarks.submit = now();
    const s0 = now() + 100;
    for (let c = 0; c < n; c++) if (started[c]) agenda.push(s0 + (c * window) / n, { kind: 'submit', c, k: 0 });
    await runAgenda(agenda, fire);
    res.phaseMarks.end = now();
  } finally {
    clearInterval(progress);
    lag.disable();
  }
  res.generatorLagP99Ms = lag.percentile(99) / 1e6;
  res.generatorLagMaxMs = lag.max / 1e6;
  return res;
}

/** Closed loop on GET /hello with `connections` requests in flight, for `seconds`. */
export async function saturateHello(pool: Pool, connections: number, seconds: number) {
  const latency = new Samples();
  let errors = 0;
  const end = now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (now() < end) {
        const at = now();
        try {
          const r = await send(pool, 'GET', '/hello', '');
          if (r.status !== 200) errors++;
        } catch {
          errors++;
        }
        latency.push(now() - at);
      }
    }),
  );
  return { rps: latency.n / seconds, latency: latency.summary(), errors };
}

/** Open loop on GET /hello at a fixed rate (the exam-day save rate), for `seconds`. */
export async function helloAtRate(pool: Pool, ratePerS: number, seconds: number) {
  const latency = new Samples();
  let errors = 0;
  const agenda = new Agenda<number>();
  const t0 = now() + 100;
  const total = Math.round(ratePerS * seconds);
  for (let k = 0; k < total; k++) agenda.push(t0 + (k * 1000) / ratePerS, k);
  await runAgenda(agenda, async (at) => {
    try {
      const r = await send(pool, 'GET', '/hello', '');
      if (r.status !== 200) errors++;
    } catch {
      errors++;
    }
    latency.push(now() - at);
  });
  return { latency: latency.summary(), errors };
}
