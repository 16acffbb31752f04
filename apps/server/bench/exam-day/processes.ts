/** Child processes of the exam-day benchmark: the built platform server and the bare Fastify baseline. */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const SERVER_ROOT = path.resolve(HERE, '../..');
export const CLI = path.join(SERVER_ROOT, 'dist/cli.js');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface Child {
  pid: number;
  origin: string;
  output(): string;
  /** SIGTERM (graceful: the server drains and closes the database) and wait for the exit. */
  stop(): Promise<number | null>;
  /** SIGKILL and wait for the exit. */
  kill(): Promise<void>;
}

function wrap(child: ChildProcess, origin: string, log: () => string): Child {
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return {
    pid: child.pid!,
    origin,
    output: log,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

async function waitFor(url: string, child: ChildProcess, log: () => string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`process exited early (${child.exitCode}):\n${log()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`not ready in time: ${url}\n${log()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** `node apps/server/dist/cli.js serve` in production mode, on PostgreSQL (databaseUrl) or PGlite (dataDir). */
export async function startPlatform(opts: {
  dataDir: string;
  databaseUrl?: string | undefined;
  encryptionKey: string;
  cpuProfDir?: string | undefined;
}): Promise<Child> {
  // EXAM_DAY_CLI: another build of the server (e.g. a patched copy of dist/ inside apps/server), for experiments.
  const cli = process.env.EXAM_DAY_CLI ? path.resolve(process.env.EXAM_DAY_CLI) : CLI;
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run \`npx tsc -b apps/server\` first`);
  const port = await freePort();
  const { DATABASE_URL: _, ...env } = process.env;
  let log = '';
  const child = spawn(
    process.execPath,
    [...(opts.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${opts.cpuProfDir}`] : []), cli, 'serve'],
    {
      cwd: SERVER_ROOT,
      env: {
        ...env,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATA_DIR: opts.dataDir,
        ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : {}),
        ENCRYPTION_KEY: opts.encryptionKey,
        LOG_LEVEL: 'warn',
        LOG_FORMAT: 'json',
        SERVE_WEB: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const append = (d: Buffer) => {
    log += d;
    if (log.length > 200_000) log = log.slice(-100_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(`${origin}/api/health`, child, () => log);
  return wrap(child, origin, () => log);
}

/** The bare Fastify "hello" server (bench/exam-day/hello-server.ts) as its own process. */
export async function startHello(): Promise<Child> {
  const port = await freePort();
  let log = '';
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(HERE, 'hello-server.ts'), String(port)], {
    cwd: SERVER_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(`${origin}/hello`, child, () => log, 30_000);
  return wrap(child, origin, () => log);
}

/** CPU seconds (user + system) a process and its threads have used so far, from /proc (Linux). */
export function cpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return Number.NaN;
  }
}

/** CPU seconds used by all processes named `postgres` (the PostgreSQL server and its backends). */
export function postgresCpuSeconds(): number {
  let total = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
      total += cpuSeconds(Number(entry));
    } catch {
      // gone
    }
  }
  return total;
}

/** Machine-wide busy and total CPU seconds (all cores) from /proc/stat. */
export function machineCpu(): { busy: number; total: number } {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = (v[3] ?? 0) + (v[4] ?? 0);
  const total = v.reduce((a, b) => a + b, 0);
  return { busy: (total - idle) / 100, total: total / 100 };
}
