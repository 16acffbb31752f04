/** Judges the last seller reply of a thread against a task's rubric (required elements, forbidden content, timing). */
import type { Loc } from '../core/result.js';
import type { MessageThread } from '../core/state.js';
import type { ReplyRubric } from '../tasks/types.js';
import { checkReplyLanguage, type LanguageCheck } from './language.js';

export interface ReplyElementResult {
  id: string;
  label: Loc;
  ok: boolean;
}

export interface ReplyEvaluation {
  passed: boolean;
  /** One per required element. */
  elements: ReplyElementResult[];
  /** Forbidden items found in the reply. */
  forbiddenHits: ReplyElementResult[];
  /** Simulated hours from the buyer's message to the reply; null when there is no reply. */
  responseHours: number | null;
  wordCount: number;
  /**
   * Whether the reply is in the rubric's language (service/language.ts; short replies are not judged). It decides
   * `passed` only for rubrics with required elements.
   */
  language: LanguageCheck;
  detail: Loc;
}

const normalise = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `phrase` occurs in `text`, case-insensitively, not as part of a longer word or number (so `O-12` does not
 * match inside `O-123`, and `ass` does not match inside `glass`).
 */
export function replyContainsPhrase(text: string, phrase: string): boolean {
  const p = normalise(phrase);
  if (p.length === 0) return false;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(p)}(?![\\p{L}\\p{N}])`, 'u');
  return re.test(normalise(text));
}

/** Words of a reply: runs of letters/digits; each CJK character counts as a word. */
export function replyWordCount(text: string): number {
  const cjk = text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  const words = text.replace(/[\u3400-\u9fff\uf900-\ufaff]/g, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  return words + cjk;
}

export function evaluateReply(
  thread: MessageThread,
  rubric: ReplyRubric,
  resolve: (phrase: string) => string = (p) => p,
): ReplyEvaluation {
  let replyIndex = -1;
  for (let i = thread.messages.length - 1; i >= 0; i--) {
    if (thread.messages[i]!.from === 'seller') {
      replyIndex = i;
      break;
    }
  }
  const reply = replyIndex >= 0 ? thread.messages[replyIndex]! : null;
  const text = reply?.text ?? '';
  const elements = rubric.required.map((r) => ({
    id: r.id,
    label: r.label,
    ok: reply !== null && r.anyOf.some((p) => replyContainsPhrase(text, resolve(p))),
  }));
  const forbiddenHits = rubric.forbidden
    .filter((f) => reply !== null && f.anyOf.some((p) => replyContainsPhrase(text, resolve(p))))
    .map((f) => ({ id: f.id, label: f.label, ok: false }));
  let buyerAt: number | null = null;
  for (let i = replyIndex - 1; i >= 0; i--) {
    const m = thread.messages[i]!;
    if (m.from === 'buyer') buyerAt = m.at;
    else if (buyerAt !== null) break;
  }
  const askedAt = buyerAt ?? thread.receivedAt;
  const responseHours = reply ? Math.round(((reply.at - askedAt) / 60) * 100) / 100 : null;
  const wordCount = replyWordCount(text);

  const zh: string[] = [];
  const en: string[] = [];
  if (!reply) {
    zh.push('该会话没有卖家回复');
    en.push('The thread has no seller reply');
  }
  const missing = elements.filter((e) => !e.ok);
  if (reply && missing.length > 0) {
    zh.push(`缺少要点：${missing.map((e) => e.label.zh).join('、')}`);
    en.push(`Missing: ${missing.map((e) => e.label.en).join(', ')}`);
  }
  if (forbiddenHits.length > 0) {
    zh.push(`包含不当内容：${forbiddenHits.map((e) => e.label.zh).join('、')}`);
    en.push(`Contains forbidden content: ${forbiddenHits.map((e) => e.label.en).join(', ')}`);
  }
  const late =
    responseHours !== null && rubric.maxResponseHours !== undefined && responseHours > rubric.maxResponseHours;
  if (late) {
    zh.push(`回复用时 ${responseHours} 小时，超过 ${rubric.maxResponseHours} 小时`);
    en.push(`Replied after ${responseHours} h, more than ${rubric.maxResponseHours} h`);
  }
  // The language counts where content is judged (required elements): a rubric that only checks forbidden content or
  // timing should not fail a second time for the language.
  const language = checkReplyLanguage(text, rubric.language);
  const wrongLanguage = reply !== null && rubric.required.length > 0 && !language.ok;
  if (wrongLanguage) {
    zh.push(`回复语言应为 ${rubric.language}（识别为 ${language.detected ?? '未知'}）`);
    en.push(`The reply should be in ${rubric.language} (looks like ${language.detected ?? 'unknown'})`);
  }
  const tooShort = reply !== null && rubric.minWords !== undefined && wordCount < rubric.minWords;
  const tooLong = reply !== null && rubric.maxWords !== undefined && wordCount > rubric.maxWords;
  if (tooShort) {
    zh.push(`回复 ${wordCount} 词，少于 ${rubric.minWords} 词`);
    en.push(`${wordCount} words, fewer than ${rubric.minWords}`);
  }
  if (tooLong) {
    zh.push(`回复 ${wordCount} 词，多于 ${rubric.maxWords} 词`);
    en.push(`${wordCount} words, more than ${rubric.maxWords}`);
  }
  const passed =
    reply !== null &&
    missing.length === 0 &&
    forbiddenHits.length === 0 &&
    !late &&
    !tooShort &&
    !tooLong &&
    !wrongLanguage;
  if (passed) {
    zh.push(`回复包含全部 ${elements.length} 个要点，${wordCount} 词，用时 ${responseHours} 小时`);
    en.push(`All ${elements.length} elements present, ${wordCount} words, replied after ${responseHours} h`);
  }
  return {
    passed,
    elements,
    forbiddenHits,
    responseHours,
    wordCount,
    language,
    detail: { zh: zh.join('；'), en: en.join('; ') },
  };
}
