import { describe, expect, it } from 'vitest';
import type { Action } from '../core/actions.js';
import type { SimState } from '../core/state.js';
import { buildBenchStore } from '../market/bench-store.js';
import { applyAll, applyWith, fixtureEnv } from '../market/test-fixtures.js';
import { serviceReducers } from './reducers.js';

const env = fixtureEnv();

function storeWithThread(): SimState {
  const s = buildBenchStore('service');
  s.messages.push({
    id: 'M-500',
    orderId: s.orders[0]!.id,
    buyer: { name: 'Mary Smith', country: 'US', language: 'en' },
    topic: 'logistics',
    messages: [{ from: 'buyer', text: 'Where is my parcel?', at: s.now - 120 }],
    status: 'awaiting_reply',
    receivedAt: s.now - 120,
    firstReplyAt: null,
  });
  return s;
}

const refused = (s: SimState, a: Action) => {
  const r = applyWith(serviceReducers, s, a, env);
  return r.ok ? null : r.refusal.code;
};

describe('message threads', () => {
  it('a reply is recorded at the current time, sets the first reply time and marks the thread replied', () => {
    const s0 = storeWithThread();
    const s = applyAll(
      serviceReducers,
      s0,
      [{ type: 'message.reply', threadId: 'M-500', text: '  Hello Mary  ' }],
      env,
    );
    const t = s.messages.at(-1)!;
    expect(t.status).toBe('replied');
    expect(t.firstReplyAt).toBe(s0.now);
    expect(t.messages.at(-1)).toEqual({ from: 'seller', text: 'Hello Mary', at: s0.now });
  });

  it('keeps the first reply time on a second reply', () => {
    const s0 = storeWithThread();
    let s = applyAll(serviceReducers, s0, [{ type: 'message.reply', threadId: 'M-500', text: 'One' }], env);
    s.now += 90;
    s = applyAll(serviceReducers, s, [{ type: 'message.reply', threadId: 'M-500', text: 'Two' }], env);
    expect(s.messages.at(-1)!.firstReplyAt).toBe(s0.now);
    expect(s.messages.at(-1)!.messages).toHaveLength(3);
  });

  it('refuses an unknown thread, an empty or too long reply, and replies to a closed thread', () => {
    const s = storeWithThread();
    expect(refused(s, { type: 'message.reply', threadId: 'M-1', text: 'Hi' })).toBe('THREAD_NOT_FOUND');
    expect(refused(s, { type: 'message.reply', threadId: 'M-500', text: '   ' })).toBe('REPLY_LENGTH');
    expect(refused(s, { type: 'message.reply', threadId: 'M-500', text: 'x'.repeat(5001) })).toBe('REPLY_LENGTH');
    const closed = applyAll(serviceReducers, s, [{ type: 'message.close', threadId: 'M-500' }], env);
    expect(closed.messages.at(-1)!.status).toBe('closed');
    expect(refused(closed, { type: 'message.reply', threadId: 'M-500', text: 'Hi' })).toBe('THREAD_CLOSED');
  });
});

describe('FAQ', () => {
  it('adds, updates and removes entries by topic', () => {
    const s0 = storeWithThread();
    const id = `FAQ-${s0.seq + 1}`;
    let s = applyAll(
      serviceReducers,
      s0,
      [{ type: 'faq.add', topic: 'logistics', question: 'How long is shipping?', answer: '7–12 days to the US.' }],
      env,
    );
    expect(s.faq).toEqual([
      { id, topic: 'logistics', question: 'How long is shipping?', answer: '7–12 days to the US.' },
    ]);
    s = applyAll(serviceReducers, s, [{ type: 'faq.update', faqId: id, answer: '7–12 business days.' }], env);
    expect(s.faq[0]!.answer).toBe('7–12 business days.');
    s = applyAll(serviceReducers, s, [{ type: 'faq.remove', faqId: id }], env);
    expect(s.faq).toEqual([]);
    expect(refused(s, { type: 'faq.remove', faqId: id })).toBe('FAQ_NOT_FOUND');
  });
});
