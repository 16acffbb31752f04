#!/usr/bin/env node
import crypto from 'node:crypto';
import { parseArgs } from 'node:util';
import { accountSchema, passwordSchema, personNameSchema } from '@crossskill/contracts';
import { eq } from 'drizzle-orm';
import { formatDemoAccounts, isDatabaseEmpty, seedDemo } from './demo/seed-demo.js';
import { findUserByAccount, hashPassword, users } from './modules/identity/index.js';
import { memberships, organizations } from './modules/orgs/index.js';
import { loadConfig } from './platform/config.js';
import { runMigrations } from './platform/db/index.js';
import { buildServer, openConfiguredDatabase } from './server.js';

const USAGE = `crossskill <command>

  serve          API + web app + background worker (applies migrations; seeds demo data on an empty
                 development database and prints the demo accounts)
  migrate        apply pending database migrations and exit
  seed-demo      add the demo organisations and accounts
  create-admin   --name 姓名 --account <mobile|email> [--password <pw>]   create a platform administrator
`;

async function serve() {
  const config = loadConfig();
  const server = await buildServer(config);
  if (config.env !== 'production' && (await isDatabaseEmpty(server.ctx))) {
    const accounts = await seedDemo(server.ctx);
    process.stdout.write(formatDemoAccounts(accounts, `http://localhost:${config.port}`));
  }
  server.startWorker();
  const shutdown = async (signal: string) => {
    server.app.log.info({ signal }, 'shutting down');
    // In-flight requests get a grace period; a stuck one must not keep the process alive.
    setTimeout(() => {
      server.app.log.error('shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, 10_000).unref();
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await server.app.listen({ host: config.host, port: config.port });
  server.app.log.info(
    `CrossSkill is serving on http://localhost:${config.port} (database: ${server.ctx.database.kind})`,
  );
}

async function migrate() {
  const database = await openConfiguredDatabase(loadConfig());
  await runMigrations(database);
  await database.close();
  console.log('migrations applied');
}

async function seed() {
  const config = loadConfig();
  const server = await buildServer(config);
  const accounts = await seedDemo(server.ctx);
  process.stdout.write(formatDemoAccounts(accounts, `http://localhost:${config.port}`));
  await server.close();
}

async function createAdmin(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: { name: { type: 'string' }, account: { type: 'string' }, password: { type: 'string' } },
  });
  const name = personNameSchema.safeParse(values.name);
  const account = accountSchema.safeParse(values.account);
  const generated = !values.password;
  const password = values.password ?? `${crypto.randomBytes(9).toString('base64url')}9a`;
  const pw = passwordSchema.safeParse(password);
  if (!name.success || !account.success || !pw.success) {
    console.error(
      'create-admin needs --name and --account (a mobile number or email); a given --password needs 8+ characters with letters and digits',
    );
    process.exit(2);
  }
  const config = loadConfig();
  const server = await buildServer(config);
  const { db } = server.ctx;
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    let [platform] = await tx.select().from(organizations).where(eq(organizations.kind, 'platform')).limit(1);
    platform ??= (await tx.insert(organizations).values({ kind: 'platform', name: '平台管理' }).returning())[0]!;
    const existing = await findUserByAccount(tx, account.data);
    const mobile = account.data.includes('@') ? null : account.data;
    const email = account.data.includes('@') ? account.data : null;
    const userId =
      existing?.id ??
      (await tx.insert(users).values({ name: name.data, mobile, email, passwordHash }).returning())[0]!.id;
    if (existing) await tx.update(users).set({ passwordHash }).where(eq(users.id, existing.id));
    await tx.insert(memberships).values({ userId, orgId: platform.id, role: 'platform_admin' }).onConflictDoNothing();
  });
  console.log(`platform admin ready: ${account.data}${generated ? `  password: ${password}` : ''}`);
  await server.close();
}

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, () => Promise<void>> = {
  serve,
  migrate,
  'seed-demo': seed,
  'create-admin': () => createAdmin(rest),
};
const run = command ? commands[command] : undefined;
if (!run) {
  process.stdout.write(USAGE);
  process.exit(command ? 2 : 0);
}
run().catch((err) => {
  console.error(err);
  process.exit(1);
});
