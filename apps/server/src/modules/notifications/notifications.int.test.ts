import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/harness.js';
import { createPlatformAdmin, outbox } from '../../test/support.js';
import { deliverDue, enqueueNotification, type NotificationProvider } from './index.js';
import { notifications } from './notifications.tables.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(async () => {
  await server.ctx.db.delete(notifications);
});

type Sent = Parameters<NotificationProvider['send']>[0];

/** Records what it sends; fails for recipients in `failFor`. */
function fakeProvider(failFor: string[] = []) {
  const sent: Sent[] = [];
  const provider: NotificationProvider = {
    name: 'fake',
    async send(m) {
      if (failFor.includes(m.recipient)) throw new Error(`gateway refused ${m.recipient}`);
      sent.push(m);
    },
  };
  return { provider, sent };
}

const enqueue = (recipient: string, body = '【CrossSkill】测试消息') =>
  enqueueNotification(server.ctx.db, { channel: 'sms', recipient, template: 'test', body });

const row = async (recipient: string) => {
  const [n] = await server.ctx.db.select().from(notifications).where(eq(notifications.recipient, recipient));
  return n!;
};

/** Makes a message due again now, as if its back-off had passed. */
const makeDue = (recipient: string) =>
  server.ctx.db
    .update(notifications)
    .set({ nextAttemptAt: new Date(Date.now() - 1000) })
    .where(eq(notifications.recipient, recipient));

describe('deliverDue', () => {
  it('sends pending messages through the provider and marks them sent', async () => {
    await enqueue('13900000001', '验证码 123456');
    await enqueue('13900000002');
    const { provider, sent } = fakeProvider();

    expect(await deliverDue(server.ctx.db, provider)).toBe(2);
    expect(sent.map((m) => m.recipient).sort()).toEqual(['13900000001', '13900000002']);
    expect(sent.find((m) => m.recipient === '13900000001')).toMatchObject({
      channel: 'sms',
      template: 'test',
      body: '验证码 123456',
    });
    const first = await row('13900000001');
    expect(first).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(first.sentAt).toBeInstanceOf(Date);

    // Nothing is sent twice.
    expect(await deliverDue(server.ctx.db, provider)).toBe(0);
    expect(sent).toHaveLength(2);
  });

  it('picks up a message enqueued a moment before, every time', async () => {
    const { provider, sent } = fakeProvider();
    for (let i = 0; i < 25; i++) {
      await enqueue(`1380000${String(i).padStart(4, '0')}`);
      expect(await deliverDue(server.ctx.db, provider)).toBe(1);
    }
    expect(sent).toHaveLength(25);
  });

  it('keeps a message pending with the attempt count and error when the provider fails, and backs off', async () => {
    await enqueue('13900000003');
    await enqueue('13900000004');
    const { provider, sent } = fakeProvider(['13900000003']);

    expect(await deliverDue(server.ctx.db, provider)).toBe(2);
    const failed = await row('13900000003');
    expect(failed).toMatchObject({ status: 'pending', attempts: 1, lastError: 'gateway refused 13900000003' });
    expect(failed.sentAt).toBeNull();
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    // The other message of the same batch still went out.
    expect(await row('13900000004')).toMatchObject({ status: 'sent' });
    expect(sent.map((m) => m.recipient)).toEqual(['13900000004']);

    // Not retried before its back-off has passed.
    expect(await deliverDue(server.ctx.db, provider)).toBe(0);
    expect((await row('13900000003')).attempts).toBe(1);
  });

  it("gives up after 5 failures: the message is 'failed' and no longer picked up", async () => {
    await enqueue('13900000005');
    const { provider } = fakeProvider(['13900000005']);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await makeDue('13900000005');
      expect(await deliverDue(server.ctx.db, provider)).toBe(1);
      expect(await row('13900000005')).toMatchObject({
        attempts: attempt,
        status: attempt < 5 ? 'pending' : 'failed',
        lastError: 'gateway refused 13900000005',
      });
    }
    await makeDue('13900000005');
    expect(await deliverDue(server.ctx.db, provider)).toBe(0);
    expect((await row('13900000005')).attempts).toBe(5);
  });

  it('delivers a message that failed before once the provider works again', async () => {
    await enqueue('13900000006');
    await deliverDue(server.ctx.db, fakeProvider(['13900000006']).provider);
    await makeDue('13900000006');
    const { provider, sent } = fakeProvider();
    expect(await deliverDue(server.ctx.db, provider)).toBe(1);
    expect(sent).toHaveLength(1);
    expect(await row('13900000006')).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  });

  it('delivers at most `limit` messages per call', async () => {
    for (let i = 0; i < 3; i++) await enqueue(`1390000001${i}`);
    const { provider, sent } = fakeProvider();
    expect(await deliverDue(server.ctx.db, provider, 2)).toBe(2);
    expect(await deliverDue(server.ctx.db, provider, 2)).toBe(1);
    expect(new Set(sent.map((m) => m.id)).size).toBe(3);
  });

  it('shows the delivery state in the admin outbox', async () => {
    const { as } = await createPlatformAdmin(server);
    await enqueue('13900000020');
    await enqueue('13900000021');
    await deliverDue(server.ctx.db, fakeProvider(['13900000021']).provider);
    const items = await outbox(server, as);
    expect(items.find((n) => n.recipient === '13900000020')).toMatchObject({ status: 'sent', attempts: 1 });
    expect(items.find((n) => n.recipient === '13900000021')).toMatchObject({ status: 'pending', attempts: 1 });
  });
});
