import type { ReducerMap } from '../core/reducer.js';
import type { SimEvent } from '../core/result.js';
import { refuse } from '../core/result.js';
import { simulateDay } from './day.js';
import { MARKET_DAY_DEPS } from './deps.js';

export const MAX_ADVANCE_DAYS = 30;
/** Keys that would reach the prototype of the answers object. */
const RESERVED_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** Running the market and recording answers (core/actions.ts `MarketAction`). */
export const marketReducers: ReducerMap = {
  'market.advanceDays': (draft, a, env) => {
    if (!Number.isInteger(a.days) || a.days < 1 || a.days > MAX_ADVANCE_DAYS) {
      refuse(
        'MARKET_DAYS_RANGE',
        `一次可推进 1–${MAX_ADVANCE_DAYS} 天`,
        `Advance the market by 1–${MAX_ADVANCE_DAYS} days at a time`,
        'days',
      );
    }
    const events: SimEvent[] = [];
    for (let i = 0; i < a.days; i++) events.push(...simulateDay(draft, env, MARKET_DAY_DEPS));
    return events;
  },
  'answer.submit': (draft, a) => {
    if (RESERVED_KEYS.has(a.key))
      refuse('ANSWER_KEY_RESERVED', `答案键 ${a.key} 不可用`, `Answer key ${a.key} is reserved`, 'key');
    const value = typeof a.value === 'string' ? a.value.trim() : Array.isArray(a.value) ? [...a.value] : a.value;
    draft.answers[a.key] = value;
    return [
      {
        kind: 'answer.submitted',
        message: { zh: `已提交答案「${a.key}」`, en: `Answer "${a.key}" submitted` },
        refs: { key: a.key },
      },
    ];
  },
};
