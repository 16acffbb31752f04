import type { FastifyBaseLogger } from 'fastify';

export interface OutgoingMessage {
  id: string;
  channel: 'sms' | 'email';
  recipient: string;
  template: string;
  body: string;
}

/** Where messages go: an SMS gateway, an email service, or the development log. */
export interface NotificationProvider {
  readonly name: string;
  send(message: OutgoingMessage): Promise<void>;
}

/** Development provider: the outbox row is the record; the message is also printed in the log. */
export function devProvider(log: FastifyBaseLogger): NotificationProvider {
  return {
    name: 'dev',
    async send(m) {
      log.info(
        { notification: m.id, channel: m.channel, to: m.recipient, template: m.template },
        `[dev-notify] ${m.body}`,
      );
    },
  };
}
