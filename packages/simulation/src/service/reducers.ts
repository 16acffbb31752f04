import { nextId } from '../core/ids.js';
import type { ReducerMap } from '../core/reducer.js';
import { refuse } from '../core/result.js';
import type { FaqEntry, MessageThread, SimState } from '../core/state.js';

export const REPLY_MAX_CHARS = 5000;
export const FAQ_MAX_ENTRIES = 200;

function threadOf(state: SimState, id: string): MessageThread {
  const t = state.messages.find((x) => x.id === id);
  if (!t) refuse('THREAD_NOT_FOUND', `消息会话 ${id} 不存在`, `Message thread ${id} does not exist`, 'threadId');
  return t;
}

function faqOf(state: SimState, id: string): FaqEntry {
  const f = state.faq.find((x) => x.id === id);
  if (!f) refuse('FAQ_NOT_FOUND', `常见问题 ${id} 不存在`, `FAQ entry ${id} does not exist`, 'faqId');
  return f;
}

function checkFaqText(question: string | undefined, answer: string | undefined): void {
  if (question !== undefined && (question.trim().length === 0 || question.length > 500)) {
    refuse('FAQ_QUESTION_INVALID', '问题须为 1–500 个字符', 'The question must have 1–500 characters', 'question');
  }
  if (answer !== undefined && (answer.trim().length === 0 || answer.length > REPLY_MAX_CHARS)) {
    refuse(
      'FAQ_ANSWER_INVALID',
      `答案须为 1–${REPLY_MAX_CHARS} 个字符`,
      `The answer must have 1–${REPLY_MAX_CHARS} characters`,
      'answer',
    );
  }
}

/** Buyer messages and the store FAQ (core/actions.ts `ServiceAction`). */
export const serviceReducers: ReducerMap = {
  'message.reply': (draft, a) => {
    const t = threadOf(draft, a.threadId);
    if (t.status === 'closed') {
      refuse('THREAD_CLOSED', `会话 ${t.id} 已关闭，不能回复`, `Thread ${t.id} is closed and cannot be replied to`);
    }
    const text = a.text.trim();
    if (text.length === 0 || text.length > REPLY_MAX_CHARS) {
      refuse(
        'REPLY_LENGTH',
        `回复须为 1–${REPLY_MAX_CHARS} 个字符`,
        `A reply must have 1–${REPLY_MAX_CHARS} characters`,
        'text',
      );
    }
    t.messages.push({ from: 'seller', text, at: draft.now });
    if (t.firstReplyAt === null) t.firstReplyAt = draft.now;
    t.status = 'replied';
    return [
      { kind: 'message.replied', message: { zh: `已回复会话 ${t.id}`, en: `Replied to ${t.id}` }, refs: { id: t.id } },
    ];
  },
  'message.close': (draft, a) => {
    const t = threadOf(draft, a.threadId);
    if (t.status === 'closed') refuse('THREAD_CLOSED', `会话 ${t.id} 已关闭`, `Thread ${t.id} is already closed`);
    t.status = 'closed';
    return [
      {
        kind: 'message.closed',
        message: { zh: `会话 ${t.id} 已关闭`, en: `Thread ${t.id} closed` },
        refs: { id: t.id },
      },
    ];
  },
  'faq.add': (draft, a) => {
    checkFaqText(a.question, a.answer);
    if (draft.faq.length >= FAQ_MAX_ENTRIES) {
      refuse('FAQ_FULL', `常见问题最多 ${FAQ_MAX_ENTRIES} 条`, `At most ${FAQ_MAX_ENTRIES} FAQ entries`);
    }
    const id = nextId(draft, 'FAQ');
    draft.faq.push({ id, topic: a.topic, question: a.question.trim(), answer: a.answer.trim() });
    return [{ kind: 'faq.added', message: { zh: `常见问题 ${id} 已添加`, en: `FAQ ${id} added` }, refs: { id } }];
  },
  'faq.update': (draft, a) => {
    const f = faqOf(draft, a.faqId);
    checkFaqText(a.question, a.answer);
    if (a.question !== undefined) f.question = a.question.trim();
    if (a.answer !== undefined) f.answer = a.answer.trim();
    return [
      {
        kind: 'faq.updated',
        message: { zh: `常见问题 ${f.id} 已更新`, en: `FAQ ${f.id} updated` },
        refs: { id: f.id },
      },
    ];
  },
  'faq.remove': (draft, a) => {
    const f = faqOf(draft, a.faqId);
    draft.faq = draft.faq.filter((x) => x !== f);
    return [
      {
        kind: 'faq.removed',
        message: { zh: `常见问题 ${f.id} 已删除`, en: `FAQ ${f.id} removed` },
        refs: { id: f.id },
      },
    ];
  },
};
