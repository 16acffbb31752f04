import { describe, expect, it } from 'vitest';
import type { MessageThread } from '../core/state.js';
import type { ReplyRubric } from '../tasks/types.js';
import { evaluateReply, replyContainsPhrase, replyWordCount } from './rubric.js';

const thread = (reply: string | null, replyAt = 600 + 3 * 60): MessageThread => ({
  id: 'M-1',
  orderId: 'O-12',
  buyer: { name: 'Mary Smith', country: 'US', language: 'en' },
  topic: 'logistics',
  messages: [
    { from: 'buyer', text: 'Where is my order O-12?', at: 600 },
    ...(reply === null ? [] : [{ from: 'seller' as const, text: reply, at: replyAt }]),
  ],
  status: reply === null ? 'awaiting_reply' : 'replied',
  receivedAt: 600,
  firstReplyAt: reply === null ? null : replyAt,
});

const rubric: ReplyRubric = {
  language: 'en',
  required: [
    { id: 'greeting', label: { zh: '问候', en: 'Greeting' }, anyOf: ['dear', 'hello', 'hi'] },
    { id: 'order', label: { zh: '订单号', en: 'Order number' }, anyOf: ['$orderId'] },
    { id: 'tracking', label: { zh: '物流单号', en: 'Tracking number' }, anyOf: ['@tracking'] },
    { id: 'apology', label: { zh: '致歉', en: 'Apology' }, anyOf: ['sorry', 'apologize', 'apologise'] },
  ],
  forbidden: [
    { id: 'offsite', label: { zh: '引导站外联系', en: 'Off-platform contact' }, anyOf: ['whatsapp', 'wechat'] },
    { id: 'promise', label: { zh: '无法兑现的承诺', en: 'Promise that cannot be kept' }, anyOf: ['guarantee'] },
  ],
  maxResponseHours: 24,
  minWords: 15,
  maxWords: 200,
};

const resolve = (p: string) => p.replace('$orderId', 'O-12').replace('@tracking', 'YT2525000000000123');

const good =
  'Dear Mary, we are sorry for the wait. Your order O-12 was shipped; the tracking number is YT2525000000000123 and it should arrive within 5 days.';

describe('evaluateReply', () => {
  it('passes a reply with every element, nothing forbidden, in time and of a fitting length', () => {
    const r = evaluateReply(thread(good), rubric, resolve);
    expect(r.passed).toBe(true);
    expect(r.elements.every((e) => e.ok)).toBe(true);
    expect(r.forbiddenHits).toEqual([]);
    expect(r.responseHours).toBe(3);
    expect(r.wordCount).toBe(25);
    expect(r.detail.zh).toContain('全部 4 个要点');
  });

  it('fails and names the missing elements (substituted parameters must match exactly)', () => {
    const r = evaluateReply(thread(good.replace('O-12', 'O-123').replace('sorry', 'glad')), rubric, resolve);
    expect(r.passed).toBe(false);
    expect(r.elements.filter((e) => !e.ok).map((e) => e.id)).toEqual(['order', 'apology']);
    expect(r.detail.en).toContain('Missing: Order number, Apology');
  });

  it('fails on forbidden content', () => {
    const r = evaluateReply(thread(`${good} We guarantee delivery, add me on WhatsApp.`), rubric, resolve);
    expect(r.passed).toBe(false);
    expect(r.forbiddenHits.map((f) => f.id)).toEqual(['offsite', 'promise']);
  });

  it('fails a late reply, a too short reply, and a thread without any reply', () => {
    const late = evaluateReply(thread(good, 600 + 30 * 60), rubric, resolve);
    expect(late.passed).toBe(false);
    expect(late.responseHours).toBe(30);
    const short = evaluateReply(thread('Hi, sorry, O-12 YT2525000000000123.'), rubric, resolve);
    expect(short.passed).toBe(false);
    expect(short.detail.en).toContain('fewer than 15');
    const none = evaluateReply(thread(null), rubric, resolve);
    expect(none).toMatchObject({ passed: false, responseHours: null, wordCount: 0 });
  });
});

describe('phrase matching and word count', () => {
  it('matches whole words case-insensitively, not inside longer words', () => {
    expect(replyContainsPhrase('Thanks, Hello there', 'hello')).toBe(true);
    expect(replyContainsPhrase('This is a glass bowl', 'ass')).toBe(false);
    expect(replyContainsPhrase('Nous sommes désolés', 'DÉSOLÉS')).toBe(true);
  });

  it('counts words of Latin and Cyrillic text and each Chinese character', () => {
    expect(replyWordCount("We'll ship it today.")).toBe(4);
    expect(replyWordCount('Спасибо за заказ')).toBe(3);
    expect(replyWordCount('已发货 ok')).toBe(4);
  });
});

describe('reply language', () => {
  const es: ReplyRubric = {
    language: 'es',
    required: [{ id: 'return', label: { zh: '可以退货', en: 'Return possible' }, anyOf: ['devolver', 'return'] }],
    forbidden: [],
  };

  it('passes a Spanish reply to a Spanish rubric and fails an English one', () => {
    const spanish = 'Hola, gracias por su mensaje. Puede devolver la camiseta en 30 días, sin usar y con la etiqueta.';
    expect(evaluateReply(thread(spanish), es).language).toMatchObject({ ok: true, detected: 'es' });
    const english = 'Hello, thank you for your message. You can return the shirt within 30 days with the tags on.';
    const r = evaluateReply(thread(english), es);
    expect(r).toMatchObject({ passed: false, language: { ok: false, detected: 'en' } });
    expect(r.detail.en).toContain('should be in es');
  });

  it('checks the script for Russian and Chinese and does not judge very short replies', () => {
    const ru: ReplyRubric = {
      language: 'ru',
      required: [{ id: 'track', label: { zh: '单号', en: 'Tracking' }, anyOf: ['YT2525000000000123'] }],
      forbidden: [],
    };
    expect(
      evaluateReply(thread('Здравствуйте, ваш заказ уже отправлен, трек-номер YT2525000000000123.'), ru).passed,
    ).toBe(true);
    expect(
      evaluateReply(thread('Hello, your order YT2525000000000123 has been shipped today, thanks.'), ru).passed,
    ).toBe(false);
    expect(evaluateReply(thread('OK, O-12 YT2525000000000123'), es).language.ok).toBe(true);
  });

  it('does not fail a rubric without required elements (forbidden content or timing only) for the language', () => {
    const timing: ReplyRubric = { language: 'es', required: [], forbidden: [], maxResponseHours: 24 };
    const r = evaluateReply(thread('Hello, thank you for your message, we will send it today.'), timing);
    expect(r).toMatchObject({ passed: true, language: { ok: false } });
  });
});
